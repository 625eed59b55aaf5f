package io.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triangulate.ingest.Ingested;
import io.triangulate.output.OutputFormat;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.Progress;
import io.triangulate.pipeline.StageTimes;
import io.triangulate.reconcile.RunResult;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The whole pipeline over a JSONL corpus of real reports: read, clean, extract, split, block, match, judge, reconcile
 * and write (JSONL), with warm-up rounds and measured rounds, reports/s, MB/s, peak heap and peak RSS, and the time
 * of each stage. A corpus smaller than asked is repeated; each copy's reports get their own ids and groups, so that
 * copies do not fall into one another's blocks and a block is as large as in the corpus.
 */
public final class CorpusBenchmark {
    /** One measured round. */
    record Round(double seconds, long peakHeap, long peakRss, int events, int unassigned, long[] stageNanos, int blocks, int largestBlock) {}

    private final Pipeline pipeline;
    private final PrintWriter out;

    public CorpusBenchmark(Pipeline pipeline, PrintWriter out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    public void run(Path corpus, int atLeast, int warmup, int rounds) throws IOException {
        Path dir = Files.createTempDirectory("triangulate-bench-corpus");
        Path stream = dir.resolve("corpus.jsonl");
        try {
            int[] counts = repeat(corpus, stream, atLeast);
            long bytes = Files.size(stream);
            out.printf(Locale.ROOT, "Corpus: %s, %,d reports (%,d bytes); repeated %d× to %,d reports, %.1f MB of JSONL%n",
                    corpus, counts[0], Files.size(corpus), counts[1], counts[2], bytes / 1e6);
            for (int w = 0; w < warmup; w++) {
                Round r = round(stream);
                out.printf(Locale.ROOT, "  warm-up %d: %.1f s%n", w + 1, r.seconds());
            }
            List<Round> measured = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Round r = round(stream);
                measured.add(r);
                out.printf(Locale.ROOT, "  round %d: %.1f s, %,.0f reports/s, %.2f MB/s; peak heap %,d MB, peak RSS %s; %,d events, %,d unassigned%n",
                        i + 1, r.seconds(), counts[2] / r.seconds(), bytes / 1e6 / r.seconds(), r.peakHeap() >> 20,
                        r.peakRss() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MB", r.peakRss() >> 10), r.events(), r.unassigned());
                out.flush();
            }
            Round median = measured.stream().sorted(Comparator.comparingDouble(Round::seconds)).toList().get(measured.size() / 2);
            out.printf(Locale.ROOT, "Median round: %.1f s, %,.0f reports/s, %.2f MB/s%n", median.seconds(), counts[2] / median.seconds(),
                    bytes / 1e6 / median.seconds());
            out.printf(Locale.ROOT, "Blocks: %,d, the largest of %,d mentions%n", median.blocks(), median.largestBlock());
            out.println("Time per stage in the median round (summed over the worker threads, so it may exceed the wall time):");
            for (StageTimes.Stage s : StageTimes.Stage.values()) {
                double sec = median.stageNanos()[s.ordinal()] / 1e9;
                out.printf(Locale.ROOT, "  %-9s %6.2f s  %5.1f %%  %s%n", s.name().toLowerCase(Locale.ROOT), sec,
                        100 * sec / median.seconds(), s.describe.substring(s.describe.indexOf(':') + 2));
            }
        } finally {
            Files.deleteIfExists(stream);
            Files.deleteIfExists(dir.resolve("out.jsonl"));
            Files.deleteIfExists(dir);
        }
        out.flush();
    }

    /** Writes the corpus, repeated until it holds at least {@code atLeast} reports; returns {corpus reports, copies, reports}. */
    static int[] repeat(Path corpus, Path stream, int atLeast) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> reports = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(corpus + ":" + n + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                if (!(node instanceof ObjectNode o)) throw new IOException(corpus + ":" + n + ": not a JSON object");
                reports.add(o);
            }
        }
        if (reports.isEmpty()) throw new IOException(corpus + ": no reports");
        int copies = Math.max(1, (atLeast + reports.size() - 1) / reports.size());
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(stream, StandardCharsets.UTF_8)) {
            for (int k = 0; k < copies; k++) {
                int i = 0;
                for (ObjectNode o : reports) {
                    ObjectNode copy = o.deepCopy();
                    String id = o.hasNonNull("id") ? o.get("id").asText() : "report-" + i;
                    String group = o.hasNonNull("group") ? o.get("group").asText() : "corpus";
                    copy.put("id", k == 0 ? id : id + "~" + k);
                    copy.put("group", k == 0 ? group : group + "~" + k);
                    w.write(json.writeValueAsString(copy));
                    w.write('\n');
                    i++;
                    written++;
                }
            }
        }
        return new int[] {reports.size(), copies, written};
    }

    private Round round(Path stream) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        resetPeakRss();
        StageTimes times = new StageTimes();
        long t0 = System.nanoTime();
        Ingested in = pipeline.ingest(List.of(stream));
        long t = times.since(StageTimes.Stage.READ, t0);
        RunResult run = pipeline.run(in, Progress.NONE, times);
        t = System.nanoTime();
        try (java.io.Writer w = Files.newBufferedWriter(stream.resolveSibling("out.jsonl"), StandardCharsets.UTF_8)) {
            OutputFormat.jsonl.write(run, w);
        }
        long end = times.since(StageTimes.Stage.WRITE, t);
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long[] stages = new long[StageTimes.Stage.values().length];
        for (StageTimes.Stage s : StageTimes.Stage.values()) stages[s.ordinal()] = times.nanos(s);
        return new Round((end - t0) / 1e9, peakHeap, peakRssKb(), run.events().size(), run.unassigned().size(), stages, times.blocks(),
                times.largestBlock());
    }

    /** Linux: writing 5 to clear_refs resets the process's peak resident set (VmHWM); elsewhere the peak is since start. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the figure is then the peak since the JVM started
        }
    }

    /** The process's peak resident set in KB (VmHWM), or -1 where /proc does not say. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
