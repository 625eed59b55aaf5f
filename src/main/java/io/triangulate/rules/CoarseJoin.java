package io.triangulate.rules;

/** A mention that joined its event on a coarse or missing place or date: the event, the mention, its report, in words. */
public record CoarseJoin(String event, String mention, String report, String description) {}
