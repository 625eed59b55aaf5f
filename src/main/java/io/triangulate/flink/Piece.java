package io.triangulate.flink;

import io.triangulate.events.EventMention;
import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.RunParts;
import io.triangulate.reconcile.Reconciler;
import io.triangulate.rules.AnalystOverride;

import java.util.List;
import java.util.Map;

/**
 * One record of the job's streams: a report on its way, or a part of the result on its way to the client. One
 * type for every stream keeps the job's operators simple and their serialisation uniform (Kryo, for records).
 * Exactly one of the fields after {@code kind} is set, as the kind says.
 */
record Piece(Kind kind, Report report, Rejected rejected, AnalystOverride exclusion, Pipeline.Read read,
             List<Unassigned> unassigned, Block block, Reconciler.BlockResult result) {

    enum Kind { REPORT, REJECTED, EXCLUDED, READ, UNASSIGNED, BLOCK, RESULT }

    /** A block to reconcile: its key, its mentions in the local run's order, the reports they come from. */
    record Block(String key, List<EventMention> mentions, Map<String, Report> reports, boolean analystGroup) {}

    static Piece report(Report r) {
        return new Piece(Kind.REPORT, r, null, null, null, null, null, null);
    }

    static Piece rejected(Rejected r) {
        return new Piece(Kind.REJECTED, null, r, null, null, null, null, null);
    }

    static Piece excluded(Report r, AnalystOverride o) {
        return new Piece(Kind.EXCLUDED, r, null, o, null, null, null, null);
    }

    static Piece read(Pipeline.Read r) {
        return new Piece(Kind.READ, null, null, null, r, null, null, null);
    }

    static Piece unassigned(List<Unassigned> u) {
        return new Piece(Kind.UNASSIGNED, null, null, null, null, List.copyOf(u), null, null);
    }

    static Piece block(Block b) {
        return new Piece(Kind.BLOCK, null, null, null, null, null, b, null);
    }

    static Piece result(Reconciler.BlockResult r) {
        return new Piece(Kind.RESULT, null, null, null, null, null, null, r);
    }

    /** Adds a part of the result to what the run has gathered. */
    void addTo(RunParts parts) {
        switch (kind) {
            case REJECTED -> parts.rejected(rejected);
            case EXCLUDED -> parts.excluded(report, exclusion);
            case READ -> parts.read(read);
            case UNASSIGNED -> parts.unassigned(unassigned);
            case RESULT -> parts.block(result);
            case REPORT, BLOCK -> throw new IllegalStateException("a " + kind + " is not a part of the result");
        }
    }
}
