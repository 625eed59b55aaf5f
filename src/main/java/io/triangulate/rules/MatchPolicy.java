package io.triangulate.rules;

/** Date tolerances for matching, from rules/tables/date-tolerance.csv. */
public record MatchPolicy(int dayTolerance, int weekdayTolerance) {}
