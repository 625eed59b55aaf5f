package io.triangulate.extract;

/** A report names a place for the event. */
public record PlaceClaim(String id, Place place, Provenance source) implements Claim {
    @Override
    public String kind() { return "place"; }

    @Override
    public String value() { return place.name(); }
}
