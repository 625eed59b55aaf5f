package io.triangulate.codes;

/** A flag's severity and a confidence level: high, medium, low, in that order of strength. */
public enum Level implements Coded {
    HIGH,
    MEDIUM,
    LOW;

    @Override
    public String toString() {
        return code();
    }
}
