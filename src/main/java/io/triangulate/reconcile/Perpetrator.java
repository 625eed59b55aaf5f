package io.triangulate.reconcile;

import java.util.List;

/** Who did it: name, status (claimed, attributed, suspected, disputed, denied, unknown) and who claims it. */
public record Perpetrator(String name, String status, List<String> claimants) {}
