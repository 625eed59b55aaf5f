package io.triangulate.rules;

/** Two casualty claims of one event that cannot both be true, and how far apart they are; casualties.drl gathers them into one flag per count. */
public record Disagreement(String event, String field, String a, String b, String reportA, String reportB, io.triangulate.codes.Level severity,
                           String text, String rule) {}
