package io.triangulate.output;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.DateClaim;
import io.triangulate.extract.PlaceClaim;
import io.triangulate.extract.ResponsibilityClaim;
import io.triangulate.extract.TargetClaim;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.Rejected;
import io.triangulate.events.Unassigned;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One self-contained HTML file (inline CSS, no scripts, nothing fetched): per event a header, a claim matrix
 * (a column per report, each cell coloured by agreement with the reconciled value), a casualty chart in
 * inline SVG, the flags with their rules, and the source sentences with the claim's words highlighted.
 * Rendered with a compiled JTE template (src/main/jte/report.jte), which escapes every value it prints.
 */
public final class HtmlReport {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    static final int CHART_WIDTH = 640;
    private static final int CHART_LEFT = 190;
    private static final int CHART_RIGHT = 30;
    private static final int BAR = 16;
    private static final int GAP = 8;

    private HtmlReport() {}

    public static String write(RunResult run) {
        StringOutput out = new StringOutput();
        ENGINE.render("report.jte", view(run), out);
        return out.toString();
    }

    static HtmlView view(RunResult run) {
        Map<String, Report> reports = new LinkedHashMap<>();
        for (Report r : run.ingested().reports()) reports.put(r.id(), r);
        List<HtmlView.Event> events = new ArrayList<>();
        for (ReconciledEvent e : run.events()) events.add(event(e, reports));
        List<String> unassigned = new ArrayList<>();
        for (Unassigned u : run.unassigned()) unassigned.add((u.mention() == null ? u.report() : u.mention()) + ": " + u.reason());
        List<String> rejected = new ArrayList<>();
        for (Rejected r : run.ingested().rejected()) rejected.add(r.input() + (r.line() == null ? "" : ":" + r.line()) + ": " + r.error());
        String summary = run.ingested().reports().size() + " reports: " + run.events().size() + " events, " + run.unassigned().size()
                + " unassigned, " + run.ingested().rejected().size() + " rejected";
        return new HtmlView("Triangulate report", summary, events, unassigned, rejected, run.overridesNotApplied(), run.ruleErrors());
    }

    private static HtmlView.Event event(ReconciledEvent e, Map<String, Report> reports) {
        List<HtmlView.Column> columns = new ArrayList<>();
        for (String id : e.reports()) {
            Report r = reports.get(id);
            columns.add(new HtmlView.Column(id, r == null ? null : r.source(), r == null ? null : r.published(), r == null ? null : safeUrl(r.url())));
        }
        List<HtmlView.Row> rows = List.of(
                row("Place", e, c -> c instanceof PlaceClaim, c -> ((PlaceClaim) c).place().name(),
                        c -> e.place().contains(((PlaceClaim) c).place()) || ((PlaceClaim) c).place().contains(e.place())),
                row("Date", e, c -> c instanceof DateClaim, c -> ((DateClaim) c).date().describe()
                        + (((DateClaim) c).timeOfDay() == null ? "" : " (" + ((DateClaim) c).timeOfDay() + ")"), c -> sameDate(e, (DateClaim) c)),
                row("Perpetrator", e, c -> c instanceof ResponsibilityClaim, c -> c.value() + " (" + ((ResponsibilityClaim) c).stance() + ")",
                        c -> e.perpetrator().name() != null && e.perpetrator().name().contains(c.value())),
                row("Killed", e, c -> c instanceof CasualtyClaim cc && cc.kind().equals("killed"), c -> figureText((CasualtyClaim) c),
                        c -> agrees((CasualtyClaim) c, e, e.casualties().killed())),
                row("Injured", e, c -> c instanceof CasualtyClaim cc && cc.kind().equals("injured"), c -> figureText((CasualtyClaim) c),
                        c -> agrees((CasualtyClaim) c, e, e.casualties().injured())),
                row("Targets", e, c -> c instanceof TargetClaim, Claim::value, c -> false));
        List<HtmlView.Flag> flags = e.flags().stream().map(f -> new HtmlView.Flag(f.code().code(), f.severity().code(), f.note(), f.rule())).toList();
        List<HtmlView.Quote> quotes = new ArrayList<>();
        for (Claim c : e.claims()) {
            if (c instanceof PlaceClaim || c instanceof DateClaim) continue;
            String text = c.source().text();
            int ws = c.source().wordStart();
            int we = c.source().wordEnd();
            boolean marked = ws >= 0 && we <= text.length() && ws < we;
            quotes.add(new HtmlView.Quote(c.source().report(), c.id() + " " + c.kind() + (c.source().attributedTo() == null ? "" : " — " + c.source().attributedTo()),
                    marked ? text.substring(0, ws) : text, marked ? text.substring(ws, we) : "", marked ? text.substring(we) : ""));
        }
        String date = e.date().value() != null ? e.date().value().toString() : e.date().start() != null ? e.date().start() + " – " + e.date().end()
                : e.date().weekday() != null ? e.date().weekday().toString() : "unknown";
        return new HtmlView.Event(e.id(), e.place().name() + (e.place().country() == null || e.place().precision().equals("country") ? "" : ", " + e.place().country()),
                e.place().precision(), date, e.date().precision(), e.perpetrator().name() == null ? "unknown" : e.perpetrator().name(),
                e.perpetrator().status(), sayings(e), e.confidence().level(), e.confidence().notes(), flags, columns, rows,
                charts(e), quotes, e.overrides());
    }

    /** Who says what about the perpetrator, leaving out the perpetrator's own claim when that is all the header says. */
    private static List<String> sayings(ReconciledEvent e) {
        String name = e.perpetrator().name();
        String self = name + " (" + e.perpetrator().status() + " by " + name + ")";
        return e.perpetrator().claimants().stream().filter(c -> !c.equals(self)).toList();
    }

    private static HtmlView.Row row(String label, ReconciledEvent e, Predicate<Claim> kind, Function<Claim, String> text, Predicate<Claim> agrees) {
        List<HtmlView.Cell> cells = new ArrayList<>();
        for (String report : e.reports()) {
            List<Claim> mine = e.claims().stream().filter(c -> c.source().report().equals(report)).filter(kind).toList();
            if (mine.isEmpty()) {
                cells.add(new HtmlView.Cell("—", "none"));
                continue;
            }
            List<String> texts = mine.stream().map(text).distinct().toList();
            boolean agree = label.equals("Targets") ? false : mine.stream().allMatch(agrees);
            cells.add(new HtmlView.Cell(String.join("; ", texts), label.equals("Targets") ? "none" : agree ? "agree" : "differ"));
        }
        return new HtmlView.Row(label, cells);
    }

    private static boolean sameDate(ReconciledEvent e, DateClaim d) {
        if (e.date().value() != null && d.date().value() != null) return e.date().value().equals(d.date().value());
        return e.date().weekday() != null && e.date().weekday() == d.date().weekday();
    }

    static String interval(CasualtyClaim c) {
        if (c.qualitative()) return "losses, no figure";
        if (c.high() == null) return "≥ " + c.low();
        return c.low().equals(c.high()) ? String.valueOf(c.low()) : c.low() + "–" + c.high();
    }

    /** "7 military", "≥ 8 military": the figure and whose. */
    private static String figureText(CasualtyClaim c) {
        return interval(c) + (c.victims().equals("unknown") ? "" : " " + c.victims().replace('_', ' '));
    }

    /** A figure agrees when it overlaps what the rules reconciled for its victim group, else for the total. */
    private static boolean agrees(CasualtyClaim c, ReconciledEvent e, Figure total) {
        Figure group = e.casualties().of(c.kind(), c.victims());
        return overlaps(c, group != null ? group : total);
    }

    private static boolean overlaps(CasualtyClaim c, Figure f) {
        if (f.low() == null || c.low() == null) return false;
        int hi = f.high() == null ? Integer.MAX_VALUE : f.high();
        int chi = c.high() == null ? Integer.MAX_VALUE : c.high();
        return c.low() <= hi && f.low() <= chi;
    }

    /**
     * One chart per count and victim group that has claims, each on its own axis: the group's claims as bars labelled
     * by victim group and speaker, and the low, best and high the rules reconciled for that group drawn across them.
     */
    private static List<HtmlView.Chart> charts(ReconciledEvent e) {
        List<HtmlView.Chart> out = new ArrayList<>();
        for (String kind : List.of("killed", "injured", "killed_or_injured", "captured")) {
            java.util.TreeMap<String, List<CasualtyClaim>> byVictims = new java.util.TreeMap<>();
            for (Claim c : e.claims()) {
                if (c instanceof CasualtyClaim cc && cc.low() != null && cc.kind().equals(kind)) {
                    byVictims.computeIfAbsent(cc.victims(), v -> new ArrayList<>()).add(cc);
                }
            }
            byVictims.forEach((victims, claims) -> out.add(chart(kind, victims, claims, e.casualties().of(kind, victims))));
        }
        return out;
    }

    private static HtmlView.Chart chart(String kind, String victims, List<CasualtyClaim> claims, Figure group) {
        int max = 1;
        for (CasualtyClaim c : claims) max = Math.max(max, c.high() != null ? c.high() : c.low());
        Integer top = group == null ? null : group.high() != null ? group.high() : group.highAtLeast();
        if (top != null) max = Math.max(max, top);
        double scale = (CHART_WIDTH - CHART_LEFT - CHART_RIGHT) / (max * 1.1);
        String whose = victims.equals("unknown") ? "victims not said" : victims.replace('_', ' ');
        List<HtmlView.Bar> bars = new ArrayList<>();
        int y = 40; // room above the bars for the low, best and high labels, one line each
        for (CasualtyClaim c : claims) {
            int x0 = CHART_LEFT + (int) Math.round(c.low() * scale);
            boolean open = c.high() == null;
            int x1 = open ? CHART_WIDTH - CHART_RIGHT : CHART_LEFT + (int) Math.round(c.high() * scale);
            String speaker = c.source().attributedTo() == null ? c.source().report() : c.source().attributedTo();
            bars.add(new HtmlView.Bar(whose + ", " + speaker, y + BAR - 4, x0, y, Math.max(3, x1 - x0), BAR, open,
                    kind.equals("killed") ? "killed" : kind.equals("injured") ? "injured" : "either", c.id() + ": " + interval(c)));
            y += BAR + GAP;
        }
        List<HtmlView.Mark> marks = new ArrayList<>();
        if (group != null && group.low() != null) {
            marks.add(new HtmlView.Mark("low " + group.low(), CHART_LEFT + (int) Math.round(group.low() * scale), 12, y, "low"));
            marks.add(new HtmlView.Mark("best " + group.best(), CHART_LEFT + (int) Math.round(group.best() * scale), 23, y, "best"));
            if (top != null) marks.add(new HtmlView.Mark("high " + group.highText(), CHART_LEFT + (int) Math.round(top * scale), 34, y, "high"));
        }
        List<HtmlView.Tick> ticks = new ArrayList<>();
        int step = niceStep(max);
        for (int v = 0; v <= max * 1.1; v += step) ticks.add(new HtmlView.Tick(String.valueOf(v), CHART_LEFT + (int) Math.round(v * scale), y + 14));
        String title = Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('_', ' ') + " — " + whose;
        return new HtmlView.Chart(title, CHART_WIDTH, y + 22, bars, marks, ticks);
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};
        for (int s : steps) if (max / s <= 8) return s;
        return 10000;
    }

    /** Only http(s) links are links; "javascript:" and anything else is shown as text. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }
}
