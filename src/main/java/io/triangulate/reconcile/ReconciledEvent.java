package io.triangulate.reconcile;

import io.triangulate.extract.Claim;
import io.triangulate.extract.Place;
import io.triangulate.rules.Flag;

import java.util.List;

/** One event: the mentions the rules decided are one happening, reconciled. */
public record ReconciledEvent(String id, List<String> reports, List<String> mentions, int independentSources,
                              List<String> speakers, Place place, EventDateRange date, Perpetrator perpetrator,
                              List<String> targets, CasualtyFigures casualties, List<Flag> flags, Confidence confidence,
                              List<String> overrides, List<Claim> claims) {}
