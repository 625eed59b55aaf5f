package io.triangulate.cli;

import io.triangulate.eval.Corpus;
import io.triangulate.eval.CorpusEval;
import io.triangulate.eval.ExtractionEval;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.PipelineOptions;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;
import io.triangulate.eval.LabelledSet;
import io.triangulate.eval.Score;
import io.triangulate.extract.Gazetteer;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.lexicon.TableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction on labelled cases (JSONL, one case per line): precision and recall per claim type,"
                + " against the targets in EXTRACTION.md.", "Exit 0 when every target is met, 1 when one is not.",
                "With --corpus DIR: runs the whole pipeline on the real-report corpus (scripts/build_corpus.py builds it) and scores"
                        + " reports against samples/corpus/labels.jsonl and events against the datasets' gold, per source.",
                "Score the test part (--part test) only to measure, never to tune, and log every such run in EXTRACTION.md."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled .jsonl files or folders of them (default: samples/extraction).")
    List<Path> inputs;

    @Option(names = "--misses", description = "List every case where extraction and label disagree.")
    boolean misses;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder whose tables to use. Default: the project's rules/.")
    Path rules;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Score the real-report corpus in DIR (reports.jsonl, incidents.jsonl).")
    Path corpus;

    @Option(names = "--part", paramLabel = "PART", description = "With --corpus: tune (default), test or all.")
    String part = "tune";

    @Option(names = "--source", paramLabel = "NAME", split = ",", description = "With --corpus: only these sources (gva, muc, ecb, wiki).")
    Set<String> sources;

    @Option(names = "--labels", paramLabel = "FILE", description = "With --corpus: the report labels (default: samples/corpus/labels.jsonl).")
    Path labels;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "With --corpus: a larger GeoNames file, as for run.")
    Path gazetteer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (corpus != null) return corpus(out, err);
        Path rulesDir = RulesOptions.rulesDir(rules);
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(RulesOptions.home().resolve("samples/extraction")) : inputs;
        for (Path p : in) {
            if (!Files.exists(p)) {
                err.println("triangulate: no such file or folder: " + p);
                return Triangulate.USAGE_OR_RULES;
            }
        }
        Lexicons lexicon;
        Gazetteer gazetteer;
        try {
            lexicon = Lexicons.load(rulesDir);
            gazetteer = Gazetteer.withCurated(lexicon.shared());
        } catch (TableException e) {
            for (TableException t : e.all()) err.println(t.located());
            return Triangulate.USAGE_OR_RULES;
        }
        LabelledSet.Read read;
        try {
            read = LabelledSet.read(in);
        } catch (LabelledSet.LabelledSetException e) {
            err.println("triangulate: " + e.getMessage());
            return Triangulate.USAGE_OR_RULES;
        }
        ExtractionEval.Result r = new ExtractionEval(lexicon, gazetteer).evaluate(read.cases());
        for (String s : read.skipped()) out.println("skipped " + s);
        if (misses) {
            for (ExtractionEval.Miss m : r.misses()) {
                out.printf("%s %s [%s]%n    expected:  %s%n    extracted: %s%n", m.where(), m.caseId(), m.type(), m.expected(), m.extracted());
            }
            out.println();
        }
        out.printf("%d cases, %d sentences%n", r.cases(), r.sentences());
        out.printf("%-28s %9s %9s %6s %6s %6s  %s%n", "claim type", "precision", "recall", "tp", "fp", "fn", "target");
        for (Score s : r.scores()) {
            out.printf(Locale.ROOT, "%-28s %9.3f %9.3f %6d %6d %6d  %s%n", s.type(), s.precision(), s.recall(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.target() == null ? "-" : String.format(Locale.ROOT, "%.2f %s", s.target(),
                            s.meetsTarget() ? "met" : "NOT MET"));
        }
        out.flush();
        return r.meetsTargets() ? Triangulate.OK : Triangulate.DIFFERENCES;
    }

    /** Runs the pipeline on the real-report corpus and prints its scores per source (and, with --misses, every miss). */
    private int corpus(PrintWriter out, PrintWriter err) {
        if (!List.of("tune", "test", "all").contains(part)) {
            err.println("triangulate: --part is tune, test or all, not " + part);
            return Triangulate.USAGE_OR_RULES;
        }
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(PipelineOptions.of(RulesOptions.rulesDir(rules)).withCache(RuleBase.defaultCacheDir())
                    .withGazetteer(gazetteer).withThreads(Runtime.getRuntime().availableProcessors()));
        } catch (RulesException e) {
            for (RuleError r : e.errors()) err.println(r.located());
            return Triangulate.USAGE_OR_RULES;
        }
        Corpus c;
        try {
            c = Corpus.read(corpus, labels != null ? labels : RulesOptions.home().resolve("samples/corpus/labels.jsonl"));
        } catch (Corpus.CorpusException e) {
            err.println("triangulate: " + e.getMessage());
            return Triangulate.USAGE_OR_RULES;
        }
        long t0 = System.nanoTime();
        CorpusEval.Result r = new CorpusEval(pipeline).evaluate(c, part, sources);
        if (misses) {
            for (CorpusEval.Miss m : r.misses()) {
                out.printf("%s %s %s [%s]%n    expected: %s%n    read:     %s%n", m.source(), m.metric(), m.id(), m.kind(), m.expected(), m.actual());
            }
            out.println();
        }
        out.printf("Corpus %s, part %s, %d labels; rules %s%n", corpus, part, c.labels().size(), pipeline.rulesHash());
        for (CorpusEval.Scores s : r.scores()) {
            out.printf(Locale.ROOT, "%n%s: %d reports, %d labelled, %.1f s%n", s.source(), s.reports(), s.labelled(), s.seconds());
            for (CorpusEval.Ratio x : s.ratios()) {
                if (x.of() == 0) continue;
                out.printf(Locale.ROOT, "  %-30s %6.3f  (%d of %d)%n", x.name(), x.value(), x.hit(), x.of());
            }
            if (!s.classes().isEmpty() && s.classes().stream().anyMatch(x -> x.of() > 0)) {
                out.println("  failure classes (read right / applicable):");
                for (CorpusEval.Ratio x : s.classes()) {
                    if (x.of() > 0) out.printf(Locale.ROOT, "    %-34s %6.3f  (%d of %d)%n", x.name(), x.value(), x.hit(), x.of());
                }
            }
            if (s.pooled() != null) {
                out.printf(Locale.ROOT, "  %-30s %6.3f  (B-cubed P %.3f R %.3f; %d reports, %d events, %d incidents)%n", "pooled stream F1",
                        s.pooled().f1(), s.pooled().precision(), s.pooled().recall(), s.pooled().reports(), s.pooled().events(), s.pooled().incidents());
            }
        }
        if (!r.misses().isEmpty() && !misses) {
            Map<String, Long> byClass = new java.util.TreeMap<>();
            for (CorpusEval.Miss m : r.misses()) byClass.merge(m.source() + " " + m.metric() + " [" + m.kind() + "]", 1L, Long::sum);
            out.println();
            out.println("misses by class (--misses lists them):");
            for (Map.Entry<String, Long> e : byClass.entrySet()) out.printf("  %-58s %5d%n", e.getKey(), e.getValue());
        }
        out.printf(Locale.ROOT, "%ntotal %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        return Triangulate.OK;
    }
}
