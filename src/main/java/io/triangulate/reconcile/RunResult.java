package io.triangulate.reconcile;

import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Ingested;

import java.util.List;

/**
 * Everything a run produced, sorted, ready for a writer: also the analyst's overrides that matched nothing
 * (with why), the blocks whose rules failed (with the rule named), and by report id what looked like a figure or a
 * date and could not be read as one.
 */
public record RunResult(String rulesHash, Ingested ingested, List<ReconciledEvent> events, List<Unassigned> unassigned,
                        List<String> overridesNotApplied, List<String> ruleErrors,
                        java.util.SortedMap<String, List<io.triangulate.extract.ReadingWarning>> warnings) {
    public RunResult(String rulesHash, Ingested ingested, List<ReconciledEvent> events, List<Unassigned> unassigned,
                     List<String> overridesNotApplied, List<String> ruleErrors) {
        this(rulesHash, ingested, events, unassigned, overridesNotApplied, ruleErrors, new java.util.TreeMap<>());
    }
}
