package io.triangulate.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background — history, context, a series of incidents — is not the event, and its figures are no claims about it. */
class BackgroundTest {
    private static ExtractionFixture reader;

    @BeforeAll
    static void load() {
        reader = ExtractionFixture.of("en", "Title");
    }

    /** "the first in a string of three shooting deaths": a series of incidents is background, its total no figure of the event. */
    @Test
    void aStringOfIncidentsIsBackground() {
        ReportClaims series = reader.read("Her killing was the first in a string of three shooting deaths in the county.", "2024-09-18");
        assertEquals(List.of(), series.claims().stream().filter(c -> c instanceof CasualtyClaim cc && cc.low() != null && cc.low() == 3).toList());
        // control: the same count told of the event itself
        ReportClaims event = reader.read("Three people were shot dead in the county on Sunday.", "2024-09-18");
        assertEquals(1, event.claims().stream().filter(c -> c instanceof CasualtyClaim cc && cc.low() != null && cc.low() == 3).count());
    }

    @Test
    void aBackgroundClauseIsNotTheEvent() {
        ReportClaims rc = reader.read("The faction, known for attacks in Mali since 2012, announced heavy human and material losses.", null);
        assertEquals(1, rc.claims().stream().filter(c -> c instanceof CasualtyClaim).count());
        assertTrue(rc.sentences().get(1).places().isEmpty(), "Mali is in the background clause");
        ReportClaims past = reader.read("The military seized power in a coup in 2021, killing 12 people.", "2024-09-18");
        assertTrue(past.sentences().get(1).background());
        assertEquals(0, past.claims().stream().filter(c -> c instanceof CasualtyClaim).count());
    }
}
