package io.triangulate.rules;

/**
 * A casualty claim inside an event, as the rules see it. {@code min}/{@code max} are the interval it asserts
 * ({@code max} null when open-ended); a qualitative claim of losses asserts at least one.
 */
public record Casualty(String claim, String event, String report, String kind, Integer min, Integer max,
                       String victims, String qualifier, boolean hedged, String sourceKind, String speaker,
                       java.time.LocalDate published, Integer rating, boolean revision, boolean earlier, boolean oneOfSeveralGroups,
                       boolean onePerson) {

    public Casualty(String claim, String event, String report, String kind, Integer min, Integer max, String victims, String qualifier,
                    boolean hedged, String sourceKind, String speaker, java.time.LocalDate published, Integer rating, boolean revision,
                    boolean earlier, boolean oneOfSeveralGroups) {
        this(claim, event, report, kind, min, max, victims, qualifier, hedged, sourceKind, speaker, published, rating, revision, earlier,
                oneOfSeveralGroups, false);
    }

    public Casualty(String claim, String event, String report, String kind, Integer min, Integer max, String victims, String qualifier,
                    boolean hedged, String sourceKind, String speaker, java.time.LocalDate published, Integer rating, boolean revision,
                    boolean earlier) {
        this(claim, event, report, kind, min, max, victims, qualifier, hedged, sourceKind, speaker, published, rating, revision, earlier, false);
    }

    /**
     * This claim is the later word: its report was published later, or its sentence says the toll rose
     * ("rose to 59") while the other's says it came first ("earlier reports had put the toll at 40").
     */
    public boolean laterThan(Casualty o) {
        if (published != null && o.published != null && !published.equals(o.published)) return published.isAfter(o.published);
        return (revision && !o.revision) || (o.earlier && !earlier);
    }

    /** The output's name for this count: killed, injured, killedOrInjured, captured. */
    public String field() {
        return kind.equals("killed_or_injured") ? "killedOrInjured" : kind;
    }

    /** This claim's lower bound is above everything the other allows (or above its lower bound, when the other is open-ended). */
    public boolean raises(Casualty o) {
        if (min == null || o.min == null) return false;
        return o.max != null ? min > o.max : min > o.min;
    }

    /** The same victims, as tables/victim-groups.csv compares them (a claim that does not say whose may be anyone's). */
    public boolean sameVictims(Casualty o, MatchPolicy policy) {
        return policy.sameVictims(victims, o.victims);
    }

    /** Killed, injured and killed-or-injured overlap; captured is its own count. */
    public boolean sameCount(Casualty o, MatchPolicy policy) {
        if (kind.equals("captured") || o.kind.equals("captured")) return kind.equals(o.kind) && sameVictims(o, policy);
        boolean kinds = kind.equals(o.kind) || kind.equals("killed_or_injured") || o.kind.equals("killed_or_injured");
        return kinds && sameVictims(o, policy);
    }

    /**
     * Both cannot be true. For the same kind, the intervals share no value. Against a killed-or-injured
     * count, a killed or an injured figure is only a part of it, and so is one victim group's count, from a report
     * that splits its toll by group, against a toll of unknown victims: it conflicts only by exceeding it.
     */
    public boolean disjoint(Casualty o) {
        if (min == null || o.min == null) return false;
        // A report that splits its toll by victim group ("49 civilians and 15 soldiers") gives parts of a toll that
        // does not say whose ("at least 64 dead").
        boolean thisPart = o.kind.equals("killed_or_injured") && !kind.equals(o.kind)
                || kind.equals(o.kind) && o.victims.equals("unknown") && oneOfSeveralGroups;
        boolean otherPart = kind.equals("killed_or_injured") && !o.kind.equals(kind)
                || kind.equals(o.kind) && victims.equals("unknown") && o.oneOfSeveralGroups;
        if (thisPart) return o.max != null && min > o.max;
        if (otherPart) return max != null && o.min > max;
        return (max != null && max < o.min) || (o.max != null && o.max < min);
    }

    /** "0 (unattributed)", "3–9 (security forces)". */
    public String describe() {
        String figure = qualifier.equals("qualitative") ? "losses without a figure"
                : max == null ? "more than " + (min - 1 < 0 ? 0 : min - 1) : min.equals(max) ? String.valueOf(min) : min + "–" + max;
        if (qualifier.equals("at_least") && max == null) figure = "at least " + min;
        return figure + " " + kind.replace('_', ' ') + " (" + (speaker == null ? "unattributed" : speaker) + ")";
    }

    /** How far apart two disjoint claims are, by the thresholds of conflict-severity.csv (high: three times or more). */
    public io.triangulate.codes.Level severityAgainst(Casualty o, MatchPolicy policy) {
        Casualty lower = max != null && o.min != null && max < o.min ? this : o;
        Casualty upper = lower == this ? o : this;
        int top = lower.max == null ? 0 : lower.max;
        int bottom = upper.min == null ? 0 : upper.min;
        if (top == 0) return bottom >= policy.highAgainstZero() ? io.triangulate.codes.Level.HIGH : io.triangulate.codes.Level.MEDIUM;
        double ratio = (double) bottom / top;
        return ratio >= policy.highRatio() ? io.triangulate.codes.Level.HIGH
                : ratio >= policy.mediumRatio() ? io.triangulate.codes.Level.MEDIUM : io.triangulate.codes.Level.LOW;
    }
}
