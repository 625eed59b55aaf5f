package io.triangulate.codes;

/** How a report ties an actor to the attack (responsibility.csv, perpetrator verdicts): the actor claimed it, is blamed, suspected, disputed, denies it, or nobody is named. */
public enum Stance implements Coded {
    CLAIMED,
    ATTRIBUTED,
    SUSPECTED,
    DISPUTED,
    DENIED,
    UNKNOWN;

    @Override
    public String toString() {
        return code();
    }
}
