package io.triangulate.extract;

/**
 * A casualty figure as an interval: {@code high} null when open-ended ("more than 30"), both null for a
 * qualitative claim ("heavy losses"), both 0 for a negated one ("no casualties were reported").
 */
public record CasualtyClaim(String id, String kind, Integer low, Integer high, String victims, String qualifier,
                            Provenance source) implements Claim {
    @Override
    public String value() { return null; }

    public boolean negated() { return "negated".equals(qualifier); }

    public boolean qualitative() { return "qualitative".equals(qualifier); }
}
