package io.triangulate.reconcile;

import java.util.List;

/**
 * Who did it: name, status (claimed, attributed, suspected, disputed, denied, unknown), the competing claims
 * with who makes them, and the rule and claim ids behind the verdict.
 */
public record Perpetrator(String name, String status, List<String> claimants, String rule, List<String> claims) {}
