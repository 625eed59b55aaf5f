package io.triangulate.rules;

/** A claim of an event other than a casualty figure (target, responsibility, place, date), for rules on hedges. */
public record Statement(String event, String claim, String report, String kind, String value, boolean hedged, String speaker) {}
