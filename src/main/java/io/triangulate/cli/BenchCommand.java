package io.triangulate.cli;

import io.triangulate.bench.ExtractionBenchmark;
import io.triangulate.extract.Gazetteer;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.TableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks on generated reports (figures for EXTRACTION.md and BENCHMARKS.md).",
                "  extraction  sentences per second, and time per KB as a text grows"})
final class BenchCommand implements Callable<Integer> {
    enum What { extraction }

    @Parameters(index = "0", paramLabel = "WHAT", description = "extraction")
    What what;

    @Option(names = "--reports", paramLabel = "N", description = "Generated reports (default: ${DEFAULT-VALUE}).")
    int reports = 20_000;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder. Default: the project's rules/.")
    java.nio.file.Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RulesOptions ro = new RulesOptions();
        ro.rules = rules;
        Lexicon lexicon;
        try {
            lexicon = Lexicon.load(ro.rulesDir());
        } catch (TableException e) {
            spec.commandLine().getErr().println(e.located());
            return Triangulate.USAGE_OR_RULES;
        }
        out.printf("Machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        new ExtractionBenchmark(lexicon, Gazetteer.withCurated(lexicon), out).run(reports, Math.max(1, threads), Math.max(1, rounds));
        return Triangulate.OK;
    }
}
