package io.triangulate.extract;

/** A report dates the event; {@code expression} is the words it used. */
public record DateClaim(String id, EventDate date, String expression, Provenance source) implements Claim {
    @Override
    public String kind() { return "date"; }

    @Override
    public String value() { return date.describe(); }
}
