package io.triangulate.rules;

import io.triangulate.TestRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Drives the project's rules on hand-made facts, as Timefold's constraint tests do: insert the facts one
 * rule reads, plus a control that must not match, and look at what the rules concluded.
 */
final class RuleHarness {
    static final MatchPolicy POLICY = new MatchPolicy(1, 0);

    private RuleHarness() {}

    static RuleBase rules() {
        return TestRules.pipeline().ruleBase();
    }

    static Mention m(String id, String place, String placeId, String cityId, int rank, LocalDate day, DayOfWeek wd) {
        return new Mention(id, "b", id.substring(0, 1), place, placeId, cityId, "ML.01", "ML", rank, day, wd, null);
    }

    static BlockSession.Matching match(Mention... ms) {
        try (BlockSession s = new BlockSession(rules(), BlockSession.DEFAULT_FIRE_LIMIT)) {
            return s.match(POLICY, List.of(ms));
        }
    }

    /** What the rules concluded: every fact of a type. */
    record Judged(List<Object> facts) {
        <T> List<T> all(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<Flag> flags(String code) {
            return all(Flag.class).stream().filter(f -> f.code().code().equals(code)).toList();
        }
    }

    /** Matches the mentions, then judges the facts in two steps (the second for facts that depend on the first, as EventSources does). */
    static Judged judge(List<Mention> mentions, List<?> facts, List<?> later) {
        try (BlockSession s = new BlockSession(rules(), BlockSession.DEFAULT_FIRE_LIMIT)) {
            s.match(POLICY, mentions);
            s.judge(facts);
            s.judge(later);
            return new Judged(s.facts(Object.class));
        }
    }

    static Judged judge(List<?> facts) {
        return judge(List.of(), facts, List.of());
    }

    /** A casualty claim "r#n" of report "r" in event {@code event}. */
    static Casualty c(String id, String event, String kind, Integer min, Integer max, String victims, boolean hedged, String sourceKind) {
        return new Casualty(id, event, id.substring(0, id.indexOf('#')), kind, min, max, victims,
                min != null && min == 0 && max != null && max == 0 ? "negated" : "exact", hedged, sourceKind, "speaker " + id,
                null, null, false, false);
    }

    /** The same claim with another qualifier ("vague" for "several", "up_to" for "as many as"). */
    static Casualty qualified(Casualty c, String qualifier) {
        return new Casualty(c.claim(), c.event(), c.report(), c.kind(), c.min(), c.max(), c.victims(), qualifier, c.hedged(),
                c.sourceKind(), c.speaker(), c.published(), c.rating(), c.revision(), c.earlier(), c.oneOfSeveralGroups(), c.onePerson());
    }

    /** One person a report names without a number ("a man was shot"). */
    static Casualty onePerson(Casualty c) {
        return new Casualty(c.claim(), c.event(), c.report(), c.kind(), c.min(), c.max(), c.victims(), c.qualifier(), c.hedged(),
                c.sourceKind(), c.speaker(), c.published(), c.rating(), c.revision(), c.earlier(), c.oneOfSeveralGroups(), true);
    }

    static Casualty dated(Casualty c, LocalDate published, boolean revision, boolean earlier) {
        return new Casualty(c.claim(), c.event(), c.report(), c.kind(), c.min(), c.max(), c.victims(), c.qualifier(), c.hedged(),
                c.sourceKind(), c.speaker(), published, c.rating(), revision, earlier);
    }

    static Responsibility r(String id, String event, String actor, String stance, String speaker, String kind) {
        return new Responsibility(event, id, id.substring(0, id.indexOf('#')), actor, stance, speaker, kind, false, null);
    }

    static EventSources sources(String event, int reports, int independent, String... speakers) {
        List<String> ids = java.util.stream.IntStream.range(0, reports).mapToObj(i -> "r" + i).toList();
        return new EventSources(event, ids, independent, List.of(speakers), "Gao", "2024-09-17");
    }
}
