package io.triangulate.flink;

import io.triangulate.events.Blocks;
import io.triangulate.events.EventMention;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.InputFile;
import io.triangulate.ingest.InputFiles;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.ingest.Rejected;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.RunParts;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.AnalystOverride;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as an Apache Flink job, over the same stage functions as the local run (issue 14):
 * <pre>
 *   input files ─ read each file ─ key by report id: one report per id ─ read each report (clean, extract, split)
 *     ─ key by group: re-read in the group's region, cut the group into blocks ─ reconcile each block ─ to the client
 * </pre>
 * The client gathers the parts of the result and sorts them as the local run does, so the output is the same bytes
 * whatever the parallelism. The job is bounded (batch mode): a group is cut into blocks once all its reports are
 * read, by the same rule as the local run ({@link Blocks#cut}), so the blocks do not depend on arrival order. The
 * file source is the one swappable part: a stream of {@link Piece#report} pieces from Kafka would enter at the
 * same place.
 */
public final class FlinkJob {
    private static final TypeInformation<Piece> PIECE = Types.GENERIC(Piece.class);

    private FlinkJob() {}

    /**
     * Where the job runs: the cluster's environment when the CLI is started by {@code flink run}, else an embedded
     * Flink (MiniCluster) in this JVM, needing no set-up. {@code parallelism}: null for the cluster's default, or
     * for the cores of this machine on the embedded one.
     */
    public static StreamExecutionEnvironment environment(Integer parallelism) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism != null) env.setParallelism(Math.max(1, parallelism));
        else if (env instanceof LocalStreamEnvironment) env.setParallelism(Runtime.getRuntime().availableProcessors());
        return env;
    }

    /** Runs the job for {@code inputs} on {@code env} and gathers its result, sorted as the local run's. */
    public static RunResult run(Pipeline pipeline, List<Path> inputs, StreamExecutionEnvironment env) throws Exception {
        InputFiles.Plan plan = InputFiles.plan(inputs);
        RunParts parts = new RunParts();
        plan.rejected().forEach(parts::rejected);
        if (!plan.files().isEmpty()) {
            env.setRuntimeMode(RuntimeExecutionMode.BATCH);
            // No operator changes a record it is given, so chained operators may hand records on without the deep
            // copy Flink makes by default (through Kryo, for these types).
            env.getConfig().enableObjectReuse();
            DataStream<Piece> out = job(env, plan.files(), JobSettings.share(pipeline));
            try (CloseableIterator<Piece> it = out.executeAndCollect("triangulate")) {
                while (it.hasNext()) it.next().addTo(parts);
            }
        }
        return pipeline.assemble(parts, plan.files().size(), plan.skipped());
    }

    /** The job's graph: every part of the result, as one stream to the client. */
    static DataStream<Piece> job(StreamExecutionEnvironment env, List<InputFile> files, JobSettings settings) {
        Stages s = new Stages(env, files, settings);
        DataStream<Piece> reconciled = s.grouped.filter(p -> p.kind() == Piece.Kind.BLOCK).rebalance()
                .map(new ReconcileBlock(settings), PIECE).name("reconcile blocks");
        return s.fromFiles.filter(p -> p.kind() == Piece.Kind.REJECTED)
                .union(s.unique.filter(p -> p.kind() == Piece.Kind.REJECTED),
                        s.read.filter(p -> p.kind() == Piece.Kind.EXCLUDED),
                        s.grouped.filter(p -> p.kind() != Piece.Kind.BLOCK),
                        reconciled);
    }

    /** The blocks the job cuts, before they are reconciled (a test compares them with the local run's). */
    static DataStream<Piece> blocks(StreamExecutionEnvironment env, List<InputFile> files, JobSettings settings) {
        return new Stages(env, files, settings).grouped.filter(p -> p.kind() == Piece.Kind.BLOCK);
    }

    /** The job's streams up to the blocks: files read, one report per id, reports read, groups cut. */
    private static final class Stages {
        final DataStream<Piece> fromFiles;
        final DataStream<Piece> unique;
        final DataStream<Piece> read;
        final DataStream<Piece> grouped;

        Stages(StreamExecutionEnvironment env, List<InputFile> files, JobSettings settings) {
            fromFiles = env.fromData(files, TypeInformation.of(InputFile.class)).rebalance()
                    .flatMap(new ReadFile(), PIECE).name("read files");
            unique = fromFiles.filter(p -> p.kind() == Piece.Kind.REPORT)
                    .keyBy(p -> p.report().id(), Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
                    .process(new OnePerId(), PIECE).name("one report per id");
            read = unique.filter(p -> p.kind() == Piece.Kind.REPORT).rebalance()
                    .map(new ReadReport(settings), PIECE).name("read reports");
            grouped = read.filter(p -> p.kind() == Piece.Kind.READ)
                    .keyBy(p -> p.read().report().group(), Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
                    .process(new CutGroup(settings), PIECE).name("cut groups into blocks");
        }
    }

    /** Reads one input file into reports, and its lines that could not be read. */
    static final class ReadFile implements FlatMapFunction<InputFile, Piece> {
        @Override
        public void flatMap(InputFile file, Collector<Piece> out) {
            Ingested in = new ReportReader().readFile(file);
            in.reports().forEach(r -> out.collect(Piece.report(r)));
            in.rejected().forEach(r -> out.collect(Piece.rejected(r)));
        }
    }

    /** Keeps the first report of an id by (input, line), as the local run does, and rejects the others. */
    static final class OnePerId extends ProcessWindowFunction<Piece, Piece, String, GlobalWindow> {
        @Override
        public void process(String id, Context context, Iterable<Piece> pieces, Collector<Piece> out) {
            List<Report> reports = new ArrayList<>();
            pieces.forEach(p -> reports.add(p.report()));
            List<Rejected> rejected = new ArrayList<>();
            ReportReader.unique(reports, rejected).forEach(r -> out.collect(Piece.report(r)));
            rejected.forEach(r -> out.collect(Piece.rejected(r)));
        }
    }

    /** Sets an excluded report aside, or cleans it, extracts its claims and splits them into mentions. */
    static final class ReadReport implements MapFunction<Piece, Piece> {
        private final JobSettings settings;

        ReadReport(JobSettings settings) {
            this.settings = settings;
        }

        @Override
        public Piece map(Piece p) {
            Pipeline pipeline = settings.pipeline();
            AnalystOverride exclusion = pipeline.exclusion(p.report());
            return exclusion != null ? Piece.excluded(p.report(), exclusion) : Piece.read(pipeline.read(p.report()));
        }
    }

    /**
     * One group, once all its reports are read: reports that name no division are read again in the group's, and
     * the group is cut into blocks. The reads go on to the client (without their mentions), the blocks to be
     * reconciled, each with its mentions in the order of the local run (by report id, then as read).
     */
    static final class CutGroup extends ProcessWindowFunction<Piece, Piece, String, GlobalWindow> {
        private final JobSettings settings;

        CutGroup(JobSettings settings) {
            this.settings = settings;
        }

        @Override
        public void process(String group, Context context, Iterable<Piece> pieces, Collector<Piece> out) {
            Pipeline pipeline = settings.pipeline();
            List<Pipeline.Read> reads = new ArrayList<>();
            pieces.forEach(p -> reads.add(p.read()));
            reads.sort(Comparator.comparing(r -> r.report().id()));
            List<EventMention> mentions = new ArrayList<>();
            Map<String, Report> reports = new HashMap<>();
            for (Pipeline.Read r : pipeline.inGroupRegions(reads)) {
                out.collect(Piece.read(r.withoutMentions()));
                if (r.rejected() != null) continue;
                reports.put(r.report().id(), r.report());
                mentions.addAll(r.mentions().mentions());
            }
            Blocks.Cut cut = pipeline.blocks(mentions, reports);
            if (!cut.unassigned().isEmpty()) out.collect(Piece.unassigned(cut.unassigned()));
            for (Map.Entry<String, List<EventMention>> b : cut.blocks().entrySet()) {
                Map<String, Report> own = new LinkedHashMap<>();
                for (EventMention m : b.getValue()) own.put(m.report(), reports.get(m.report()));
                out.collect(Piece.block(new Piece.Block(b.getKey(), List.copyOf(b.getValue()), own, cut.analystGroups().contains(b.getKey()))));
            }
        }
    }

    /** Reconciles one block in its own rule session; a block the rules fail on comes back with its error, as locally. */
    static final class ReconcileBlock implements MapFunction<Piece, Piece> {
        private final JobSettings settings;

        ReconcileBlock(JobSettings settings) {
            this.settings = settings;
        }

        @Override
        public Piece map(Piece p) {
            Piece.Block b = p.block();
            return Piece.result(settings.pipeline().reconciler().reconcile(b.key(), b.mentions(), b.reports(), b.analystGroup()));
        }
    }
}
