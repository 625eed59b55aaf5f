package io.triangulate.lexicon;

import io.triangulate.codes.Coded;
import io.triangulate.codes.Level;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysts' policy tables, which no language keys: bounds on figures, how severe a dispute is, which victim groups
 * are the same people, when a vague word is firm, which speakers are one side, whose figure is best, and the settings
 * of reconciling an event (rules/README.md lists each decision and its table).
 */
public record PolicyTables(Map<String, Integer> figureBounds, Map<String, Double> conflictSeverity, Map<String, String> victimsComparedAs,
                           Map<String, Integer> figureTiers, Map<String, String> speakerSides, Map<String, Integer> reliabilityRank,
                           Map<String, String> reconcileSettings) {

    /** Reads the tables; a bad row is added to {@code problems} with its file and line. */
    static PolicyTables read(Lexicon.Each each, List<TableException> problems, Path dir) {
        // The largest figure one event can plausibly have: beyond it a figure is kept as a claim but flagged, never a best.
        Map<String, Integer> bounds = new HashMap<>();
        each.read(problems, dir, "figure-bounds.csv", List.of("bound", "value"), r -> {
            int v = r.wholeNumber("value", 1);
            bounds.put(r.oneOf("bound", Set.of("one_event")), v);
        });
        // How far apart two casualty claims must be for their disagreement to be medium or high.
        Map<String, Double> severity = new HashMap<>();
        each.read(problems, dir, "conflict-severity.csv", List.of("threshold", "value"), r -> {
            Double v = r.doubleOrNull("value");
            if (v == null || v <= 0) throw new TableException(r.file(), r.line(), "value must be a number above 0");
            severity.put(r.oneOf("threshold", Set.of("high_ratio", "medium_ratio", "high_against_zero")), v);
        });
        // Which victim groups are compared as one.
        Map<String, String> comparedAs = new HashMap<>();
        each.read(problems, dir, "victim-groups.csv", List.of("victims", "compared_as"),
                r -> comparedAs.put(r.oneOf("victims", Lexicon.VICTIMS), r.required("compared_as")));
        Map<String, Integer> tiers = new HashMap<>();
        each.read(problems, dir, "figure-tiers.csv", List.of("threshold", "value"), r -> {
            int v = r.wholeNumber("value", 0);
            tiers.put(r.oneOf("threshold", Set.of("vague_firm_from_rating")), v);
        });
        // Which kinds of speaker count as one side when sources are weighed for independence.
        Map<String, String> sides = new HashMap<>();
        each.read(problems, dir, "speaker-sides.csv", List.of("source_kind", "independence"),
                r -> sides.put(r.oneOf("source_kind", Lexicon.SOURCE_KINDS), r.oneOf("independence", Set.of("side", "each"))));
        // Whose figure is best among disagreeing firm figures, by kind of speaker.
        Map<String, Integer> reliability = new HashMap<>();
        each.read(problems, dir, "reliability.csv", List.of("source_kind", "rank"), r -> {
            int rank = r.wholeNumber("rank", 1);
            reliability.put(r.oneOf("source_kind", Lexicon.SOURCE_KINDS), rank);
        });
        Map<String, String> settings = new HashMap<>();
        each.read(problems, dir, "reconcile-settings.csv", List.of("setting", "value"),
                r -> {
                    String setting = r.oneOf("setting", Set.of("default_level", "event_day_tie", "same_day_first", "unknown_toll",
                            "survivors_of_the_hit"));
                    settings.put(setting, r.oneOf("value", switch (setting) {
                        case "default_level" -> Coded.codes(Level.class);
                        case "event_day_tie" -> Set.of("earliest", "latest");
                        case "unknown_toll" -> Set.of("larger", "added");
                        case "survivors_of_the_hit" -> Set.of("wounded", "unknown");
                        default -> Set.of("more_claims", "id_order");
                    }));
                });
        return new PolicyTables(Map.copyOf(bounds), Map.copyOf(severity), Map.copyOf(comparedAs), Map.copyOf(tiers), Map.copyOf(sides),
                Map.copyOf(reliability), Map.copyOf(settings));
    }

    /** The confidence of an event no note speaks of. */
    public Level defaultLevel() {
        return Coded.of(Level.class, reconcileSettings.getOrDefault("default_level", Level.MEDIUM.code())).orElseThrow();
    }

    /** Of two days given by as many reports each, the event's day is the latest (else the earliest). */
    public boolean latestDayOnTie() {
        return "latest".equals(reconcileSettings.get("event_day_tie"));
    }

    /** Of two copies published the same day, the one holding more claims came first (else the smaller id). */
    public boolean moreClaimsFirst() {
        return !"id_order".equals(reconcileSettings.get("same_day_first"));
    }

    /** A toll of unknown victims is added to the victim groups' counts (else it restates the total). */
    public boolean unknownTollAdded() {
        return "added".equals(reconcileSettings.get("unknown_toll"));
    }

    /** Those hit and not reported killed were wounded. */
    public boolean survivorsWounded() {
        return !"unknown".equals(reconcileSettings.get("survivors_of_the_hit"));
    }
}
