package io.triangulate.rules;

import java.util.List;

/** Who did it, as perpetrator.drl decided: actor, status, who claims it, the claims behind it and the rule. */
public record PerpetratorVerdict(String event, String actor, io.triangulate.codes.Stance status, List<String> claimants, List<String> claims,
                                 String rule) {}
