package io.triangulate.reconcile;

import io.triangulate.extract.Claim;
import io.triangulate.extract.Place;

import java.util.List;

/**
 * One event: the mentions the rules decided are one happening, reconciled. {@code overrides} are the
 * analyst's overrides applied to it; {@code trace} the rules that fired about it, in words (kept only when
 * explaining; not part of the JSON output).
 */
public record ReconciledEvent(String id, List<String> reports, List<String> mentions, int independentSources,
                              List<String> speakers, Place place, EventDateRange date, Perpetrator perpetrator,
                              List<String> targets, CasualtyFigures casualties, List<EventFlag> flags, Confidence confidence,
                              List<String> overrides, List<Claim> claims, List<String> trace) {

    /** The same event with an analyst's pinned values and the note saying so. */
    public ReconciledEvent with(Perpetrator p, CasualtyFigures c, List<String> moreOverrides) {
        List<String> all = new java.util.ArrayList<>(overrides);
        all.addAll(moreOverrides);
        return new ReconciledEvent(id, reports, mentions, independentSources, speakers, place, date, p, targets, c, flags, confidence,
                all.stream().distinct().sorted().toList(), claims, trace);
    }
}
