package io.triangulate.rules;

/**
 * A rule applied an analyst's override to two mentions; {@code apart}: it kept them in separate events (then each
 * event that holds one of them lists it), else in one.
 */
public record OverrideApplied(String where, String first, String second, String text, String rule, boolean apart) {}
