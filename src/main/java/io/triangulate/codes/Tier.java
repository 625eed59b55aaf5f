package io.triangulate.codes;

/** How much a casualty claim counts for its event's figures, as casualties.drl decides (see Evidence). */
public enum Tier implements Coded {
    FIRM,
    HEDGED,
    SOFT_ZERO,
    PARTISAN;

    @Override
    public String toString() {
        return code();
    }
}
