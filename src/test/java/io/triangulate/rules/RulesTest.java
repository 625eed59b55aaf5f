package io.triangulate.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per rule, each with a control fact that must not match. */
class RulesTest {
    private static RuleBase rules;
    private static final MatchPolicy POLICY = new MatchPolicy(1, 0);

    @BeforeAll
    static void build() {
        rules = RuleBase.load(java.nio.file.Path.of("rules"), null);
    }

    static Mention m(String id, String place, String placeId, String cityId, int rank, LocalDate day, DayOfWeek wd) {
        return new Mention(id, "b", id.substring(0, 1), place, placeId, cityId, "ML.01", "ML", rank, day, wd, null);
    }

    private static BlockSession.Matching match(Mention... ms) {
        try (BlockSession s = new BlockSession(rules, BlockSession.DEFAULT_FIRE_LIMIT)) {
            return s.match(POLICY, List.of(ms));
        }
    }

    @Test
    void sameCityCompatibleDatesAreTheSameEvent() {
        LocalDate d = LocalDate.of(2024, 9, 17);
        BlockSession.Matching r = match(
                m("a1", "Faladie", "P:faladie", "2460596", 4, d, null),
                m("b1", "Senou", "P:senou", "2460596", 4, null, DayOfWeek.TUESDAY),
                m("c1", "Senou", "P:senou", "2460596", 4, d.plusDays(5), null)); // control: too far apart
        assertEquals(List.of("a1-b1"), r.same().stream().map(s -> s.first() + "-" + s.second()).toList());
        assertEquals("Mentions at compatible places on compatible dates are the same event", r.same().get(0).rule());
    }

    @Test
    void countryLevelMentionJoinsOnlyOnTheSameDay() {
        LocalDate d = LocalDate.of(2024, 9, 17);
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, d, null),
                m("b1", "Mali", "C:ML", null, 0, d, null),
                m("c1", "Mali", "C:ML", null, 0, null, null)); // control: undated coarse never joins
        List<String> pairs = r.same().stream().map(s -> s.first() + "-" + s.second()).toList();
        assertEquals(List.of("a1-b1"), pairs);
    }

    @Test
    void placesThatDoNotNestAreSeparate() {
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY),
                m("b1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.TUESDAY),
                m("c1", "Faladie", "P:faladie", "2460596", 4, null, DayOfWeek.TUESDAY)); // control: inside Bamako
        assertEquals(List.of("Bamako, Tuesday ≠ Boulkessi, Tuesday", "Boulkessi, Tuesday ≠ Faladie, Tuesday"),
                r.separate().stream().map(SeparateEvent::reason).sorted().toList());
    }

    @Test
    void datesBeyondToleranceAreSeparate() {
        BlockSession.Matching r = match(
                m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY),
                m("b1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.SUNDAY),
                m("c1", "Bamako", "2460596", "2460596", 3, null, null)); // control: undated agrees with any date
        assertEquals(List.of("Bamako, Tuesday ≠ Bamako, Sunday"), r.separate().stream().map(SeparateEvent::reason).toList());
    }

    private static List<Flag> judge(List<Mention> mentions, List<Object> facts) {
        try (BlockSession s = new BlockSession(rules, BlockSession.DEFAULT_FIRE_LIMIT)) {
            s.match(POLICY, mentions);
            return s.judge(facts);
        }
    }

    static Casualty c(String id, String event, String kind, Integer min, Integer max, String victims, boolean hedged, String sourceKind) {
        return new Casualty(id, event, id.substring(0, 1), kind, min, max, victims, "exact", hedged, sourceKind, "speaker " + id);
    }

    @Test
    void disjointCasualtyClaimsConflict() {
        List<Flag> flags = judge(List.of(), List.of(
                c("a#1", "E", "killed_or_injured", 0, 0, "unknown", false, "unknown"),
                c("b#1", "E", "killed_or_injured", 3, 9, "security_forces", false, "official"),
                c("c#1", "E", "injured", 2, 2, "security_forces", false, "official"),   // control: a part of 3–9
                c("d#1", "F", "killed", 40, 40, "military", false, "official")));     // control: another event
        List<String> conflicts = flags.stream().filter(f -> f.code().equals("CASUALTY_CONFLICT")).map(f -> String.join(",", f.claims())).sorted().toList();
        assertEquals(List.of("a#1,b#1", "a#1,c#1"), conflicts);
    }

    @Test
    void hedgedClaimIsUnconfirmedAndPerpetratorClaimPartisan() {
        List<Flag> flags = judge(List.of(), List.of(
                c("a#1", "E", "killed", 31, null, "military", true, "media"),
                c("b#1", "E", "killed", 5, 5, "military", false, "perpetrator"),
                c("c#1", "E", "killed", 5, 5, "military", false, "official")));   // control: neither
        assertEquals(List.of("PARTISAN_CLAIM b#1", "UNCONFIRMED a#1"),
                flags.stream().filter(f -> !f.code().equals("CASUALTY_CONFLICT")).map(f -> f.code() + " " + f.claims().get(0)).sorted().toList());
    }

    @Test
    void splitOffEventIsSeparateAndSingleReportEventSingleSource() {
        Mention a = m("a1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention b = m("b1", "Bamako", "2460596", "2460596", 3, null, DayOfWeek.TUESDAY);
        Mention x = m("x1", "Boulkessi", "P:boulkessi", "P:boulkessi", 3, null, DayOfWeek.SUNDAY);
        List<Flag> flags = judge(List.of(a, b, x), List.of(
                new EventInBlock("MAIN", "b", 2, 2, true, "Bamako, Tuesday"),
                new EventInBlock("OTHER", "b", 1, 1, false, "Boulkessi, Sunday"),
                new InEvent("a1", "MAIN", "a"), new InEvent("b1", "MAIN", "b"), new InEvent("x1", "OTHER", "x")));
        List<String> got = flags.stream().map(f -> f.event() + " " + f.code()).sorted().toList();
        assertEquals(List.of("OTHER SEPARATE_EVENT", "OTHER SINGLE_SOURCE"), got); // control: MAIN gets neither
        assertTrue(flags.stream().anyMatch(f -> f.note().contains("Boulkessi, Sunday ≠ Bamako, Tuesday")));
    }
}
