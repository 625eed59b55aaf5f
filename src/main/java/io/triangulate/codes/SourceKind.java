package io.triangulate.codes;

/** What kind of speaker a claim comes from (speakers.csv). */
public enum SourceKind implements Coded {
    PERPETRATOR("perpetrator"),
    OFFICIAL("official"),
    MEDIA("media"),
    WITNESS("witness"),
    NGO("ngo"),
    UN("un"),
    MEDICAL("medical"),
    UNKNOWN("unknown");

    private final String code;

    SourceKind(String code) {
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
