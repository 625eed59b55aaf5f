package io.triangulate.rules;

/** The rules decided two mentions describe one event ({@code first} < {@code second}). */
public record SameEvent(String first, String second, String rule) {}
