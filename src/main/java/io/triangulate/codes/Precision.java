package io.triangulate.codes;

/** How exactly a place is known (places.csv, place-aliases.csv), finest first. */
public enum Precision implements Coded {
    SITE,
    NEIGHBOURHOOD,
    CITY,
    ADMIN2,
    ADMIN1,
    COUNTRY;

    @Override
    public String toString() {
        return code();
    }
}
