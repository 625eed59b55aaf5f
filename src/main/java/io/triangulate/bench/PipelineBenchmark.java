package io.triangulate.bench;


import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Measures the whole pipeline on a pooled stream: generated reports of many events written as one JSONL
 * file (one group), then read, extracted, blocked, matched, judged and reconciled. The run function is
 * the CLI's pipeline, passed in so that this package does not depend on the CLI.
 */
public final class PipelineBenchmark {
    /** What one run produced, for the figures. */
    public record Outcome(int reports, int events, int unassigned) {}

    private final PrintWriter out;

    public PipelineBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(int events, int perEvent, int rounds, Function<Path, Outcome> pipeline) throws IOException {
        Path dir = Files.createTempDirectory("triangulate-bench");
        Path stream = dir.resolve("stream.jsonl");
        try {
            List<ReportGenerator.Generated> reports = new ReportGenerator(42).reports(events, perEvent);
            ReportGenerator.writeJsonl(reports, stream);
            out.printf("Pipeline: %,d generated reports of %,d events in one JSONL file (one pooled group), %,d bytes%n",
                    reports.size(), events, Files.size(stream));
            long t0 = System.nanoTime();
            Outcome warm = pipeline.apply(stream);
            double first = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "  first run (cold JIT): %.1f s -> %,d events, %,d unassigned%n", first, warm.events(), warm.unassigned());
            for (int r = 0; r < rounds; r++) {
                t0 = System.nanoTime();
                Outcome o = pipeline.apply(stream);
                double s = (System.nanoTime() - t0) / 1e9;
                out.printf(Locale.ROOT, "  run %d: %.1f s -> %,d events, %,d unassigned (%,.0f reports/s)%n", r + 1, s, o.events(), o.unassigned(),
                        o.reports() / s);
            }
        } finally {
            Files.deleteIfExists(stream);
            Files.deleteIfExists(dir);
        }
        out.flush();
    }
}
