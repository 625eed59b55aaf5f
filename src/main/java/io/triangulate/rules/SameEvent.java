package io.triangulate.rules;

/** The rules' conclusion that two mentions are one event ({@code first} before {@code second} by id), and the rule. */
public record SameEvent(String first, String second, String rule) {
    /** The pair in id order, whichever way round the rule matched it. */
    public static SameEvent of(String a, String b, String rule) {
        return a.compareTo(b) < 0 ? new SameEvent(a, b, rule) : new SameEvent(b, a, rule);
    }
}
