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
import io.triangulate.reconcile.Reconciler;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.MatchPolicy;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;
import io.triangulate.text.SentenceSplitter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    public Pipeline(Path rulesDir, Path cacheDir, int fireLimit) {
        Lexicon lex;
        try {
            lex = Lexicon.load(rulesDir);
        } catch (TableException e) {
            throw new RulesException(List.of(new RuleError(e.file(), e.line(), 0, e.getMessage())));
        }
        Gazetteer gaz;
        try {
            gaz = Gazetteer.withCurated(lex);
        } catch (TableException e) {
            throw new RulesException(List.of(new RuleError(e.file(), e.line(), 0, e.getMessage())));
        }
        this.lexicon = lex;
        this.gazetteer = gaz;
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
        Ingested in = new ReportReader().read(inputs);
        ClaimExtractor extractor = new ClaimExtractor(lexicon, gazetteer);
        MentionSplitter splitter = new MentionSplitter(gazetteer);
        List<EventMention> mentions = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (Report r : in.reports()) {
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
        Reconciler reconciler = new Reconciler(rules, policy, gazetteer, lexicon, fireLimit);

        List<ReconciledEvent> events = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Reconciler.BlockResult>> futures = new ArrayList<>();
            for (Map.Entry<String, List<EventMention>> b : blocks.entrySet()) {
                futures.add(pool.submit(() -> reconciler.reconcile(b.getKey(), b.getValue(), reports)));
            }
            for (Future<Reconciler.BlockResult> f : futures) {
                Reconciler.BlockResult r = f.get();
                events.addAll(r.events());
                unassigned.addAll(r.unassigned());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        events.sort(Comparator.comparing(ReconciledEvent::id));
        unassigned.sort(Comparator.comparing(Unassigned::report).thenComparing(u -> u.mention() == null ? "" : u.mention()));
        return new RunResult(rules.hash(), in, List.copyOf(events), List.copyOf(unassigned));
    }
}
