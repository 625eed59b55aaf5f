package io.triangulate.extract;

/**
 * Where a claim comes from: its report, the sentence (index and offsets into the report text), who said it
 * and what kind of speaker that is, and whether the report hedges it.
 */
public record Provenance(String report, int sentence, int start, int end, String text,
                         String attributedTo, String sourceKind, boolean hedged) {}
