package io.triangulate.words;

/**
 * A word, number or punctuation mark of a sentence. {@code norm} is the form tables are matched on
 * (lower case, no accents, straight apostrophes); offsets are into the sentence text.
 */
public record Token(String raw, String norm, int start, int end, Type type, boolean hyphenated) {
    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord() { return type == Type.WORD; }

    public boolean isNumber() { return type == Type.NUMBER; }

    public boolean is(String normForm) { return norm.equals(normForm); }

    /** Starts with a capital letter, as names do. */
    public boolean capitalised() { return !raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0)); }
}
