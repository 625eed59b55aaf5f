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
 * A record of the job's streams: a report or a reading on its way, or a part of the result on its way to the client.
 * One type for every stream keeps the operators simple and their serialisation uniform (Kryo, which knows records).
 */
sealed interface Piece {
    /** A part of the run's result, gathered by the client. */
    sealed interface Result extends Piece {
        void addTo(RunParts parts);
    }

    /** A report read from its file, before the one-per-id check. */
    record Input(Report report) implements Piece {}

    /** A file, a line or a report that could not be read, or a second report of an id. */
    record Refused(Rejected rejected) implements Result {
        public void addTo(RunParts parts) {
            parts.rejected(rejected);
        }
    }

    /** A report the analyst excluded. */
    record Excluded(Report report, AnalystOverride by) implements Result {
        public void addTo(RunParts parts) {
            parts.excluded(report, by);
        }
    }

    /** What the run keeps of a report's reading: the report, its warnings, its unassigned parts (not its mentions). */
    record Kept(Pipeline.Read read) implements Result {
        public void addTo(RunParts parts) {
            parts.read(read);
        }
    }

    /** Mentions set aside by the cut (a pooled stream's mentions with no place). */
    record SetAside(List<Unassigned> unassigned) implements Result {
        public void addTo(RunParts parts) {
            parts.unassigned(unassigned);
        }
    }

    /** A block reconciled. */
    record Reconciled(Reconciler.BlockResult result) implements Result {
        public void addTo(RunParts parts) {
            parts.block(result);
        }
    }

    /** A report's reading, with its mentions, on its way to be routed to its cut. */
    record Reading(Pipeline.Read read) implements Piece {}

    /** A group's size: its readings and their mentions (a group of many is read and cut differently). */
    record GroupSize(String group, int reads, int mentions) implements Piece {
        GroupSize plus(GroupSize o) {
            return new GroupSize(group, reads + o.reads, mentions + o.mentions);
        }
    }

    /**
     * A reading on its way to the cut it belongs to: {@code key} is "group|…" for a group cut whole, or a pooled
     * stream's division; in a division, the reading carries only the mentions of that division.
     */
    record ToCut(String key, Cut cut, Pipeline.Read read) implements Piece {}

    /**
     * How a cut is made: a group of up to {@code Blocks.WINDOW_ABOVE} readings, whose reports may be read again in
     * the group's region before it is cut whole; a larger group of few mentions, cut whole; a pooled stream's division.
     */
    enum Cut { SMALL_GROUP, GROUP, DIVISION }

    /** A block to reconcile: its key, its mentions in the local run's order, the reports they come from. */
    record Block(String key, List<EventMention> mentions, Map<String, Report> reports, boolean analystGroup) implements Piece {}
}
