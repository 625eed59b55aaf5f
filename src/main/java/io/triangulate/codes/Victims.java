package io.triangulate.codes;

/** Who the casualties were (victims.csv). */
public enum Victims implements Coded {
    MILITARY,
    POLICE,
    SECURITY_FORCES,
    CIVILIANS,
    ATTACKERS,
    PEACEKEEPERS,
    UNKNOWN;

    @Override
    public String toString() {
        return code();
    }
}
