package io.triangulate.rules;

/** The rules' word that a formed event, too coarse to have matched, belongs to its group's main event. */
public record JoinsMainEvent(String cluster, String main, String rule) {}
