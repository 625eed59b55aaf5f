package io.triangulate.output;

import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Rejected;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.Flag;

/** A readable summary per event, for a person at a terminal. */
public final class TextReport {
    private TextReport() {}

    public static String write(RunResult run) {
        StringBuilder b = new StringBuilder();
        var in = run.ingested();
        b.append(String.format("%d reports from %d files (%d skipped): %d events, %d unassigned, %d rejected%n",
                in.reports().size(), in.files(), in.skipped(), run.events().size(), run.unassigned().size(), in.rejected().size()));
        for (ReconciledEvent e : run.events()) {
            b.append('\n').append("Event ").append(e.id()).append('\n');
            b.append("  Place:       ").append(e.place().name()).append(e.place().country() == null || e.place().precision().equals("country") ? "" : ", " + e.place().country())
                    .append(" (").append(e.place().precision()).append(")\n");
            String date = e.date().value() != null ? e.date().value().toString() : e.date().weekday() != null ? e.date().weekday().toString() : "unknown";
            b.append("  Date:        ").append(date).append(" (").append(e.date().precision()).append(")\n");
            b.append("  Perpetrator: ").append(e.perpetrator().name() == null ? "unknown" : e.perpetrator().name())
                    .append(" (").append(e.perpetrator().status()).append(")\n");
            b.append("  Reports:     ").append(String.join(", ", e.reports())).append(" — ").append(e.independentSources()).append(" independent speakers\n");
            figure(b, "Killed", e.casualties().killed());
            figure(b, "Injured", e.casualties().injured());
            figure(b, "Killed/inj.", e.casualties().killedOrInjured());
            if (!e.targets().isEmpty()) b.append("  Targets:     ").append(String.join(", ", e.targets())).append('\n');
            b.append("  Confidence:  ").append(e.confidence().level()).append('\n');
            for (String n : e.confidence().notes()) b.append("    - ").append(n).append('\n');
            for (Flag f : e.flags()) {
                b.append("  ! ").append(f.code()).append(" [").append(f.severity()).append("] ").append(f.note()).append('\n');
            }
        }
        if (!run.unassigned().isEmpty()) {
            b.append("\nUnassigned\n");
            for (Unassigned u : run.unassigned()) {
                b.append("  ").append(u.mention() == null ? u.report() : u.mention()).append(": ").append(u.reason()).append('\n');
            }
        }
        if (!in.rejected().isEmpty()) {
            b.append("\nRejected\n");
            for (Rejected r : in.rejected()) {
                b.append("  ").append(r.input()).append(r.line() == null ? "" : ":" + r.line()).append(": ").append(r.error()).append('\n');
            }
        }
        return b.toString();
    }

    private static void figure(StringBuilder b, String label, Figure f) {
        if (f.low() == null && f.best() == null && f.high() == null) return;
        b.append(String.format("  %-12s low %s, best %s, high %s%n", label + ":", n(f.low()), n(f.best()), n(f.high())));
    }

    private static String n(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
