package io.triangulate.rules;

/** A rule applied an analyst's override to two mentions. */
public record OverrideApplied(String where, String first, String second, String text, String rule) {}
