package io.triangulate.codes;

/** How exactly a place is known (places.csv, place-aliases.csv), finest first. */
public enum Precision implements Coded {
    SITE("site"),
    NEIGHBOURHOOD("neighbourhood"),
    CITY("city"),
    ADMIN2("admin2"),
    ADMIN1("admin1"),
    COUNTRY("country");

    private final String code;

    Precision(String code) {
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
