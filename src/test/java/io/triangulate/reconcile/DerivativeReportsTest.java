package io.triangulate.reconcile;

import io.triangulate.TestRules;
import io.triangulate.reconcile.EventFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Of two reports that repeat each other word for word, only the later one is the copy; the event keeps a source. */
class DerivativeReportsTest {
    @TempDir
    Path dir;

    static String story(String published) {
        return "Source: Example\nPublished: " + published + "\n\nAttack in Gao\n\n"
                + "Gunmen killed seven civilians in Gao on Friday, the army said.\n"
                + "The minister called it \"a cowardly act\" and said troops were \"combing the area\".\n";
    }

    @Test
    void theLaterOfTwoCopiesIsDerivative() throws IOException {
        Files.writeString(dir.resolve("first.txt"), story("2024-03-02"));
        Files.writeString(dir.resolve("copy.txt"), story("2024-03-03"));
        RunResult r = TestRules.pipeline().run(List.of(dir));
        assertEquals(1, r.events().size());
        List<EventFlag> derivative = r.events().get(0).flags().stream().filter(f -> f.code() == io.triangulate.codes.FlagCode.DERIVATIVE_REPORT).toList();
        assertEquals(1, derivative.size(), () -> r.events().get(0).flags().toString());
        assertTrue(derivative.get(0).note().startsWith("copy adds no speaker"), derivative.get(0)::note);
    }
}
