package io.triangulate.extract;

/**
 * A casualty figure as an interval: {@code high} null when open-ended ("more than 30"), both null for a
 * qualitative claim ("heavy losses"), both 0 for a negated one ("no casualties were reported").
 * {@code hit}: a killed-or-injured count of people hit ("four people were shot"), as opposed to a count of
 * casualties ("40 casualties"): those hit and not reported killed were wounded.
 * {@code onePerson}: one person named without a number ("a man was shot", "the girl died"): the report says of
 * that person, and does not say nobody else was hit.
 * {@code revision} / {@code earlier}: its sentence says the toll rose ("rose to 59") / came first ("initially"), by
 * the report's language's toll words; the rules read them to tell a revision from a conflict.
 */
public record CasualtyClaim(String id, String kind, Integer low, Integer high, String victims, String qualifier,
                            Provenance source, boolean hit, boolean onePerson, boolean revision, boolean earlier) implements Claim {
    public CasualtyClaim(String id, String kind, Integer low, Integer high, String victims, String qualifier, Provenance source) {
        this(id, kind, low, high, victims, qualifier, source, false, false);
    }

    public CasualtyClaim(String id, String kind, Integer low, Integer high, String victims, String qualifier, Provenance source, boolean hit) {
        this(id, kind, low, high, victims, qualifier, source, hit, false);
    }

    public CasualtyClaim(String id, String kind, Integer low, Integer high, String victims, String qualifier, Provenance source, boolean hit,
                         boolean onePerson) {
        this(id, kind, low, high, victims, qualifier, source, hit, onePerson, false, false);
    }

    @Override
    public String value() { return null; }

    public boolean negated() { return "negated".equals(qualifier); }

    public boolean qualitative() { return "qualitative".equals(qualifier); }
}
