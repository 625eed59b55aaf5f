package io.triangulate.codes;

/** A flag's severity and a confidence level: high, medium, low, in that order of strength. */
public enum Level implements Coded {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String code;

    Level(String code) {
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
