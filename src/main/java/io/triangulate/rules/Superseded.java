package io.triangulate.rules;

/** A toll a later claim revised upward: it no longer sets figures, and does not conflict with its revision. */
public record Superseded(String event, String claim, String by, String rule) {}
