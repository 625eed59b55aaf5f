package io.triangulate.flink;

import io.triangulate.TestRules;
import io.triangulate.bench.ReportGenerator;
import io.triangulate.events.EventMention;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.InputFiles;
import io.triangulate.ingest.Report;
import io.triangulate.output.OutputFormat;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.reconcile.RunResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Flink job gives the local run's bytes, at parallelism 1, 2 and 4, on one shared MiniCluster. */
class FlinkJobTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    static Stream<Arguments> sampleCases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("samples"))) {
            for (Path c : cases.sorted().toList()) {
                if (!Files.isDirectory(c.resolve("reports"))) continue;
                for (int p : new int[] {1, 2, 4}) out.add(Arguments.of(c.getFileName().toString(), p));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at parallelism {1}")
    @MethodSource("sampleCases")
    void everySampleCaseGivesTheLocalRunsBytes(String sample, int parallelism) throws Exception {
        // A case's own overrides (exclusions, pairings, pins) apply in the job as locally.
        Path overrides = Path.of("samples", sample, "overrides.csv");
        Pipeline pipeline = Files.exists(overrides)
                ? TestRules.pipeline().with(TestRules.pipeline().options().withOverrides(overrides, sample + "/overrides.csv"))
                : TestRules.pipeline();
        List<Path> inputs = List.of(Path.of("samples", sample, "reports"));
        String local = json(pipeline.run(inputs));
        String flink = json(FlinkJob.run(pipeline, inputs, env(parallelism)));
        assertFalse(local.isEmpty());
        assertEquals(local, flink);
    }

    /** A pooled stream of 20,000 generated reports (one group, cut into blocks by country, division and dates), written once. */
    @TempDir
    static Path streamDir;
    private static String pooledLocal;

    private static synchronized Path pooledStream() throws IOException {
        Path stream = streamDir.resolve("pooled.jsonl");
        if (!Files.exists(stream)) ReportGenerator.writeJsonl(new ReportGenerator(7).reports(5_000, 4), stream);
        return stream;
    }

    /**
     * A group of more readings than an analyst's group holds but few mentions (most of its reports tell no event):
     * one block, as locally, though its readings arrive from several tasks.
     */
    private static synchronized Path quietGroup() throws IOException {
        Path file = streamDir.resolve("quiet.jsonl");
        if (Files.exists(file)) return file;
        List<ReportGenerator.Generated> told = new ReportGenerator(11).reports(2, 2);
        List<ReportGenerator.Generated> all = new ArrayList<>(told);
        for (int i = 0; i < 80; i++) {
            all.add(new ReportGenerator.Generated("quiet-" + i, -1, told.get(0).published(), "a newsletter",
                    "The market reopened after the holiday. Prices of grain were steady, traders said."));
        }
        ReportGenerator.writeJsonl(all, file);
        return file;
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void aLargeGroupOfFewMentionsIsCutWholeAsLocally(int parallelism) throws Exception {
        Pipeline pipeline = TestRules.pipeline();
        List<Path> inputs = List.of(quietGroup());
        RunResult local = pipeline.run(inputs);
        assertTrue(local.events().size() >= 1 && local.ingested().reports().size() == 84, "events: " + local.events().size());
        assertEquals(json(local), json(FlinkJob.run(pipeline, inputs, env(parallelism))));
    }

    @org.junit.jupiter.api.AfterAll
    static void letGo() {
        pooledLocal = null;
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2, 4})
    void aPooledStreamOf20000ReportsGivesTheLocalRunsBytes(int parallelism) throws Exception {
        Pipeline pipeline = TestRules.pipeline();
        List<Path> inputs = List.of(pooledStream());
        synchronized (FlinkJobTest.class) {
            if (pooledLocal == null) pooledLocal = json(pipeline.run(inputs));
        }
        RunResult flink = FlinkJob.run(pipeline, inputs, env(parallelism));
        assertEquals(20_000, flink.ingested().reports().size());
        assertTrue(flink.events().size() > 1_000, "the stream's events: " + flink.events().size());
        assertEquals(pooledLocal, json(flink));
    }

    /** The job cuts the very blocks of the local run: the same keys, each with the same mentions in the same order. */
    @Test
    void theJobCutsTheLocalRunsBlocks() throws Exception {
        Pipeline pipeline = TestRules.pipeline();
        List<Path> inputs = List.of(Path.of("samples/pooled-stream/reports"), quietGroup(), pooledStream());
        Map<String, List<String>> local = new TreeMap<>();
        Ingested in = pipeline.ingest(inputs);
        List<Pipeline.Read> reads = new ArrayList<>();
        for (Report r : in.reports()) reads.add(pipeline.read(r));
        List<EventMention> mentions = new ArrayList<>();
        Map<String, Report> reports = new HashMap<>();
        for (Pipeline.Read r : pipeline.inGroupRegions(reads)) {
            reports.put(r.report().id(), r.report());
            mentions.addAll(r.mentions().mentions());
        }
        pipeline.blocks(mentions, reports).blocks().forEach((k, ms) -> local.put(k, ms.stream().map(EventMention::id).toList()));
        assertTrue(local.size() > 100, "blocks: " + local.size());

        StreamExecutionEnvironment env = env(4);
        FlinkJob.prepare(env);
        Map<String, List<String>> job = new TreeMap<>();
        try (var it = FlinkJob.blocks(env, InputFiles.plan(inputs).files(), JobSettings.share(pipeline)).executeAndCollect()) {
            while (it.hasNext()) {
                Piece.Block b = (Piece.Block) it.next();
                assertNull(job.put(b.key(), b.mentions().stream().map(EventMention::id).toList()), "a block cut twice: " + b.key());
            }
        }
        assertEquals(local, job);
    }

    static StreamExecutionEnvironment env(int parallelism) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        return env;
    }

    static String json(RunResult result) throws IOException {
        StringWriter out = new StringWriter();
        OutputFormat.json.write(result, out);
        return out.toString();
    }
}
