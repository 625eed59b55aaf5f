package io.triangulate.codes;

/** How a figure is hedged or bounded (qualifiers.csv): exact, at least, more than, about, up to, a range, a vague word, a denial, or no number at all. */
public enum Qualifier implements Coded {
    EXACT,
    AT_LEAST,
    MORE_THAN,
    ABOUT,
    UP_TO,
    RANGE,
    VAGUE,
    NEGATED,
    QUALITATIVE;

    @Override
    public String toString() {
        return code();
    }
}
