package io.triangulate.extract;

/**
 * Who did it: the actor and the stance — {@code claimed} (the actor says so), {@code attributed}
 * (others name it), {@code suspected}, {@code denied}. Claimed and denied are kind "responsibility";
 * attributed and suspected are kind "perpetrator".
 */
public record ResponsibilityClaim(String id, String actor, String stance, Provenance source) implements Claim {
    @Override
    public String kind() {
        return stance.equals("claimed") || stance.equals("denied") ? "responsibility" : "perpetrator";
    }

    @Override
    public String value() { return actor; }
}
