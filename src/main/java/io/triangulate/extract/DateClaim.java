package io.triangulate.extract;

/**
 * A report dates the event; {@code expression} is the words it used; {@code timeOfDay} the time of day the
 * sentence gives ("dawn", "night", "04:00"), kept as a detail, or null.
 */
public record DateClaim(String id, EventDate date, String expression, String timeOfDay, Provenance source) implements Claim {
    @Override
    public String kind() { return "date"; }

    @Override
    public String value() { return date.describe(); }
}
