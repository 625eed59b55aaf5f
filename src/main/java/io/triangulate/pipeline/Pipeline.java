package io.triangulate.pipeline;

import io.triangulate.events.Blocks;
import io.triangulate.events.EventMention;
import io.triangulate.events.MentionSplitter;
import io.triangulate.events.Mentions;
import io.triangulate.events.Unassigned;
import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.ClaimExtractors;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.ReadingWarning;
import io.triangulate.extract.Region;
import io.triangulate.extract.ReportClaims;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.lexicon.PolicyTables;
import io.triangulate.lexicon.TableException;
import io.triangulate.reconcile.OverridePins;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.Reconciler;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.AnalystOverride;
import io.triangulate.rules.MatchPolicy;
import io.triangulate.rules.Overrides;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * The whole pipeline, wired in one place: ingest → text → extract → events → blocks → rules → reconcile.
 * The rule base, tables and gazetteer are loaded when the pipeline is made, so a rules error stops the run
 * before anything is read or written. Each stage is a method of its own, so that the CLI, {@code eval},
 * {@code bench} and a distributed job all enter here and none wires stages by hand.
 */
public final class Pipeline {
    private final PipelineOptions options;
    private final RuleBase rules;
    private final Lexicons lexicons;
    private final Gazetteer gazetteer;
    private final List<AnalystOverride> overrides;
    /** The exclusions by report id (of two rows excluding one report, the later is the one applied). */
    private final Map<String, AnalystOverride> exclusions = new java.util.HashMap<>();

    private Pipeline(PipelineOptions options, RuleBase rules, Lexicons lexicons, Gazetteer gazetteer, List<AnalystOverride> overrides) {
        this.options = options;
        this.rules = rules;
        this.lexicons = lexicons;
        this.gazetteer = gazetteer;
        this.overrides = overrides;
        for (AnalystOverride o : overrides) if (o.action().equals("exclude")) exclusions.put(o.report(), o);
    }

    /** Loads the tables, the gazetteer, the overrides and the rule base; a {@link RulesException} lists every error. */
    public static Pipeline load(PipelineOptions options) {
        // The rule base loads on a second thread while the tables and the gazetteer load here: on two cores a
        // run's start-up is the longer of the two, not their sum (BENCHMARKS.md, "Start-up").
        java.util.concurrent.FutureTask<RuleBase> rules = Workers.inBackground("triangulate-rules-load", () -> RuleBase.load(options.rules(), options.cache()));
        // So do the language profiles, which most inputs need (reports seldom state their language).
        Workers.inBackground("triangulate-language-profiles", io.triangulate.text.LanguageDetector::get);
        Lexicons lex;
        Gazetteer gaz;
        List<AnalystOverride> overrides;
        try {
            lex = Lexicons.load(options.rules());
            gaz = Gazetteer.withCurated(lex.shared(), options.gazetteer(), options.cache());
            overrides = overrides(options);
        } catch (TableException e) {
            throw new RulesException(RuleError.of(e));
        }
        return new Pipeline(options, Workers.result(rules), lex, gaz, overrides);
    }

    /**
     * The same pipeline with other options: what they leave unchanged (rules folder, cache, gazetteer) is shared,
     * not loaded again — a sample case's own overrides table, another thread count, explaining.
     */
    public Pipeline with(PipelineOptions other) {
        if (!Objects.equals(other.rules(), options.rules()) || !Objects.equals(other.cache(), options.cache())
                || !Objects.equals(other.gazetteer(), options.gazetteer())) {
            return load(other);
        }
        boolean sameOverrides = Objects.equals(other.overrides(), options.overrides()) && other.overridesName().equals(options.overridesName());
        return new Pipeline(other, rules, lexicons, gazetteer, sameOverrides ? overrides : overrides(other));
    }

    private static List<AnalystOverride> overrides(PipelineOptions options) {
        Path table = options.overridesTable();
        if (options.overrides() != null && !Files.isRegularFile(table)) {
            throw new RulesException(List.of(new RuleError(table.toString(), 0, 0, "overrides file not found")));
        }
        try {
            return Overrides.load(table, options.overridesName());
        } catch (TableException e) {
            throw new RulesException(RuleError.of(e));
        }
    }

    public PipelineOptions options() {
        return options;
    }

    /** The compiled rule base (tests drive single rules through it). */
    public RuleBase ruleBase() {
        return rules;
    }

    public String rulesHash() {
        return rules.hash();
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    // ------------------------------------------------------------------------------------------------ stages

    /** Stage 1: input paths to reports, and the inputs that could not be read. */
    public Ingested ingest(List<Path> inputs) {
        return new ReportReader().read(inputs);
    }

    /** What reading one report gave: its mentions and unassigned parts, or, if the code failed on it, why. */
    public record Read(Report report, Mentions mentions, Region region, Rejected rejected, List<ReadingWarning> warnings) {
        Read(Report report, Mentions mentions, Region region, Rejected rejected) {
            this(report, mentions, region, rejected, List.of());
        }

        /** The same reading with only {@code some} of its mentions (a distributed cut sends each division its own). */
        public Read withMentions(List<EventMention> some) {
            return new Read(report, new Mentions(List.copyOf(some), mentions.unassigned()), region, rejected, warnings);
        }

        /**
         * What the run's result needs of it, sent apart from the rest (a distributed run): the report without its
         * text (no output prints it), its warnings and unassigned parts, not its mentions.
         */
        public Read forResult() {
            return new Read(report.withoutText(), mentions == null ? null : new Mentions(List.of(), mentions.unassigned()), region, rejected, warnings);
        }
    }

    /**
     * Stages 2–4 for one report: clean and split its text, extract its claims, split them into event mentions.
     * A report on which the code fails is rejected with the exception and where it was thrown; the others go on.
     */
    public Read read(Report report) {
        return read(report, Region.NONE);
    }

    /** {@code group}: the region the report's analyst group names, for a report that names no division itself. */
    public Read read(Report report, Region group) {
        return read(report, group, new StageTimes());
    }

    private Read read(Report report, Region group, StageTimes times) {
        try {
            long t = System.nanoTime();
            report = extractors().withLanguage(report);
            ClaimExtractor extractor = extractors().of(report.language());
            if (extractor == null) {
                // Read without its grammar, a report would give numbers without their meaning: the analyst is told instead.
                return new Read(report, new Mentions(List.of(), List.of(new Unassigned(report.id(), null,
                        "language " + report.language() + ": no tables"))), Region.NONE, null);
            }
            io.triangulate.text.CleanText text = extractors().sentences(report.language()).split(report.text());
            t = times.since(StageTimes.Stage.CLEAN, t);
            ReportClaims claims = extractor.extract(report, text, group);
            t = times.since(StageTimes.Stage.EXTRACT, t);
            Mentions mentions = splitter().split(claims);
            times.since(StageTimes.Stage.SPLIT, t);
            return new Read(report, mentions, claims.region(), null, claims.warnings());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Read(report, null, Region.NONE, Rejected.failed(report.input(), report.line(), "reading report '" + report.id() + "'", e));
        } catch (OutOfMemoryError e) {
            // The run cannot go on; the analyst learns which report it was reading (exit 4).
            OutOfMemoryError named = new OutOfMemoryError("out of memory while reading report '" + report.id() + "' (" + report.input() + ")");
            named.initCause(e);
            throw named;
        }
    }

    /**
     * An analyst's group tells one story: a report in it that names no state or province of its own is read again
     * in the division its other reports name ("Clearwater" beside reports that say South Carolina). Groups the
     * size of a pooled stream are left as they are.
     */
    public List<Read> inGroupRegions(List<Read> reads) {
        ExecutorService pool = Workers.pool(1);
        try {
            return inGroupRegions(reads, pool, new StageTimes());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Read> inGroupRegions(List<Read> reads, ExecutorService pool, StageTimes times) {
        Map<String, List<Read>> byGroup = new TreeMap<>();
        for (Read r : reads) if (r.rejected() == null) byGroup.computeIfAbsent(r.report().group(), k -> new ArrayList<>()).add(r);
        Map<String, Region> regions = new TreeMap<>();
        byGroup.forEach((g, rs) -> {
            if (rs.size() < 2 || rs.size() > Blocks.WINDOW_ABOVE) return;
            Region region = Region.ofGroup(rs.stream().sorted(Comparator.comparing((Read r) -> r.report().id())).map(Read::region).toList());
            if (!region.isEmpty()) regions.put(g, region);
        });
        List<Callable<Read>> again = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            Region region = r.rejected() == null && r.region().isEmpty() ? regions.get(r.report().group()) : null;
            if (region == null) continue;
            at.add(i);
            again.add(() -> read(r.report(), region, times));
        }
        if (again.isEmpty()) return reads;
        List<Read> out = new ArrayList<>(reads);
        List<Read> reread = Workers.all(pool, again);
        for (int k = 0; k < at.size(); k++) out.set(at.get(k), reread.get(k));
        return out;
    }

    private ClaimExtractors extractors;
    private MentionSplitter splitter;

    private synchronized ClaimExtractors extractors() {
        if (extractors == null) extractors = new ClaimExtractors(lexicons, gazetteer);
        return extractors;
    }

    private synchronized MentionSplitter splitter() {
        if (splitter == null) splitter = new MentionSplitter(gazetteer);
        return splitter;
    }

    /** The date tolerances and the policy tables' numbers, as the rules see them. */
    public MatchPolicy matchPolicy() {
        Integer dayTol = lexicons.shared().dateTolerance().get("day");
        Integer wdTol = lexicons.shared().dateTolerance().get("weekday");
        Integer groupDays = lexicons.shared().dateTolerance().get("analyst_group_days");
        Integer groupKm = lexicons.shared().dateTolerance().get("analyst_group_km");
        PolicyTables tables = lexicons.shared().policy();
        Integer largest = tables.figureBounds().get("one_event");
        Map<String, Double> severity = tables.conflictSeverity();
        int day = dayTol == null ? 1 : dayTol;
        return new MatchPolicy(day, wdTol == null ? 0 : wdTol, groupDays == null ? day : groupDays, groupKm == null ? 0 : groupKm,
                largest == null ? MatchPolicy.DEFAULT_LARGEST_FIGURE : largest, severity.getOrDefault("high_ratio", 3.0),
                severity.getOrDefault("medium_ratio", 1.5), severity.getOrDefault("high_against_zero", 10.0),
                tables.victimsComparedAs(), tables.figureTiers().getOrDefault("vague_firm_from_rating", 3), tables.reliabilityRank(),
                tables.defaultLevel());
    }

    /** Stage 5: the blocks the rules compare mentions in (an analyst's group, or a pooled stream's country × division × date window). */
    public Blocks.Cut blocks(List<EventMention> mentions, Map<String, Report> reports) {
        return Blocks.cut(mentions, matchPolicy().dayTolerance(), id -> reports.containsKey(id) ? reports.get(id).publishedDate() : null);
    }

    /** Runs every stage on the input paths. */
    public RunResult run(List<Path> inputs) {
        return run(ingest(inputs), Progress.NONE);
    }

    /** Runs every stage on the input paths, telling {@code progress} of each report read and each block reconciled. */
    public RunResult run(List<Path> inputs, Progress progress) {
        return run(ingest(inputs), progress);
    }

    /** Runs stages 2–7 on reports already read (an evaluation regroups one corpus several ways). */
    public RunResult run(Ingested in, Progress progress) {
        return run(in, progress, new StageTimes());
    }

    /** The same, adding the time each stage takes to {@code times} (the benchmark's figures). */
    public RunResult run(Ingested in, Progress progress, StageTimes times) {
        RunParts parts = new RunParts();
        in.rejected().forEach(parts::rejected);
        // The analyst's exclusions first: an excluded report is read by nothing else.
        List<Report> toRead = new ArrayList<>();
        for (Report r : in.reports()) {
            AnalystOverride o = exclusion(r);
            if (o == null) toRead.add(r);
            else parts.excluded(r, o);
        }
        ExecutorService pool = Workers.pool(options.threads());
        try {
            progress.phase("Reading", toRead.size());
            List<Callable<Read>> reads = new ArrayList<>();
            for (Report r : toRead) {
                reads.add(() -> {
                    Read read = read(r, Region.NONE, times);
                    progress.step();
                    return read;
                });
            }
            List<EventMention> mentions = new ArrayList<>();
            Map<String, Report> reports = new java.util.HashMap<>();
            for (Read read : inGroupRegions(Workers.all(pool, reads), pool, times)) {
                parts.read(read);
                if (read.rejected() != null) continue;
                reports.put(read.report().id(), read.report());
                mentions.addAll(read.mentions().mentions());
            }
            long cutStart = System.nanoTime();
            Blocks.Cut cut = blocks(mentions, reports);
            times.since(StageTimes.Stage.BLOCK, cutStart);
            times.blocks(cut.blocks().values());
            parts.unassigned(cut.unassigned());
            Reconciler reconciler = reconciler();
            progress.phase("Reconciling", cut.blocks().size());
            List<Callable<Reconciler.BlockResult>> jobs = new ArrayList<>();
            for (Map.Entry<String, List<EventMention>> b : cut.blocks().entrySet()) {
                jobs.add(() -> {
                    Reconciler.BlockResult r = reconciler.reconcile(b.getKey(), b.getValue(), reports, cut.analystGroups().contains(b.getKey()));
                    progress.step();
                    return r;
                });
            }
            for (Reconciler.BlockResult r : Workers.all(pool, jobs)) {
                parts.block(r);
                times.add(StageTimes.Stage.MATCH, r.time().match());
                times.add(StageTimes.Stage.JUDGE, r.time().judge());
                times.add(StageTimes.Stage.RECONCILE, r.time().reconcile());
            }
            progress.close();
            return assemble(parts, in.files(), in.skipped());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The analyst's override that excludes {@code report} from the run, or null. */
    public AnalystOverride exclusion(Report report) {
        return exclusions.get(report.id());
    }

    private Reconciler reconciler;

    /** Stage 6: reconciles one block at a time, with the analyst's pairings; safe to share between threads. */
    public synchronized Reconciler reconciler() {
        if (reconciler == null) {
            List<AnalystOverride> pairs = overrides.stream().filter(o -> o.action().equals("same_event") || o.action().equals("separate_events")).toList();
            reconciler = new Reconciler(rules, matchPolicy(), gazetteer, lexicons, options.fireLimit(), pairs, options.explain());
        }
        return reconciler;
    }

    /**
     * Stage 7: the analyst's pins, the overrides that matched nothing, and everything sorted for the writers
     * ({@code files}, {@code skipped}: the input files read and skipped).
     */
    public RunResult assemble(RunParts parts, int files, int skipped) {
        List<ReconciledEvent> events = parts.events;
        List<Unassigned> unassigned = parts.unassigned;
        Set<String> applied = parts.applied;
        List<String> ruleErrors = parts.ruleErrors;
        List<Rejected> rejected = parts.rejected;
        List<Report> kept = parts.kept;
        events.sort(Comparator.comparing(ReconciledEvent::id));
        List<AnalystOverride> pins = overrides.stream().filter(o -> o.action().equals("pin")).toList();
        OverridePins.Result pinned = OverridePins.apply(events, pins);
        applied.addAll(pinned.applied());
        Set<String> ids = kept.stream().map(Report::id).collect(Collectors.toSet());
        List<String> notApplied = new ArrayList<>();
        for (AnalystOverride o : overrides) {
            if (applied.contains(o.where())) continue;
            boolean known = ids.contains(o.report()) && (o.other().isEmpty() || ids.contains(o.other()));
            notApplied.add(o.describe() + ": " + (known ? "matched nothing (the reports are not in one block, or already as asked)"
                    : "no such report in this run"));
        }
        unassigned.sort(Comparator.comparing(Unassigned::report).thenComparing(u -> u.mention() == null ? "" : u.mention()));
        ruleErrors.sort(Comparator.naturalOrder());
        rejected.sort(Comparator.comparing(Rejected::input).thenComparing(r -> r.line() == null ? 0 : r.line()).thenComparing(Rejected::error));
        kept.sort(Comparator.comparing(Report::id));
        Ingested read = new Ingested(List.copyOf(kept), List.copyOf(rejected), files, skipped);
        return new RunResult(rules.hash(), read, pinned.events(), List.copyOf(unassigned), List.copyOf(notApplied), List.copyOf(ruleErrors),
                java.util.Collections.unmodifiableSortedMap(parts.warnings));
    }
}
