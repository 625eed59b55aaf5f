package io.triangulate.rules;

/**
 * Tolerances for matching, from rules/tables/date-tolerance.csv: days apart for day dates, weekdays apart for
 * weekday-only dates; and, inside an analyst's group, how many days and kilometres from the group's main event a
 * report may be and still join it (its difference flagged).
 */
public record MatchPolicy(int dayTolerance, int weekdayTolerance, int groupDays, int groupKm) {
    public MatchPolicy(int dayTolerance, int weekdayTolerance) {
        this(dayTolerance, weekdayTolerance, dayTolerance, 0);
    }
}
