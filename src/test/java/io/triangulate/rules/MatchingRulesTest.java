package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static io.triangulate.rules.RuleHarness.judge;
import static io.triangulate.rules.RuleHarness.m;
import static io.triangulate.rules.RuleHarness.match;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** matching.drl: one test per rule, each with a control that must not match. */
class MatchingRulesTest {
    static final LocalDate D = LocalDate.of(2024, 9, 17);

    @Test
    void mentionsAtCompatiblePlacesOnCompatibleDatesAreTheSameEvent() {
        BlockSession.Matching r = match(
                m("a1", "Faladie", "P:faladie", "2460596", 4, D, null),
                m("b1", "Senou", "P:senou", "2460596", 4, null, DayOfWeek.TUESDAY),
                m("c1", "Senou", "P:senou", "2460596", 4, D.plusDays(5), null)); // control: too far apart
        assertEquals(List.of("a1-b1"), r.same().stream().map(s -> s.first() + "-" + s.second()).toList());
        assertEquals("Mentions at compatible places on compatible dates are the same event", r.same().get(0).rule());
    }

    @Test
    void aCountryLevelMentionJoinsOnlyOnTheSameDay() {
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, D, null),
                m("b1", "Mali", "C:ML", null, 0, D, null),
                m("c1", "Mali", "C:ML", null, 0, null, null)); // control: undated coarse never joins
        assertEquals(List.of("a1-b1"), r.same().stream().map(s -> s.first() + "-" + s.second()).toList());
        assertEquals("A country-level mention joins another only on the same day with a compatible actor", r.same().get(0).rule());
    }

    @Test
    void mentionsAtPlacesThatDoNotNestAreSeparate() {
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY),
                m("b1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.TUESDAY),
                m("c1", "Faladie", "P:faladie", "2460596", 4, null, DayOfWeek.TUESDAY)); // control: inside Bamako
        assertEquals(List.of("Bamako, Tuesday ≠ Boulkessi, Tuesday", "Boulkessi, Tuesday ≠ Faladie, Tuesday"),
                r.separate().stream().map(SeparateEvent::reason).sorted().toList());
        assertEquals("Mentions at places that do not nest are separate events", r.separate().get(0).rule());
    }

    @Test
    void mentionsOnDatesBeyondTheToleranceAreSeparate() {
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY),
                m("b1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.SUNDAY),
                m("c1", "Bamako", "2460596", "2460596", 3, null, null)); // control: undated agrees with any date
        assertEquals(List.of("Bamako, Tuesday ≠ Bamako, Sunday"), r.separate().stream().map(SeparateEvent::reason).toList());
        assertEquals("Mentions on dates further apart than the tolerance are separate events", r.separate().get(0).rule());
    }

    @Test
    void anEventSplitOffFromTheMainEventIsSeparate() {
        Mention a = m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention b = m("b1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention x = m("x1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        RuleHarness.Judged j = judge(List.of(a, b, x), List.of(
                new EventInBlock("MAIN", "b", 2, true, "Bamako, Tuesday"),
                new EventInBlock("OTHER", "b", 1, false, "Boulkessi, Sunday"),
                new InEvent("a1", "MAIN", "a"), new InEvent("b1", "MAIN", "b"), new InEvent("x1", "OTHER", "x")), List.of());
        List<Flag> f = j.flags("SEPARATE_EVENT");
        assertEquals(1, f.size()); // control: MAIN is not split from itself
        assertEquals("OTHER", f.get(0).event());
        assertEquals("Reported with Bamako, Tuesday but a separate event: Boulkessi, Sunday ≠ Bamako, Tuesday.", f.get(0).note());
        assertEquals("An event split off from the main event of its group is a separate event", f.get(0).rule());
    }

    static AnalystOverride override(String action, String report, String other) {
        return new AnalystOverride("overrides.csv:7", action, report, other, "", "", "same attack, misdated by one report");
    }

    @Test
    void anAnalystsOverrideKeepsTwoReportsInOneEvent() {
        try (BlockSession s = new BlockSession(RuleHarness.rules(), BlockSession.DEFAULT_FIRE_LIMIT)) {
            BlockSession.Matching r = s.match(RuleHarness.POLICY, List.of(
                    m("a1", "Gao", "G", "G", 3, D, null), m("b1", "Gao", "G", "G", 3, D.plusDays(6), null),
                    m("c1", "Gao", "G", "G", 3, D.plusDays(12), null)), // control: not named in the override
                    List.of(override("same_event", "a", "b")));
            assertEquals(List.of("a1-b1"), r.same().stream().map(x -> x.first() + "-" + x.second()).toList());
            assertEquals("An analyst's override keeps two reports in one event", r.same().get(0).rule());
            assertEquals(List.of("overrides.csv:7"), r.overrides().stream().map(OverrideApplied::where).toList());
        }
    }

    @Test
    void anAnalystsOverrideKeepsTwoReportsApart() {
        try (BlockSession s = new BlockSession(RuleHarness.rules(), BlockSession.DEFAULT_FIRE_LIMIT)) {
            BlockSession.Matching r = s.match(RuleHarness.POLICY, List.of(
                    m("a1", "Gao", "G", "G", 3, D, null), m("b1", "Gao", "G", "G", 3, D, null),
                    m("c1", "Gao", "G", "G", 3, D, null)), // control: c stays with a and b
                    List.of(override("separate_events", "a", "b")));
            assertEquals(List.of("a1-c1", "b1-c1"), r.same().stream().map(x -> x.first() + "-" + x.second()).sorted().toList());
            SeparateEvent apart = r.separate().stream().filter(x -> x.rule().equals("An analyst's override keeps two reports apart")).findFirst().orElseThrow();
            assertEquals("kept apart by the analyst (overrides.csv:7)", apart.reason());
        }
    }
}
