package io.triangulate.rules;

/**
 * The tables' numbers the rules read: from rules/tables/date-tolerance.csv, days apart for day dates, weekdays
 * apart for weekday-only dates, and, inside an analyst's group, how many days and kilometres from the group's main
 * event a report may be and still join it (its difference flagged); from rules/tables/figure-bounds.csv, the
 * largest figure one event can plausibly have.
 */
public record MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm, int largestFigure) {
    /** The bound when no table gives one: more killed or injured in one event than any the analysts' sources report. */
    public static final int DEFAULT_LARGEST_FIGURE = 100_000;

    public MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm) {
        this(dayTolerance, weekdayTolerance, groupDays, groupKm, DEFAULT_LARGEST_FIGURE);
    }

    public MatchPolicy(int dayTolerance, int weekdayTolerance) {
        this(dayTolerance, weekdayTolerance, dayTolerance, 0);
    }
}
