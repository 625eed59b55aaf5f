package io.triangulate.codes;

/** Who the casualties were (victims.csv). */
public enum Victims implements Coded {
    MILITARY("military"),
    POLICE("police"),
    SECURITY_FORCES("security_forces"),
    CIVILIANS("civilians"),
    ATTACKERS("attackers"),
    PEACEKEEPERS("peacekeepers"),
    UNKNOWN("unknown");

    private final String code;

    Victims(String code) {
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
