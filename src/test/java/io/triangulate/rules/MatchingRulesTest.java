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

    @Test
    void anEventToldOnlyInPassingIsNotedNotFlagged() {
        Mention a = m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention x = m("x1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        Mention y = m("y1", "Gao", "P:gao", "P:gao", 3, null, DayOfWeek.MONDAY);
        RuleHarness.Judged j = judge(List.of(a, x, y), List.of(
                new EventInBlock("MAIN", "b", 1, true, "Bamako, Tuesday"),
                new EventInBlock("PASSING", "b", 1, false, "Boulkessi, Sunday", true, false),
                new EventInBlock("LEAD", "b", 1, false, "Gao, Monday", true, true), // control: a report leads with it
                new InEvent("a1", "MAIN", "a"), new InEvent("x1", "PASSING", "x"), new InEvent("y1", "LEAD", "y")), List.of());
        assertEquals(List.of("LEAD"), j.flags("SEPARATE_EVENT").stream().map(Flag::event).toList());
        List<ConfidenceNote> n = j.all(ConfidenceNote.class).stream().filter(c -> c.rule().equals("An event told only in passing is noted, not flagged")).toList();
        assertEquals(List.of("PASSING"), n.stream().map(ConfidenceNote::event).toList());
        assertEquals("told only in passing, in reports about Bamako, Tuesday", n.get(0).note());
        assertEquals("high", n.get(0).level().code()); // a note, not a lower confidence
    }

    @Test
    void noSeparateEventInABlockOfAPooledStream() {
        Mention a = m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention x = m("x1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        RuleHarness.Judged j = judge(List.of(a, x), List.of(
                new EventInBlock("MAIN", "b", 1, true, "Bamako, Tuesday", false, true),
                new EventInBlock("OTHER", "b", 1, false, "Boulkessi, Sunday", false, true),
                new InEvent("a1", "MAIN", "a"), new InEvent("x1", "OTHER", "x")), List.of());
        assertEquals(List.of(), j.flags("SEPARATE_EVENT"));
        assertEquals(List.of(), j.all(ConfidenceNote.class));
    }

    @Test
    void aSeparateEventNamesEveryReportAndEachReasonOnceFromItsOwnSide() {
        Mention a = m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention x = m("x1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        Mention y = m("y1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        RuleHarness.Judged j = judge(List.of(a, x, y), List.of(
                new EventInBlock("MAIN", "b", 1, true, "Bamako, Tuesday"),
                new EventInBlock("OTHER", "b", 2, false, "Boulkessi, Sunday"),
                new InEvent("a1", "MAIN", "a"), new InEvent("x1", "OTHER", "x"), new InEvent("y1", "OTHER", "y")), List.of());
        List<Flag> f = j.flags("SEPARATE_EVENT");
        assertEquals(1, f.size(), f::toString);
        assertEquals(List.of("x", "y"), f.get(0).reports());
        assertEquals("Reported with Bamako, Tuesday but a separate event: Boulkessi, Sunday ≠ Bamako, Tuesday.", f.get(0).note());
    }

    @Test
    void namesakesApartAreToldApartByTheirDivision() {
        Mention a = new Mention("a1", "b", "a", "Gao", "P:gao-ml", "P:gao-ml", "ML.03", "ML", 3, java.time.LocalDate.of(2024, 3, 1), null, null);
        Mention b = new Mention("b1", "b", "b", "Gao", "P:gao-ne", "P:gao-ne", "NE.08", "NE", 3, java.time.LocalDate.of(2024, 3, 1), null, null);
        assertEquals("Gao (ML.03), 2024-03-01 ≠ Gao (NE.08), 2024-03-01", SeparateEvent.of(a, b, "r").reason());
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

    /** The joining step of an analyst's group: formed events shown with the group's main event (FORMED-0). */
    static List<JoinsMainEvent> joins(MatchPolicy policy, List<Mention> mentions, List<List<String>> formed, List<AnalystOverride> overrides) {
        try (BlockSession s = new BlockSession(RuleHarness.rules(), BlockSession.DEFAULT_FIRE_LIMIT)) {
            s.match(policy, mentions, overrides);
            List<Object> shown = new java.util.ArrayList<>();
            for (int i = 0; i < formed.size(); i++) {
                shown.add(new FormedEvent("formed-" + i, "b", i == 0, true));
                for (String m : formed.get(i)) shown.add(new FormedFrom(m, "formed-" + i));
            }
            s.judge(shown);
            return s.facts(JoinsMainEvent.class).stream().sorted(java.util.Comparator.comparing(JoinsMainEvent::cluster)).toList();
        }
    }

    @Test
    void aReportNoFinerThanItsGroupsMainEventJoinsIt() {
        Mention a = m("a1", "Gao", "G", "G", 3, D, null);
        Mention country = m("b1", "Mali", "C:ML", null, 0, null, null);
        Mention nowhere = new Mention("c1", "b", "c", "no place", null, null, null, null, -1, D, null, null);
        Mention otherDay = m("d1", "Mali", "C:ML", null, 0, D.plusDays(9), null); // control: contradicts the main event's day
        List<JoinsMainEvent> j = joins(RuleHarness.POLICY, List.of(a, country, nowhere, otherDay),
                List.of(List.of("a1"), List.of("b1"), List.of("c1"), List.of("d1")), List.of());
        assertEquals(List.of("formed-1", "formed-2"), j.stream().map(JoinsMainEvent::cluster).toList());
        assertEquals("A report no finer than its group's main event, contradicting nothing in it, joins it", j.get(0).rule());
        assertEquals(true, j.get(0).coarse());
    }

    @Test
    void anEventNearItsGroupsMainEventJoinsIt() {
        MatchPolicy lenient = new MatchPolicy(1, 0, 7, 40);
        Mention a = new Mention("a1", "b", "a", "Phoenix", "P", "P", "US.AZ", null, "US", 3, D, null, null, 33.45, -112.07);
        Mention suburb = new Mention("b1", "b", "b", "Tolleson", "T", "T", "US.AZ", null, "US", 3, D, null, null, 33.45, -112.26);
        Mention followUp = new Mention("c1", "b", "c", "Phoenix", "P", "P", "US.AZ", null, "US", 3, D.plusDays(4), null, null, 33.45, -112.07);
        Mention far = new Mention("d1", "b", "d", "Tucson", "U", "U", "US.AZ", null, "US", 3, D, null, null, 32.22, -110.97); // control: 170 km
        Mention weekday = new Mention("e1", "b", "e", "Phoenix", "P", "P", "US.AZ", null, "US", 3, null, DayOfWeek.FRIDAY, null, 33.45, -112.07);
        List<JoinsMainEvent> j = joins(lenient, List.of(a, suburb, followUp, far, weekday),
                List.of(List.of("a1"), List.of("b1"), List.of("c1"), List.of("d1"), List.of("e1")), List.of());
        assertEquals(List.of("formed-1", "formed-2", "formed-4"), j.stream().map(JoinsMainEvent::cluster).toList());
        assertEquals("An event near its group's main event in place and time joins it", j.get(0).rule());
        assertEquals(false, j.get(0).coarse());
        // control: the analyst's word that two reports are apart holds against the joining
        assertEquals(List.of(), joins(lenient, List.of(a, suburb), List.of(List.of("a1"), List.of("b1")),
                List.of(override("separate_events", "a", "b"))));
    }

    @Test
    void aReportJoinedOnACoarsePlaceIsACoarseMatch() {
        RuleHarness.Judged j = RuleHarness.judge(List.of(new CoarseJoin("MAIN", "b1", "b", "b (Mali, undated)"),
                new EventInBlock("OTHER", "b", 1, false, "Gao, 2024-09-17"))); // control: no join in OTHER
        List<Flag> f = j.flags("COARSE_MATCH");
        assertEquals(1, f.size());
        assertEquals("MAIN", f.get(0).event());
        assertEquals(List.of("b"), f.get(0).reports());
        assertEquals("A report joined on a coarse or missing place or date is a coarse match", f.get(0).rule());
        assertEquals(List.of("medium"), j.all(ConfidenceNote.class).stream().filter(n -> n.event().equals("MAIN")).map(n -> n.level().code()).toList());
    }
}
