package io.triangulate.output;

import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Rejected;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.reconcile.EventFlag;

import java.util.List;

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
            groups(b, e, "killed");
            figure(b, "Injured", e.casualties().injured());
            groups(b, e, "injured");
            figure(b, "Killed/inj.", e.casualties().killedOrInjured());
            groups(b, e, "killed_or_injured");
            if (!e.targets().isEmpty()) b.append("  Targets:     ").append(String.join(", ", e.targets())).append('\n');
            b.append("  Confidence:  ").append(e.confidence().level()).append('\n');
            for (String n : e.confidence().notes()) b.append("    - ").append(n).append('\n');
            for (EventFlag f : e.flags()) {
                b.append("  ! ").append(f.code()).append(" [").append(f.severity()).append("] ").append(f.note()).append('\n');
            }
            for (String o : e.overrides()) b.append("  * override: ").append(o).append('\n');
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
        if (!run.warnings().isEmpty()) {
            b.append("\nNot read (what looked like a figure or a date and cannot be one)\n");
            run.warnings().forEach((report, ws) -> ws.forEach(w -> b.append("  ").append(report).append(" @").append(w.start())
                    .append(": \"").append(w.text()).append("\": ").append(w.warning()).append('\n')));
        }
        if (!run.overridesNotApplied().isEmpty()) {
            b.append("\nOverrides not applied\n");
            for (String o : run.overridesNotApplied()) b.append("  ").append(o).append('\n');
        }
        if (!run.ruleErrors().isEmpty()) {
            b.append("\nRule errors (these blocks' mentions are unassigned; the other blocks ran)\n");
            for (String o : run.ruleErrors()) b.append("  ").append(o).append('\n');
        }
        return b.toString();
    }

    /** The trace of one event, in words: what the rules decided and from which facts. */
    public static String explain(ReconciledEvent e) {
        StringBuilder b = new StringBuilder();
        b.append("Event ").append(e.id()).append(": ").append(e.place().name()).append(", ")
                .append(e.date().value() != null ? e.date().value().toString() : e.date().weekday() != null ? e.date().weekday().toString() : "undated")
                .append('\n');
        b.append("Reports: ").append(String.join(", ", e.reports())).append("\n\n");
        b.append("Perpetrator: ").append(e.perpetrator().name() == null ? "unknown" : e.perpetrator().name()).append(" (")
                .append(e.perpetrator().status()).append(") — rule \"").append(e.perpetrator().rule()).append("\", claims ")
                .append(e.perpetrator().claims()).append('\n');
        basis(b, "Killed", e.casualties().killed());
        basis(b, "Injured", e.casualties().injured());
        basis(b, "Killed or injured", e.casualties().killedOrInjured());
        b.append("Confidence: ").append(e.confidence().level()).append(" — rules ").append(e.confidence().rules()).append('\n');
        for (EventFlag f : e.flags()) {
            b.append(f.code()).append(" — rule \"").append(f.rule()).append("\", claims ").append(f.claims()).append(", reports ")
                    .append(f.reports()).append(": ").append(f.note()).append('\n');
        }
        for (String o : e.overrides()) b.append("Override: ").append(o).append('\n');
        b.append("\nRules that fired about this event, in order, with the facts each matched:\n");
        for (String t : e.trace()) b.append("  ").append(t).append('\n');
        return b.toString();
    }

    private static void basis(StringBuilder b, String label, Figure f) {
        if (f.low() == null) return;
        b.append(label).append(": low ").append(n(f.low())).append(", best ").append(n(f.best())).append(", high ").append(f.highText())
                .append(" — ").append(f.rule()).append(", claims ").append(f.claims()).append('\n');
    }

    private static void figure(StringBuilder b, String label, Figure f) {
        if (f.low() == null && f.best() == null && f.high() == null) return;
        b.append(String.format("  %-12s low %s, best %s, high %s%n", label + ":", n(f.low()), n(f.best()), f.highText()));
    }

    /** The count per victim group under its total, when the total adds up more than one group ("of which attackers 8"). */
    private static void groups(StringBuilder b, ReconciledEvent e, String kind) {
        List<String> parts = byGroup(e, kind);
        if (!parts.isEmpty()) b.append("               of which ").append(String.join("; ", parts)).append('\n');
    }

    /** "military 7/8/8+", "attackers 8/8/8": each victim group's low/best/high, when there are several or the one is named. */
    static List<String> byGroup(ReconciledEvent e, String kind) {
        List<io.triangulate.reconcile.CasualtyFigures.VictimFigure> of = e.casualties().byVictims().stream()
                .filter(v -> v.kind().equals(kind) && v.figure().low() != null).toList();
        if (of.isEmpty() || of.size() == 1 && of.get(0).victims().equals("unknown")) return List.of();
        return of.stream().map(v -> v.victims().replace('_', ' ') + " " + v.figure().low() + "/" + v.figure().best() + "/"
                + v.figure().highText()).toList();
    }

    private static String n(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
