package io.triangulate.pipeline;

import io.triangulate.TestRules;
import io.triangulate.extract.Region;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An analyst's group tells where a report that names no state is. */
class GroupRegionTest {
    @TempDir
    Path dir;

    private static final String NO_STATE = "Published: 2016-11-19\nHome invasion ends in shooting\n"
            + "A teenager was shot during a home invasion in Clearwater early Friday, deputies said.\n";
    private static final String STATE = "Published: 2016-11-19\nSuspects named in shooting\n"
            + "Deputies in Aiken County, South Carolina, named two suspects in Friday's shooting at a townhouse in Clearwater.\n";

    @Test
    void aReportThatNamesNoStateIsReadInTheStateItsGroupNames() throws IOException {
        Path group = Files.createDirectories(dir.resolve("group"));
        Files.writeString(group.resolve("a.txt"), NO_STATE);
        Files.writeString(group.resolve("b.txt"), STATE);
        RunResult r = TestRules.pipeline().run(List.of(group));
        assertEquals(1, r.events().size(), () -> "events: " + r.events() + " unassigned: " + r.unassigned());
        ReconciledEvent e = r.events().get(0);
        assertEquals("Clearwater", e.place().name());
        assertEquals("South Carolina", e.place().admin1());
        assertEquals(2, e.reports().size());
    }

    @Test
    void aloneTheSameReportIsReadAsTheBiggestNamesake() throws IOException {
        // control: no group, no region; the Florida city of 100,000 wins
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(alone.resolve("a.txt"), NO_STATE);
        RunResult r = TestRules.pipeline().run(List.of(alone));
        assertEquals("Florida", r.events().get(0).place().admin1());
    }

    @Test
    void outsideTheGroupsRegionASmallTownCountsOnlyWhereTheReportPointsAtIt() throws IOException {
        String near = "Published: 2016-11-19\nTeen shot\nA teenager was shot on Friday near Kemmerer, deputies said.\n";
        String pointed = "Published: 2016-11-19\nTeen shot\nA teenager was shot on Friday in the town of Kemmerer, deputies said.\n";
        assertEquals(List.of(), places(near, STATE).stream().filter(p -> p.equals("Kemmerer")).toList());
        assertEquals(List.of("Kemmerer"), places(pointed, STATE).stream().filter(p -> p.equals("Kemmerer")).toList());
        // control: alone, with no group to say where it is, "near Kemmerer" is Kemmerer
        Path alone = Files.createDirectories(dir.resolve("alone-near"));
        Files.writeString(alone.resolve("c.txt"), near);
        assertEquals("Kemmerer", TestRules.pipeline().run(List.of(alone)).events().get(0).place().name());
    }

    /** The names of the event places a group of two reports gives. */
    private List<String> places(String a, String b) throws IOException {
        Path group = Files.createTempDirectory(dir, "group");
        Files.writeString(group.resolve("a.txt"), a);
        Files.writeString(group.resolve("b.txt"), b);
        return TestRules.pipeline().run(List.of(group)).events().stream().map(e -> e.place().name()).toList();
    }

    @Test
    void aGroupSpreadOverStatesWithNoLeaderHasNoRegion() {
        assertEquals(Region.NONE, Region.ofGroup(List.of(new Region(Set.of("US"), Set.of("US.SC")), new Region(Set.of("US"), Set.of("US.FL")))));
        assertEquals(Set.of("US.SC"), Region.ofGroup(List.of(new Region(Set.of("US"), Set.of("US.SC")), new Region(Set.of("US"), Set.of("US.SC", "US.GA")),
                Region.NONE)).admin1s());
    }
}
