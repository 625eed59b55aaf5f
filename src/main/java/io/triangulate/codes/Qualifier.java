package io.triangulate.codes;

/** How a figure is hedged or bounded (qualifiers.csv): exact, at least, more than, about, up to, a range, a vague word, a denial, or no number at all. */
public enum Qualifier implements Coded {
    EXACT("exact"),
    AT_LEAST("at_least"),
    MORE_THAN("more_than"),
    ABOUT("about"),
    UP_TO("up_to"),
    RANGE("range"),
    VAGUE("vague"),
    NEGATED("negated"),
    QUALITATIVE("qualitative");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
