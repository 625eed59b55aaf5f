package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.triangulate.rules.RuleHarness.judge;
import static io.triangulate.rules.RuleHarness.m;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** place-date.drl: one test per rule, each with a control event that must not be flagged. */
class PlaceDateRulesTest {
    static final LocalDate D = LocalDate.of(2024, 9, 17);

    @Test
    void reportsGivingDifferentDaysDisagreeOnTheDate() {
        List<Mention> ms = List.of(
                m("a1", "Gao", "G", "G", 3, D, null), m("b1", "Gao", "G", "G", 3, D.plusDays(1), null),
                m("c1", "Kidal", "K", "K", 3, D, null), m("d1", "Kidal", "K", "K", 3, D, null)); // control: same day
        RuleHarness.Judged j = judge(ms, List.of(new InEvent("a1", "E", "a"), new InEvent("b1", "E", "b"),
                new InEvent("c1", "F", "c"), new InEvent("d1", "F", "d")), List.of());
        List<Flag> f = j.flags("DATE_CONFLICT");
        assertEquals(List.of("E"), f.stream().map(Flag::event).toList());
        assertEquals("Reports differ on the day: 2024-09-17 (a) vs 2024-09-18 (b).", f.get(0).note());
        assertEquals("Reports of one event that give different days disagree on the date", f.get(0).rule());
    }

    @Test
    void oneDateConflictNamesEveryReportThatDisagrees() {
        // Four reports of one event: two give the 17th, one the 18th, one no day. One flag, every dated report once.
        List<Mention> ms = List.of(
                m("a1", "Gao", "G", "G", 3, D, null), m("b1", "Gao", "G", "G", 3, D.plusDays(1), null),
                m("c1", "Gao", "G", "G", 3, D, null), m("d1", "Gao", "G", "G", 3, null, null));
        RuleHarness.Judged j = judge(ms, List.of(new InEvent("a1", "E", "a"), new InEvent("b1", "E", "b"),
                new InEvent("c1", "E", "c"), new InEvent("d1", "E", "d")), List.of());
        List<Flag> f = j.flags("DATE_CONFLICT");
        assertEquals(1, f.size(), f::toString);
        assertEquals(List.of("a", "b", "c"), f.get(0).reports());
        assertEquals("Reports differ on the day: 2024-09-17 (a, c) vs 2024-09-18 (b).", f.get(0).note());
    }

    @Test
    void oneReportGivingTwoDaysIsNoDateConflict() {
        // control: the disagreement must be between reports
        List<Mention> ms = List.of(m("a1", "Gao", "G", "G", 3, D, null), m("a2", "Gao", "G", "G", 3, D.plusDays(1), null));
        RuleHarness.Judged j = judge(ms, List.of(new InEvent("a1", "E", "a"), new InEvent("a2", "E", "a")), List.of());
        assertEquals(List.of(), j.flags("DATE_CONFLICT"));
    }

    @Test
    void reportsNamingDifferentSpotsOfOneCityDisagreeOnThePlace() {
        List<Mention> ms = List.of(
                m("a1", "Faladie", "P:faladie", "B", 4, D, null), m("b1", "Senou", "P:senou", "B", 4, D, null),
                m("c1", "Bamako", "B", "B", 3, D, null), m("d1", "Faladie", "P:faladie", "B", 4, D, null)); // control: nested
        RuleHarness.Judged j = judge(ms, List.of(new InEvent("a1", "E", "a"), new InEvent("b1", "E", "b"),
                new InEvent("c1", "F", "c"), new InEvent("d1", "F", "d")), List.of());
        List<Flag> f = j.flags("PLACE_CONFLICT");
        assertEquals(List.of("E"), f.stream().map(Flag::event).toList());
        assertEquals("Reports differ on the place: Faladie (a) vs Senou (b).", f.get(0).note());
        assertEquals("Reports of one event that name different spots disagree on the place", f.get(0).rule());
    }

    @Test
    void onePlaceConflictNamesEveryReportThatDisagreesAndNotTheOneThatNests() {
        // Faladie and Senou are two parts of Bamako; a report that says only "Bamako" contradicts neither.
        List<Mention> ms = List.of(
                m("a1", "Faladie", "P:faladie", "B", 4, D, null), m("b1", "Senou", "P:senou", "B", 4, D, null),
                m("c1", "Bamako", "B", "B", 3, D, null), m("e1", "Senou", "P:senou", "B", 4, D, null));
        RuleHarness.Judged j = judge(ms, List.of(new InEvent("a1", "E", "a"), new InEvent("b1", "E", "b"),
                new InEvent("c1", "E", "c"), new InEvent("e1", "E", "e")), List.of());
        List<Flag> f = j.flags("PLACE_CONFLICT");
        assertEquals(1, f.size(), f::toString);
        assertEquals(List.of("a", "b", "e"), f.get(0).reports());
        assertEquals("Reports differ on the place: Faladie (a) vs Senou (b, e).", f.get(0).note());
    }
}
