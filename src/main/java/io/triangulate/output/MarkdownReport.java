package io.triangulate.output;

import io.triangulate.events.Unassigned;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.reconcile.EventFlag;

import java.util.List;

/** A Markdown summary: a table of events, then per event its figures, flags and notes. Report text is escaped. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String write(RunResult run) {
        StringBuilder b = new StringBuilder("# Triangulate report\n\n");
        b.append(run.ingested().reports().size()).append(" reports: ").append(run.events().size()).append(" events, ")
                .append(run.unassigned().size()).append(" unassigned, ").append(run.ingested().rejected().size()).append(" rejected.\n\n");
        b.append("| event | date | place | perpetrator | killed (low/best/high) | injured | flags | confidence |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (ReconciledEvent e : run.events()) {
            b.append("| ").append(esc(e.id())).append(" | ").append(esc(String.valueOf(EventRow.date(e)))).append(" | ")
                    .append(esc(e.place().name())).append(" | ").append(esc(e.perpetrator().name() == null ? "unknown" : e.perpetrator().name()))
                    .append(" (").append(e.perpetrator().status()).append(") | ").append(fig(e.casualties().killed())).append(" | ")
                    .append(fig(e.casualties().injured())).append(" | ")
                    .append(esc(String.join(", ", e.flags().stream().map(f -> f.code().code()).distinct().toList()))).append(" | ")
                    .append(e.confidence().level()).append(" |\n");
        }
        for (ReconciledEvent e : run.events()) {
            b.append("\n## ").append(esc(e.place().name())).append(", ").append(esc(String.valueOf(EventRow.date(e)))).append("\n\n");
            b.append("- Reports: ").append(esc(String.join(", ", e.reports()))).append('\n');
            b.append("- Independent speakers: ").append(esc(String.join(", ", e.speakers()))).append('\n');
            for (String[] count : new String[][] {{"killed", "Killed"}, {"injured", "Injured"}, {"killed_or_injured", "Killed or injured"}}) {
                List<String> parts = TextReport.byGroup(e, count[0]);
                if (!parts.isEmpty()) b.append("- ").append(count[1]).append(" by victim group (low/best/high): ").append(esc(String.join("; ", parts))).append('\n');
            }
            for (String n : e.confidence().notes()) b.append("- ").append(esc(n)).append('\n');
            for (EventFlag f : e.flags()) b.append("- **").append(f.code()).append("** (").append(f.severity()).append("): ").append(esc(f.note())).append('\n');
            for (String o : e.overrides()) b.append("- Override: ").append(esc(o)).append('\n');
        }
        if (!run.unassigned().isEmpty()) {
            b.append("\n## Unassigned\n\n");
            for (Unassigned u : run.unassigned()) b.append("- ").append(esc(u.report())).append(": ").append(esc(u.reason())).append('\n');
        }
        return b.toString();
    }

    private static String fig(Figure f) {
        return f.low() == null ? "–" : f.low() + "/" + f.best() + "/" + f.highText();
    }

    /** Markdown and HTML special characters in report text become literal ones. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                case '|', '\\', '*', '_', '`', '[', ']', '#' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
