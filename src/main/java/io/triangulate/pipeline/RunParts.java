package io.triangulate.pipeline;

import io.triangulate.events.Unassigned;
import io.triangulate.extract.ReadingWarning;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.Reconciler;
import io.triangulate.rules.AnalystOverride;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run has gathered before it is sorted for the writers: the reports kept, the inputs rejected, the events,
 * the unassigned parts, the overrides applied, the rule errors and the reading warnings. The local run and the
 * Flink job fill it alike, in any order; {@link Pipeline#assemble} sorts it, so arrival order never shows.
 */
public final class RunParts {
    final List<Report> kept = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final List<ReconciledEvent> events = new ArrayList<>();
    final List<Unassigned> unassigned = new ArrayList<>();
    final Set<String> applied = new TreeSet<>();
    final List<String> ruleErrors = new ArrayList<>();
    final SortedMap<String, List<ReadingWarning>> warnings = new TreeMap<>();

    public void rejected(Rejected r) {
        rejected.add(r);
    }

    /** A report the analyst excluded: kept in the run, read by nothing, in {@code unassigned} with the override. */
    public void excluded(Report r, AnalystOverride o) {
        kept.add(shared(r));
        applied.add(o.where());
        unassigned.add(new Unassigned(r.id(), null, "excluded by the analyst (" + o.where() + ")" + (o.note().isEmpty() ? "" : ": " + o.note())));
    }

    /** A report read: rejected if the code failed on it, else kept with its warnings and its unassigned parts (not its mentions). */
    public void read(Pipeline.Read read) {
        if (read.rejected() != null) {
            rejected.add(read.rejected());
            return;
        }
        kept.add(shared(read.report()));
        if (!read.warnings().isEmpty()) warnings.put(read.report().id(), read.warnings());
        unassigned.addAll(read.mentions().unassigned());
    }

    /** One copy of each of the values reports repeat (their group, file, source, day, language), not one per report. */
    private final java.util.Map<String, String> values = new java.util.HashMap<>();

    /**
     * The report with its repeated values shared: a report that crossed a network (the Flink job) or was parsed from
     * its own JSON line holds its own copy of "pooled", of its file's name and so on; a million of them held until
     * the output is written are ~8 million strings.
     */
    private Report shared(Report r) {
        return new Report(r.id(), share(r.group()), share(r.input()), r.line(), share(r.source()), r.url(), share(r.published()),
                r.rating(), r.title(), r.text(), share(r.language()), share(r.languageFrom()));
    }

    private String share(String value) {
        if (value == null) return null;
        String known = values.get(value);
        if (known != null) return known;
        // Values that never repeat (publication times to the second) would only fill the map.
        if (values.size() < 100_000) values.put(value, value);
        return value;
    }

    public void unassigned(List<Unassigned> parts) {
        unassigned.addAll(parts);
    }

    /** A block reconciled: its events, its unassigned mentions, the overrides it applied and its rule error. */
    public void block(Reconciler.BlockResult r) {
        events.addAll(r.events());
        unassigned.addAll(r.unassigned());
        applied.addAll(r.applied());
        if (r.error() != null) ruleErrors.add(r.error());
    }
}
