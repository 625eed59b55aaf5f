package io.triangulate.extract;

/** One thing a report asserts, traced to its sentence. */
public sealed interface Claim permits CasualtyClaim, PlaceClaim, DateClaim, ResponsibilityClaim, TargetClaim {
    String id();

    Provenance source();

    /** The contract's claim kind: killed, injured, killed_or_injured, captured, place, date, perpetrator, target, responsibility. */
    String kind();

    /** The claim's value as a string, for non-count claims; null for counts. */
    String value();
}
