package io.triangulate.cli;

import io.triangulate.pipeline.Pipeline;
import io.triangulate.bench.ExtractionBenchmark;
import io.triangulate.bench.PipelineBenchmark;
import io.triangulate.extract.Gazetteer;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.lexicon.TableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks (figures for EXTRACTION.md and BENCHMARKS.md).",
                "  extraction  sentences per second on generated reports, and time per KB as a text grows",
                "  pipeline    a pooled stream of generated reports read, extracted, matched and reconciled",
                "  corpus      the whole pipeline over a JSONL corpus of real reports (--input), repeated to --reports,",
                "              with reports/s, MB/s, peak heap and RSS, and the time of each stage"})
final class BenchCommand implements Callable<Integer> {
    enum What { extraction, pipeline, corpus }

    @Parameters(index = "0", paramLabel = "WHAT", description = "extraction, pipeline or corpus")
    What what;

    @Option(names = "--reports", paramLabel = "N",
            description = "extraction: generated reports; corpus: at least this many, the corpus repeated (default: ${DEFAULT-VALUE}).")
    int reports = 20_000;

    @Option(names = "--input", paramLabel = "FILE", description = "corpus: a JSONL file of reports (e.g. corpus/reports.jsonl).")
    java.nio.file.Path input;

    @Option(names = "--warmup", paramLabel = "N", description = "corpus: unmeasured rounds first (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--events", paramLabel = "N", description = "pipeline: generated events (default: ${DEFAULT-VALUE}).")
    int events = 5_000;

    @Option(names = "--per-event", paramLabel = "N", description = "pipeline: reports per event (default: ${DEFAULT-VALUE}).")
    int perEvent = 4;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "pipeline: local (default) or flink (an embedded Flink started each round).")
    RunCommand.Engine engine = RunCommand.Engine.local;

    @Option(names = "--parallelism", paramLabel = "N", description = "pipeline with --engine flink: the job's parallelism (default: cores).")
    Integer parallelism;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int threads = rules.threads;
        Lexicons lexicon;
        long t0 = System.nanoTime();
        try {
            lexicon = Lexicons.load(rules.rulesDir());
        } catch (TableException e) {
            for (TableException t : e.all()) spec.commandLine().getErr().println(t.located());
            return Triangulate.USAGE_OR_RULES;
        }
        out.printf("Machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        if (what == What.extraction) {
            out.printf(java.util.Locale.ROOT, "Tables loaded in %.0f ms (first load in this JVM)%n", (System.nanoTime() - t0) / 1e6);
            long g0 = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.withCurated(lexicon.shared());
            out.printf(java.util.Locale.ROOT, "Gazetteer loaded in %.0f ms%n", (System.nanoTime() - g0) / 1e6);
            new ExtractionBenchmark(lexicon, gazetteer, out).run(reports, Math.max(1, threads), Math.max(1, rounds));
            return Triangulate.OK;
        }
        long p0 = System.nanoTime();
        Pipeline pipeline = rules.pipeline(spec.commandLine().getErr());
        if (pipeline == null) return Triangulate.USAGE_OR_RULES;
        out.printf(java.util.Locale.ROOT, "Rules and tables loaded in %.1f s%n", (System.nanoTime() - p0) / 1e9);
        if (what == What.corpus) {
            if (input == null || !java.nio.file.Files.isRegularFile(input)) {
                spec.commandLine().getErr().println("triangulate: bench corpus needs --input FILE (a JSONL file of reports)"
                        + (input == null ? "" : ": not found: " + input));
                return Triangulate.USAGE_OR_RULES;
            }
            out.printf("Threads: %d%n", Math.max(1, threads));
            try {
                new io.triangulate.bench.CorpusBenchmark(pipeline, out).run(input, Math.max(1, reports), Math.max(0, warmup), Math.max(1, rounds));
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("triangulate: " + e.getMessage());
                return Triangulate.USAGE_OR_RULES;
            }
            return Triangulate.OK;
        }
        if (engine == RunCommand.Engine.flink) out.printf("Engine: flink, parallelism %d%n", parallelism == null ? threads : parallelism);
        new PipelineBenchmark(out).run(events, perEvent, Math.max(1, rounds), stream -> {
            var r = engine == RunCommand.Engine.local ? pipeline.run(java.util.List.of(stream))
                    : OnFlink.run(pipeline, java.util.List.of(stream), parallelism, spec.commandLine().getErr(), new int[1]);
            if (r == null) throw new IllegalStateException("the Flink job failed");
            return new PipelineBenchmark.Outcome(r.ingested().reports().size(), r.events().size(), r.unassigned().size());
        });
        return Triangulate.OK;
    }
}
