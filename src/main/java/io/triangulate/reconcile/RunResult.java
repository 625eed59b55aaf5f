package io.triangulate.reconcile;

import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Ingested;

import java.util.List;

/**
 * Everything a run produced, sorted, ready for a writer: also the analyst's overrides that matched nothing
 * (with why) and the blocks whose rules failed (with the rule named).
 */
public record RunResult(String rulesHash, Ingested ingested, List<ReconciledEvent> events, List<Unassigned> unassigned,
                        List<String> overridesNotApplied, List<String> ruleErrors) {}
