package io.triangulate.rules;

/**
 * A note reconcile.drl adds to an event's confidence, and the highest level the note allows (high, medium,
 * low): the event's level is the lowest any note allows.
 */
public record ConfidenceNote(String event, io.triangulate.codes.Level level, String note, String rule) {}
