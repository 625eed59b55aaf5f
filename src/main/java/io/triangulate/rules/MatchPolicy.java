package io.triangulate.rules;

/**
 * The tables' numbers the rules read: from rules/tables/date-tolerance.csv, days apart for day dates, weekdays
 * apart for weekday-only dates, and, inside an analyst's group, how many days and kilometres from the group's main
 * event a report may be and still join it (its difference flagged); from rules/tables/figure-bounds.csv, the
 * largest figure one event can plausibly have; from rules/tables/conflict-severity.csv, how far apart two
 * casualty claims are for a high or medium dispute; from rules/tables/victim-groups.csv, which victim groups are
 * compared as one; from rules/tables/figure-tiers.csv, the rating from which a vague word is firm evidence; from
 * rules/tables/reliability.csv, whose figure is best among disagreeing ones; from rules/tables/reconcile-settings.csv,
 * the confidence of an event no note speaks of.
 */
public record MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm, int largestFigure,
                         double highRatio, double mediumRatio, double highAgainstZero, java.util.Map<String, String> victimsComparedAs,
                         int vagueFirmFromRating, java.util.Map<String, Integer> reliabilityRank,
                         io.triangulate.codes.Level defaultConfidence) {
    public MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm, int largestFigure,
                       double highRatio, double mediumRatio, double highAgainstZero, java.util.Map<String, String> victimsComparedAs,
                       int vagueFirmFromRating, java.util.Map<String, Integer> reliabilityRank) {
        this(dayTolerance, weekdayTolerance, groupDays, groupKm, largestFigure, highRatio, mediumRatio, highAgainstZero, victimsComparedAs,
                vagueFirmFromRating, reliabilityRank, io.triangulate.codes.Level.MEDIUM);
    }

    /** The shipped reliability order of speaker kinds (tables/reliability.csv), for a policy built without tables. */
    public static final java.util.Map<String, Integer> DEFAULT_RELIABILITY = java.util.Map.of("un", 1, "ngo", 2, "medical", 3, "official", 4,
            "media", 5, "witness", 6, "unknown", 7, "perpetrator", 8);

    public MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm, int largestFigure,
                       double highRatio, double mediumRatio, double highAgainstZero, java.util.Map<String, String> victimsComparedAs) {
        this(dayTolerance, weekdayTolerance, groupDays, groupKm, largestFigure, highRatio, mediumRatio, highAgainstZero, victimsComparedAs, 3,
                DEFAULT_RELIABILITY);
    }

    /** A kind of speaker's rank in the reliability order (1 first); a kind the table does not list ranks last. */
    public int reliabilityOf(String sourceKind) {
        return reliabilityRank.getOrDefault(sourceKind, Integer.MAX_VALUE);
    }

    /** A vague word ("dozens") from a report rated {@code rating} (null: unrated) is firm evidence. */
    public boolean vagueIsFirm(Integer rating) {
        return rating != null && rating >= vagueFirmFromRating;
    }

    /** The shipped table's groups, for a policy built without tables (tests of other rules). */
    public static final java.util.Map<String, String> DEFAULT_VICTIM_GROUPS = java.util.Map.of("military", "security", "police", "security",
            "security_forces", "security", "civilians", "civilians", "attackers", "attackers", "peacekeepers", "peacekeepers", "unknown", "*");

    /** Claims about these two victim groups are about the same people. */
    public boolean sameVictims(String a, String b) {
        if (a.equals(b)) return true;
        String x = victimsComparedAs.get(a);
        String y = victimsComparedAs.get(b);
        return "*".equals(x) || "*".equals(y) || x != null && x.equals(y);
    }

    /** The bound when no table gives one: more killed or injured in one event than any the analysts' sources report. */
    public static final int DEFAULT_LARGEST_FIGURE = 100_000;

    public MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm, int largestFigure) {
        this(dayTolerance, weekdayTolerance, groupDays, groupKm, largestFigure, 3, 1.5, 10, DEFAULT_VICTIM_GROUPS);
    }

    public MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm) {
        this(dayTolerance, weekdayTolerance, groupDays, groupKm, DEFAULT_LARGEST_FIGURE);
    }

    public MatchPolicy(int dayTolerance, int weekdayTolerance) {
        this(dayTolerance, weekdayTolerance, dayTolerance, 0);
    }
}
