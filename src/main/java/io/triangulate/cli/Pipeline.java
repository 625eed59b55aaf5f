package io.triangulate.cli;

import io.triangulate.events.Blocks;
import io.triangulate.events.EventMention;
import io.triangulate.events.MentionSplitter;
import io.triangulate.events.Mentions;
import io.triangulate.events.Unassigned;
import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.Gazetteer;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.TableException;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.OverridePins;
import io.triangulate.reconcile.Reconciler;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.AnalystOverride;
import io.triangulate.rules.MatchPolicy;
import io.triangulate.rules.Overrides;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;
import io.triangulate.text.SentenceSplitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole pipeline, wired once per rules folder: ingest → text → extract → events → blocks → rules →
 * reconcile. The rule base and tables are loaded when the pipeline is made, so a rules error stops the
 * run before anything is read or written.
 */
public final class Pipeline {
    private final RuleBase rules;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final int fireLimit;
    private final List<AnalystOverride> overrides;

    public Pipeline(Path rulesDir, Path cacheDir, int fireLimit) {
        this(rulesDir, cacheDir, fireLimit, null);
    }

    /** {@code overridesFile}: the analyst's overrides table; null for {@code rulesDir/overrides.csv}. */
    public Pipeline(Path rulesDir, Path cacheDir, int fireLimit, Path overridesFile) {
        this(rulesDir, cacheDir, fireLimit, overridesFile, null);
    }

    /** {@code gazetteerFile}: a larger GeoNames file whose populated places join the built-in ones; null for none. */
    public Pipeline(Path rulesDir, Path cacheDir, int fireLimit, Path overridesFile, Path gazetteerFile) {
        Lexicon lex;
        try {
            lex = Lexicon.load(rulesDir);
        } catch (TableException e) {
            throw new RulesException(RuleError.of(e));
        }
        Gazetteer gaz;
        try {
            gaz = Gazetteer.withCurated(lex, gazetteerFile);
        } catch (TableException e) {
            throw new RulesException(RuleError.of(e));
        }
        this.lexicon = lex;
        this.gazetteer = gaz;
        Path table = overridesFile != null ? overridesFile : rulesDir.resolve("overrides.csv");
        try {
            this.overrides = Overrides.load(table, overridesFile != null ? table.getFileName().toString() : "overrides.csv");
        } catch (TableException e) {
            throw new RulesException(RuleError.of(e));
        }
        if (overridesFile != null && !Files.isRegularFile(overridesFile)) {
            throw new RulesException(List.of(new RuleError(overridesFile.toString(), 0, 0, "overrides file not found")));
        }
        this.rules = RuleBase.load(rulesDir, cacheDir);
        this.fireLimit = fireLimit;
    }

    /** The compiled rule base (tests drive single rules through it). */
    public RuleBase ruleBase() {
        return rules;
    }

    public String rulesHash() {
        return rules.hash();
    }

    public RunResult run(List<Path> inputs, int threads) {
        return run(inputs, threads, false);
    }

    /** With {@code explain}, each event keeps the trace of the rules that fired about it. */
    public RunResult run(List<Path> inputs, int threads, boolean explain) {
        return run(inputs, threads, explain, overrides);
    }

    /** Runs with another overrides table than the pipeline's (a sample case's own). */
    public RunResult run(List<Path> inputs, int threads, boolean explain, List<AnalystOverride> overrides) {
        return run(inputs, threads, explain, overrides, Progress.NONE);
    }

    /** {@code overrides} null for the pipeline's own; {@code progress} hears of each report read and each block reconciled. */
    RunResult run(List<Path> inputs, int threads, boolean explain, List<AnalystOverride> overrides, Progress progress) {
        if (overrides == null) overrides = this.overrides;
        Ingested in = new ReportReader().read(inputs);
        // The analyst's exclusions first: an excluded report is read by nothing else.
        Map<String, AnalystOverride> excluded = new TreeMap<>();
        for (AnalystOverride o : overrides) if (o.action().equals("exclude")) excluded.put(o.report(), o);
        ClaimExtractor extractor = new ClaimExtractor(lexicon, gazetteer);
        MentionSplitter splitter = new MentionSplitter(gazetteer);
        List<EventMention> mentions = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        progress.phase("Reading", in.reports().size());
        for (Report r : in.reports()) {
            progress.step();
            if (excluded.containsKey(r.id())) {
                AnalystOverride o = excluded.get(r.id());
                unassigned.add(new Unassigned(r.id(), null, "excluded by the analyst (" + o.where() + ")" + (o.note().isEmpty() ? "" : ": " + o.note())));
                continue;
            }
            Mentions m = splitter.split(extractor.extract(r, SentenceSplitter.split(r.text())));
            mentions.addAll(m.mentions());
            unassigned.addAll(m.unassigned());
        }
        Integer dayTol = lexicon.dateTolerance().get("day");
        Integer wdTol = lexicon.dateTolerance().get("weekday");
        MatchPolicy policy = new MatchPolicy(dayTol == null ? 1 : dayTol, wdTol == null ? 0 : wdTol);
        // Blocks: the analyst's group × country × date window. Rules compare mentions only inside a block.
        Map<String, List<EventMention>> blocks = Blocks.of(mentions, policy.dayTolerance());
        Map<String, Report> reports = in.reports().stream().collect(Collectors.toMap(Report::id, Function.identity()));
        List<AnalystOverride> pairs = overrides.stream().filter(o -> o.action().equals("same_event") || o.action().equals("separate_events")).toList();
        Reconciler reconciler = new Reconciler(rules, policy, gazetteer, lexicon, fireLimit, pairs, explain);
        Set<String> applied = new TreeSet<>(excluded.values().stream().filter(o -> in.reports().stream().anyMatch(r -> r.id().equals(o.report())))
                .map(AnalystOverride::where).toList());
        List<String> ruleErrors = new ArrayList<>();

        List<ReconciledEvent> events = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Reconciler.BlockResult>> futures = new ArrayList<>();
            progress.phase("Reconciling", blocks.size());
            for (Map.Entry<String, List<EventMention>> b : blocks.entrySet()) {
                futures.add(pool.submit(() -> {
                    Reconciler.BlockResult r = reconciler.reconcile(b.getKey(), b.getValue(), reports);
                    progress.step();
                    return r;
                }));
            }
            for (Future<Reconciler.BlockResult> f : futures) {
                Reconciler.BlockResult r = f.get();
                events.addAll(r.events());
                unassigned.addAll(r.unassigned());
                applied.addAll(r.applied());
                if (r.error() != null) ruleErrors.add(r.error());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.close();
        events.sort(Comparator.comparing(ReconciledEvent::id));
        List<AnalystOverride> pins = overrides.stream().filter(o -> o.action().equals("pin")).toList();
        OverridePins.Result pinned = OverridePins.apply(events, pins);
        applied.addAll(pinned.applied());
        List<String> notApplied = new ArrayList<>();
        for (AnalystOverride o : overrides) {
            if (applied.contains(o.where())) continue;
            boolean known = in.reports().stream().anyMatch(r -> r.id().equals(o.report()))
                    && (o.other().isEmpty() || in.reports().stream().anyMatch(r -> r.id().equals(o.other())));
            notApplied.add(o.describe() + ": " + (known ? "matched nothing (the reports are not in one block, or already as asked)"
                    : "no such report in this run"));
        }
        unassigned.sort(Comparator.comparing(Unassigned::report).thenComparing(u -> u.mention() == null ? "" : u.mention()));
        ruleErrors.sort(Comparator.naturalOrder());
        return new RunResult(rules.hash(), in, pinned.events(), List.copyOf(unassigned), List.copyOf(notApplied), List.copyOf(ruleErrors));
    }
}
