package io.triangulate.extract;

/** What was attacked. */
public record TargetClaim(String id, String target, Provenance source) implements Claim {
    @Override
    public String kind() { return "target"; }

    @Override
    public String value() { return target; }
}
