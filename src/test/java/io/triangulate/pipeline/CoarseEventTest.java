package io.triangulate.pipeline;

import io.triangulate.TestRules;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report that places its attack only in a province, on a bare weekday, is the event of its group when it is the only one. */
class CoarseEventTest {
    @TempDir
    Path dir;

    // Written for the project: no publication date, so "samedi" is a bare weekday.
    private static final String COARSE = "Source: Radio\n\nIturi : 12 morts dans une attaque\n\n"
            + "Une attaque de rebelles a fait 12 morts samedi en Ituri, selon des sources locales.\n";
    private static final String FINER = "Published: 2024-05-15\n\nGoma : trois morts\n\n"
            + "Trois personnes ont été tuées mardi 14 mai dans une attaque à Goma, au Nord-Kivu, selon la police.\n";

    @Test
    void aLoneCoarseUndatedReportIsItsGroupsEvent() throws IOException {
        Path group = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(group.resolve("a.txt"), COARSE);
        RunResult r = TestRules.pipeline().run(List.of(group));
        assertEquals(1, r.events().size(), () -> "unassigned: " + r.unassigned());
        assertEquals("admin1", r.events().get(0).place().precision());
        assertEquals("low", r.events().get(0).confidence().level());
    }

    @Test
    void besideAnotherEventOfItsGroupItStaysUnassigned() throws IOException {
        // control: the group holds a dated town-level event in another province, which it does not agree with
        Path group = Files.createDirectories(dir.resolve("two"));
        Files.writeString(group.resolve("a.txt"), COARSE);
        Files.writeString(group.resolve("b.txt"), FINER);
        RunResult r = TestRules.pipeline().run(List.of(group));
        assertEquals(1, r.events().size());
        assertTrue(r.unassigned().stream().anyMatch(u -> u.report().endsWith("a") && u.reason().contains("without a day")), () -> r.unassigned().toString());
    }
}
