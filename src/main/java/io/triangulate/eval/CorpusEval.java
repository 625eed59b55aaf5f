package io.triangulate.eval;

import io.triangulate.eval.Corpus.Count;
import io.triangulate.eval.Corpus.Entry;
import io.triangulate.eval.Corpus.Incident;
import io.triangulate.eval.Corpus.Label;
import io.triangulate.eval.Corpus.Template;
import io.triangulate.extract.Place;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.Report;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.Progress;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs the real pipeline on the corpus and scores it, per source and part of the split:
 * <ul>
 *   <li>report level, against our labels: each labelled report is run alone (its own group) and the event
 *   holding its first mention gives what the engine reads the report as saying — killed and injured exact
 *   (low, high), place and date;</li>
 *   <li>event level, against the dataset's gold: each incident run as an analyst's group; its main event (the
 *   one holding most of its reports) against the GVA record's place and date, or each MUC template against the
 *   message's events; cohesion (all of an incident's reports in one event); conflict flags (raised exactly when
 *   two labelled reports of the incident give disjoint figures);</li>
 *   <li>pooled: every report of the source and part as one stream, grouped into events, scored with B-cubed
 *   precision, recall and F1 against the incidents.</li>
 * </ul>
 */
public final class CorpusEval {
    private final Pipeline pipeline;
    private final GoldPlace places;

    public CorpusEval(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.places = new GoldPlace(pipeline.gazetteer());
    }

    /** A figure: so many right of so many scored. */
    public record Ratio(String name, int hit, int of) {
        public double value() {
            return of == 0 ? Double.NaN : (double) hit / of;
        }
    }

    /** One disagreement with the gold, with its class (no event, no claim, wrong figure, split off, wrong place…). */
    public record Miss(String source, String metric, String id, String kind, String expected, String actual) {}

    /** B-cubed precision, recall and F1 of a pooled run's events against the incidents. */
    public record BCubed(double precision, double recall, int reports, int events, int incidents) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** The scores of one source in one part of the split. */
    public record Scores(String source, String part, int reports, int labelled, List<Ratio> ratios, BCubed pooled, List<Ratio> classes,
                         double seconds) {
        public Ratio ratio(String name) {
            return ratios.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        }
    }

    public record Result(List<Scores> scores, List<Miss> misses) {}

    /** Scores {@code sources} (null for all) in {@code part} ("tune", "test" or "all"). */
    public Result evaluate(Corpus corpus, String part, Set<String> sources) {
        Map<String, List<Report>> bySource = new TreeMap<>();
        for (Report r : corpus.ingested().reports()) {
            Entry e = corpus.entries().get(r.id());
            if (e == null || !(part.equals("all") || e.split().equals(part))) continue;
            if (sources != null && !sources.contains(e.source())) continue;
            bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(r);
        }
        List<Scores> scores = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (Map.Entry<String, List<Report>> s : bySource.entrySet()) {
            long t0 = System.nanoTime();
            scores.add(source(corpus, s.getKey(), part, s.getValue(), misses));
            Scores last = scores.remove(scores.size() - 1);
            scores.add(new Scores(last.source(), last.part(), last.reports(), last.labelled(), last.ratios(), last.pooled(), last.classes(),
                    (System.nanoTime() - t0) / 1e9));
        }
        return new Result(List.copyOf(scores), List.copyOf(misses));
    }

    private Scores source(Corpus corpus, String source, String part, List<Report> reports, List<Miss> misses) {
        List<Ratio> ratios = new ArrayList<>();
        // Report level: each labelled report alone.
        List<Report> labelled = reports.stream().filter(r -> corpus.labels().containsKey(r.id())).map(r -> r.inGroup(r.id())).toList();
        RunResult singles = run(labelled, corpus);
        Outcome single = new Outcome(singles);
        // Event level: each incident as an analyst's group.
        RunResult groups = run(reports, corpus);
        Outcome grouped = new Outcome(groups);
        // A corpus run never crashes: a report the code fails on is rejected with where it failed, and listed here.
        Set<String> failures = new TreeSet<>();
        for (RunResult run : List.of(singles, groups)) for (var r : run.ingested().rejected()) failures.add(r.error());
        for (String f : failures) misses.add(new Miss(source, "failure", "-", "code failed", "read", f));
        Map<String, List<String>> byIncident = new TreeMap<>();
        for (Report r : reports) byIncident.computeIfAbsent(corpus.entries().get(r.id()).incident(), k -> new ArrayList<>()).add(r.id());

        int[] killed = new int[2], injured = new int[2], place = new int[2], date = new int[2], killedFig = new int[2], injuredFig = new int[2];
        for (Report r : labelled) {
            Label l = corpus.labels().get(r.id());
            ReconciledEvent e = single.eventOf(r.id());
            String splitOff = grouped.splitOff(r.id(), byIncident.get(corpus.entries().get(r.id()).incident()));
            Count k = e == null ? null : count(e, "killed");
            Count i = e == null ? null : count(e, "injured");
            score(killed, l.killed(), k, e, single, r.id(), splitOff, source, "killed", misses);
            score(injured, l.injured(), i, e, single, r.id(), splitOff, source, "injured", misses);
            // The same, over the reports that state a figure (a report that states none, read as none, is easy).
            if (l.killed() != null) tally(killedFig, l.killed().equals(k));
            if (l.injured() != null) tally(injuredFig, l.injured().equals(i));
            if (l.place() != null) {
                place[1]++;
                if (e != null && places.matches(e.place(), l.place())) place[0]++;
                else misses.add(new Miss(source, "report place", r.id(), e == null ? "no event" : "wrong place", l.place().toString(),
                        e == null ? single.why(r.id()) : describe(e.place())));
            }
            if (l.date() != null) {
                date[1]++;
                LocalDate got = e == null || e.date() == null ? null : e.date().value();
                if (l.date().equals(got)) date[0]++;
                else misses.add(new Miss(source, "report date", r.id(), e == null ? "no event" : got == null ? "no day" : "wrong date",
                        l.date().toString(), e == null ? single.why(r.id()) : String.valueOf(got)));
            }
        }
        ratios.add(new Ratio("killed exact (report)", killed[0], killed[1]));
        ratios.add(new Ratio("injured exact (report)", injured[0], injured[1]));
        ratios.add(new Ratio("killed exact, stated figures", killedFig[0], killedFig[1]));
        ratios.add(new Ratio("injured exact, stated figures", injuredFig[0], injuredFig[1]));
        ratios.add(new Ratio("place (report label)", place[0], place[1]));
        ratios.add(new Ratio("date (report label)", date[0], date[1]));

        // Event level against the dataset's gold.
        int[] gPlace = new int[2], gDate = new int[2], cohesion = new int[2], conflict = new int[2];
        for (Map.Entry<String, List<String>> inc : byIncident.entrySet()) {
            Incident gold = corpus.incidents().get(inc.getKey());
            List<String> ids = inc.getValue();
            ReconciledEvent main = grouped.mainEvent(ids);
            if (gold != null && gold.place() != null) {
                gPlace[1]++;
                if (main != null && places.matches(main.place(), gold.place())) gPlace[0]++;
                else misses.add(new Miss(source, "event place", inc.getKey(), main == null ? "no event" : "wrong place",
                        gold.place().toString(), main == null ? grouped.why(ids.get(0)) : describe(main.place())));
            }
            if (gold != null && gold.date() != null) {
                gDate[1]++;
                LocalDate got = main == null || main.date() == null ? null : main.date().value();
                if (gold.date().equals(got)) gDate[0]++;
                else misses.add(new Miss(source, "event date", inc.getKey(), main == null ? "no event" : got == null ? "no day" : "wrong date",
                        gold.date().toString(), String.valueOf(got)));
            }
            if (gold != null) {
                for (Template t : gold.templates()) {
                    if (t.optional()) continue;
                    List<ReconciledEvent> events = grouped.eventsOf(ids);
                    if (!t.location().isEmpty()) {
                        gPlace[1]++;
                        ReconciledEvent at = events.stream().filter(e -> places.matches(e.place(), t.location())).findFirst().orElse(null);
                        if (at != null) gPlace[0]++;
                        else misses.add(new Miss(source, "event place", inc.getKey(), events.isEmpty() ? "no event" : "wrong place",
                                String.join(": ", t.location()), events.isEmpty() ? grouped.why(ids.get(0)) : describeAll(events)));
                    }
                    if (t.to() != null) {
                        gDate[1]++;
                        boolean hit = events.stream().anyMatch(e -> e.date() != null && e.date().value() != null
                                && (t.from() == null || !e.date().value().isBefore(t.from())) && !e.date().value().isAfter(t.to()));
                        if (hit) gDate[0]++;
                        else misses.add(new Miss(source, "event date", inc.getKey(), events.isEmpty() ? "no event" : "wrong date",
                                (t.from() == null ? "on or before " : t.from().equals(t.to()) ? "" : t.from() + " to ") + t.to(),
                                events.stream().map(e -> String.valueOf(e.date() == null ? null : e.date().value())).toList().toString()));
                    }
                }
            }
            if (ids.size() >= 2) {
                cohesion[1]++;
                Set<String> events = new TreeSet<>();
                boolean lost = false;
                for (String id : ids) {
                    ReconciledEvent e = grouped.eventOf(id);
                    if (e == null) lost = true;
                    else events.add(e.id());
                }
                if (!lost && events.size() == 1) cohesion[0]++;
                else {
                    List<String> how = new ArrayList<>();
                    for (String id : ids) {
                        ReconciledEvent e = grouped.eventOf(id);
                        how.add(shortId(id) + " → " + (e == null ? "unassigned: " + grouped.why(id) : e.id()));
                    }
                    misses.add(new Miss(source, "cohesion", inc.getKey(), "split off", ids.size() + " reports in one event", String.join("; ", how)));
                }
            }
            List<Label> ls = ids.stream().map(corpus.labels()::get).filter(java.util.Objects::nonNull).toList();
            if (ls.size() >= 2) {
                conflict[1]++;
                boolean disagree = disjoint(ls, Label::killed) || disjoint(ls, Label::injured);
                boolean flagged = main != null && main.flags().stream().anyMatch(f -> f.code() == io.triangulate.codes.FlagCode.CASUALTY_CONFLICT || f.code() == io.triangulate.codes.FlagCode.TOLL_REVISION);
                if (disagree == flagged) conflict[0]++;
                else misses.add(new Miss(source, "conflict flag", inc.getKey(), flagged ? "flag without disagreement" : "disagreement not flagged",
                        ls.stream().map(l -> "killed " + l.killed() + " injured " + l.injured()).toList().toString(),
                        main == null ? "no event" : main.flags().stream().map(f -> f.code().code()).distinct().sorted().toList().toString()));
            }
        }
        ratios.add(new Ratio("event place (dataset)", gPlace[0], gPlace[1]));
        ratios.add(new Ratio("event date (dataset)", gDate[0], gDate[1]));
        ratios.add(new Ratio("cohesion (incident groups)", cohesion[0], cohesion[1]));
        ratios.add(new Ratio("conflict flag", conflict[0], conflict[1]));
        ratios.add(new Ratio("reports read without failure", reports.size() - failures.size(), reports.size()));

        BCubed pooled = null;
        boolean incidentsHaveSeveralReports = byIncident.values().stream().anyMatch(l -> l.size() > 1);
        if (incidentsHaveSeveralReports) {
            RunResult all = run(reports.stream().map(r -> r.inGroup("pooled")).toList(), corpus);
            pooled = bcubed(new Outcome(all), byIncident);
        }
        return new Scores(source, "", reports.size(), labelled.size(), List.copyOf(ratios), pooled, classes(corpus, labelled, single, grouped, byIncident), 0);
    }

    /**
     * The real-report issue's failure classes, counted on this source: how many reports still fail each, of how many
     * it applies to (a class not measurable on a corpus — files named together — is tested by the CLI's tests).
     */
    private List<Ratio> classes(Corpus corpus, List<Report> labelled, Outcome single, Outcome grouped, Map<String, List<String>> byIncident) {
        int[] counts = new int[2], zeros = new int[2], totals = new int[2], place = new int[2], join = new int[2], date = new int[2];
        for (Report r : labelled) {
            Label l = corpus.labels().get(r.id());
            ReconciledEvent e = single.eventOf(r.id());
            Count k = e == null ? null : count(e, "killed");
            Count i = e == null ? null : count(e, "injured");
            boolean statedK = l.killed() != null && !(l.killed().low() != null && l.killed().low() == 0 && Integer.valueOf(0).equals(l.killed().high()));
            boolean statedI = l.injured() != null && !(l.injured().low() != null && l.injured().low() == 0 && Integer.valueOf(0).equals(l.injured().high()));
            if (statedK || statedI) tally(counts, (!statedK || l.killed().equals(k)) && (!statedI || l.injured().equals(i)));
            boolean zeroK = l.killed() != null && !statedK;
            boolean zeroI = l.injured() != null && !statedI;
            if (zeroK || zeroI) tally(zeros, (!zeroK || l.killed().equals(k)) && (!zeroI || l.injured().equals(i)));
            boolean huge = k != null && k.low() != null && k.low() >= 1000 && (l.killed() == null || l.killed().low() == null || l.killed().low() < 1000);
            tally(totals, !huge);
            if (l.place() != null) tally(place, e != null && places.matches(e.place(), l.place()));
            if (l.date() != null) tally(date, e != null && e.date() != null && l.date().equals(e.date().value()));
        }
        for (List<String> ids : byIncident.values()) {
            if (ids.size() < 2) continue;
            for (String id : ids) tally(join, grouped.eventOf(id) != null);
        }
        return List.of(new Ratio("1 counts by enumeration, implicit", counts[0], counts[1]),
                new Ratio("2 explicit zeros", zeros[0], zeros[1]),
                new Ratio("3 whole-conflict totals kept out", totals[0], totals[1]),
                new Ratio("4 place (dateline, spellings)", place[0], place[1]),
                new Ratio("5 reports that join an event", join[0], join[1]),
                new Ratio("6 event date vs publication", date[0], date[1]));
    }

    private RunResult run(List<Report> reports, Corpus corpus) {
        return pipeline.run(new Ingested(reports, List.of(), reports.size(), 0), Progress.NONE);
    }

    private static void tally(int[] tally, boolean hit) {
        tally[1]++;
        if (hit) tally[0]++;
    }

    private static void score(int[] tally, Count label, Count got, ReconciledEvent e, Outcome single, String id, String splitOff,
                              String source, String metric, List<Miss> misses) {
        tally[1]++;
        if (label == null ? got == null : label.equals(got)) {
            tally[0]++;
            return;
        }
        String kind;
        if (e == null) kind = "no event";
        else if (got == null) kind = "no claim";
        else kind = "wrong figure";
        String actual = e == null ? single.why(id) : got == null ? "none" : got.toString();
        if (splitOff != null) actual += " (in its group: " + splitOff + ")";
        misses.add(new Miss(source, metric + " (report)", id, kind, label == null ? "none" : label.toString(), actual));
    }

    /** The event's count of this kind; a soft zero about killed-or-injured stands for both when neither has a figure. */
    static Count count(ReconciledEvent e, String kind) {
        Figure f = kind.equals("killed") ? e.casualties().killed() : e.casualties().injured();
        if (f != null && f.low() != null) return new Count(f.low(), f.high());
        Figure either = e.casualties().killedOrInjured();
        if (either != null && either.low() != null && either.low() == 0 && either.high() != null && either.high() == 0) return new Count(0, 0);
        return null;
    }

    private static boolean disjoint(List<Label> ls, java.util.function.Function<Label, Count> of) {
        for (int i = 0; i < ls.size(); i++) {
            for (int j = i + 1; j < ls.size(); j++) {
                Count a = of.apply(ls.get(i));
                Count b = of.apply(ls.get(j));
                if (a == null || b == null || a.low() == null || b.low() == null) continue;
                if (a.high() != null && a.high() < b.low() || b.high() != null && b.high() < a.low()) return true;
            }
        }
        return false;
    }

    private static BCubed bcubed(Outcome pooled, Map<String, List<String>> byIncident) {
        Map<String, Set<String>> gold = new HashMap<>();
        for (List<String> ids : byIncident.values()) for (String id : ids) gold.put(id, new HashSet<>(ids));
        Map<String, Set<String>> cluster = new HashMap<>();
        Map<String, Set<String>> byEvent = new HashMap<>();
        for (String id : gold.keySet()) {
            ReconciledEvent e = pooled.eventOf(id);
            if (e == null) cluster.put(id, Set.of(id));
            else cluster.put(id, byEvent.computeIfAbsent(e.id(), k -> new HashSet<>()));
        }
        for (String id : gold.keySet()) {
            ReconciledEvent e = pooled.eventOf(id);
            if (e != null) byEvent.get(e.id()).add(id);
        }
        double p = 0, r = 0;
        for (String id : gold.keySet()) {
            Set<String> c = cluster.get(id);
            Set<String> g = gold.get(id);
            int both = 0;
            for (String x : c) if (g.contains(x)) both++;
            p += (double) both / c.size();
            r += (double) both / g.size();
        }
        int n = gold.size();
        return new BCubed(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n, byEvent.size(), byIncident.size());
    }

    private static String describe(Place p) {
        return p == null ? "no place" : p.name() + (p.admin1() == null ? "" : ", " + p.admin1()) + ", " + p.countryCode() + " (" + p.precision() + ")";
    }

    private static String describeAll(List<ReconciledEvent> events) {
        return events.stream().map(e -> describe(e.place())).distinct().toList().toString();
    }

    private static String shortId(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 || id.length() - slash < 9 ? id : id.substring(0, slash + 9);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }
}
