package io.triangulate.extract;

/**
 * Where a claim comes from: its report, the sentence (index and offsets into the report text), who said it
 * and what kind of speaker that is, whether the report hedges it, and the claim's own words inside the
 * sentence ({@code wordStart}..{@code wordEnd}, offsets into {@code text}; both -1 when not known).
 */
public record Provenance(String report, int sentence, int start, int end, String text,
                         String attributedTo, String sourceKind, boolean hedged, int wordStart, int wordEnd) {

    /** The claim's own words ("more than 30 soldiers"), or null. */
    public String words() {
        return wordStart < 0 || wordEnd > text.length() || wordStart >= wordEnd ? null : text.substring(wordStart, wordEnd);
    }
}
