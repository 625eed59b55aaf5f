package io.triangulate.reconcile;

import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Ingested;

import java.util.List;

/** Everything a run produced, sorted, ready for a writer. */
public record RunResult(String rulesHash, Ingested ingested, List<ReconciledEvent> events, List<Unassigned> unassigned) {}
