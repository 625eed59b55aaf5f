package io.triangulate.codes;

/** What kind of speaker a claim comes from (speakers.csv). */
public enum SourceKind implements Coded {
    PERPETRATOR,
    OFFICIAL,
    MEDIA,
    WITNESS,
    NGO,
    UN,
    MEDICAL,
    UNKNOWN;

    @Override
    public String toString() {
        return code();
    }
}
