package io.triangulate.reconcile;

import io.triangulate.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The place and the day an event is given from what its reports name. */
class EventPlaceAndDayTest {
    @TempDir
    Path dir;

    private ReconciledEvent oneEvent(String... texts) throws IOException {
        Path group = Files.createDirectories(dir.resolve("group"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(group.resolve("r" + i + ".txt"), "Published: 2015-06-13\n" + texts[i] + "\n");
        }
        RunResult r = TestRules.pipeline().run(List.of(group));
        assertEquals(1, r.events().size(), () -> "events: " + r.events() + " unassigned: " + r.unassigned());
        return r.events().get(0);
    }

    @Test
    void aCountyNamedBesideItsTownDoesNotCoarsenTheTown() throws IOException {
        ReconciledEvent e = oneEvent(
                "Man shot dead\nA man was shot dead in San Diego on Friday night, police said.",
                "Killing under investigation\nDeputies said a man was shot and killed in San Diego County on Friday night.");
        assertEquals("San Diego", e.place().name());
        assertEquals("city", e.place().precision());
    }

    @Test
    void aCountyWithNoTownNamedInItStands() throws IOException {
        // control: the county is the finest place named, and a state-level report does not coarsen it
        ReconciledEvent e = oneEvent(
                "Killing under investigation\nDeputies said a man was shot and killed in San Diego County on Friday night.",
                "Man shot dead\nA man was shot dead in California on Friday night, police said.");
        assertEquals("San Diego County", e.place().name());
    }

    @Test
    void theDayMostReportsGiveIsTheEventsDay() throws IOException {
        ReconciledEvent e = oneEvent(
                "Man shot dead\nA man was shot dead in San Diego on Friday night, police said.",
                "Man shot dead\nA man was shot dead in San Diego on Friday night, police said. Detectives said the gunman fled.",
                "Killing under investigation\nA man was shot dead in San Diego late on Thursday, a witness said.");
        assertEquals("2015-06-12", e.date().value().toString());
        assertEquals("2015-06-11", e.date().start().toString(), "the range still shows the stray day");
    }

    @Test
    void withOneReportForEachDayTheEarliestIsTheEventsDay() throws IOException {
        // control: no day has more reports than another
        ReconciledEvent e = oneEvent(
                "Man shot dead\nA man was shot dead in San Diego on Friday night, police said.",
                "Killing under investigation\nA man was shot dead in San Diego late on Thursday, a witness said.");
        assertEquals("2015-06-11", e.date().value().toString());
    }

    @Test
    void theTownWhosePoliceSpeakRefinesTheCountyThatHoldsIt() throws IOException {
        ReconciledEvent e = oneEvent("Boy shoots father\nPolice in Gratiot County, Michigan, say a man was shot dead by his son on Friday. "
                + "Alma police say the shooting happened in the morning.");
        assertEquals("Alma", e.place().name());
    }

    @Test
    void theTownOfPoliceOutsideTheCountyDoesNotRefineIt() throws IOException {
        // control: Lansing is not in Gratiot County
        ReconciledEvent e = oneEvent("Boy shoots father\nPolice in Gratiot County, Michigan, say a man was shot dead by his son on Friday. "
                + "Lansing police say they were called to help.");
        assertEquals("Gratiot County", e.place().name());
    }
}
