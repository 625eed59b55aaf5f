package io.triangulate.rules;

/**
 * The rules' word that a formed event belongs to its group's main event: {@code coarse} when it joined on a coarse or
 * missing place or date (flagged COARSE_MATCH), not when it joined as a near miss (its differences flagged as such).
 */
public record JoinsMainEvent(String cluster, String main, boolean coarse, String rule) {}
