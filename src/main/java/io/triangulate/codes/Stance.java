package io.triangulate.codes;

/** How a report ties an actor to the attack (responsibility.csv, perpetrator verdicts): the actor claimed it, is blamed, suspected, disputed, denies it, or nobody is named. */
public enum Stance implements Coded {
    CLAIMED("claimed"),
    ATTRIBUTED("attributed"),
    SUSPECTED("suspected"),
    DISPUTED("disputed"),
    DENIED("denied"),
    UNKNOWN("unknown");

    private final String code;

    Stance(String code) {
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
