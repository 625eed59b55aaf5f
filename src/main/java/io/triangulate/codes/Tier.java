package io.triangulate.codes;

/** How much a casualty claim counts for its event's figures, as casualties.drl decides (see Evidence). */
public enum Tier implements Coded {
    FIRM("firm"),
    HEDGED("hedged"),
    SOFT_ZERO("soft_zero"),
    PARTISAN("partisan");

    private final String code;

    Tier(String code) {
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
