package io.triangulate.flink;

import io.triangulate.events.Blocks;
import io.triangulate.events.EventMention;
import io.triangulate.events.Unassigned;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.InputFile;
import io.triangulate.ingest.InputFiles;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.RunParts;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.AnalystOverride;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
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
import java.util.TreeMap;

/**
 * The pipeline as an Apache Flink job, over the same stage functions as the local run (issue 14):
 * <pre>
 *   input files ─ read each file ─ key by report id: one report per id, read (clean, extract, split into mentions)
 *     ─ count each group's readings and mentions ─ route each reading by its group's size: a group of up to 64
 *       readings, or of up to 64 mentions, is cut whole; a pooled stream's mentions go to their division
 *     ─ key by group or division: cut into blocks (Blocks, the local rule) ─ reconcile each block ─ to the client
 * </pre>
 * A pooled stream is thus never held in one task: a task holds one division's readings at a time (batch mode sorts
 * each keyed exchange, spilling to disk). The client gathers the parts of the result and sorts them as the local
 * run does, so the output is the same bytes whatever the parallelism. The cut is made once a key's readings are all
 * in, by the local rule, so the blocks do not depend on arrival order. The file source is the one part to swap: a
 * stream of {@link Piece.Input} from Kafka would enter at the same place.
 */
public final class FlinkJob {
    private static final TypeInformation<Piece> PIECE = Types.GENERIC(Piece.class);
    private static final MapStateDescriptor<String, Piece.GroupSize> SIZES =
            new MapStateDescriptor<>("group sizes", Types.STRING, Types.GENERIC(Piece.GroupSize.class));

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
            prepare(env);
            JobSettings settings = JobSettings.share(pipeline);
            try (CloseableIterator<Piece> it = job(env, plan.files(), settings).executeAndCollect("triangulate")) {
                while (it.hasNext()) ((Piece.Result) it.next()).addTo(parts);
            } finally {
                JobSettings.release(settings, pipeline);
            }
        }
        return pipeline.assemble(parts, plan.files().size(), plan.skipped());
    }

    /** Batch mode (the input is bounded), and no deep copy between chained operators: none changes a record it is given. */
    static void prepare(StreamExecutionEnvironment env) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.getConfig().enableObjectReuse();
    }

    /**
     * The reports of the input files, and the files and lines that could not be read: the job's source. Another
     * source (Kafka) gives the same stream: {@link Piece.Input} for each report, {@link Piece.Refused} for what it
     * could not read.
     */
    static DataStream<Piece> files(StreamExecutionEnvironment env, List<InputFile> files) {
        return env.fromData(files, TypeInformation.of(InputFile.class)).rebalance().flatMap(new ReadFile(), PIECE).name("read files");
    }

    /** The job's graph: every part of the result, as one stream to the client. */
    static DataStream<Piece> job(StreamExecutionEnvironment env, List<InputFile> files, JobSettings settings) {
        return job(files(env, files), settings);
    }

    /** The job's graph over any source of reports. */
    static DataStream<Piece> job(DataStream<Piece> source, JobSettings settings) {
        Stages s = new Stages(source, settings);
        DataStream<Piece> reconciled = s.cut.filter(p -> p instanceof Piece.Block).rebalance()
                .map(new ReconcileBlock(settings), PIECE).name("reconcile blocks");
        return s.fromSource.filter(p -> p instanceof Piece.Result)
                .union(s.readOnce.filter(p -> p instanceof Piece.Result), s.routed.filter(p -> p instanceof Piece.Result),
                        s.cut.filter(p -> p instanceof Piece.Result), reconciled);
    }

    /** The blocks the job cuts, before they are reconciled (a test compares them with the local run's). */
    static DataStream<Piece> blocks(StreamExecutionEnvironment env, List<InputFile> files, JobSettings settings) {
        return new Stages(files(env, files), settings).cut.filter(p -> p instanceof Piece.Block);
    }

    /** The job's streams up to the blocks. */
    private static final class Stages {
        final DataStream<Piece> fromSource;
        final DataStream<Piece> readOnce;
        final DataStream<Piece> routed;
        final DataStream<Piece> cut;

        Stages(DataStream<Piece> source, JobSettings settings) {
            fromSource = source;
            readOnce = fromSource.filter(p -> p instanceof Piece.Input)
                    .keyBy(p -> ((Piece.Input) p).report().id(), Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
                    .process(new ReadOnce(settings), PIECE).name("one report per id, read");
            DataStream<Piece> readings = readOnce.filter(p -> p instanceof Piece.Reading);
            DataStream<Piece> sizes = readings.map(FlinkJob::size, PIECE)
                    .keyBy(p -> ((Piece.GroupSize) p).group(), Types.STRING)
                    .reduce((a, b) -> ((Piece.GroupSize) a).plus((Piece.GroupSize) b)).name("group sizes");
            routed = readings.connect(sizes.broadcast(SIZES)).process(new Route(), PIECE).name("route to groups and divisions");
            cut = routed.filter(p -> p instanceof Piece.ToCut)
                    .keyBy(p -> ((Piece.ToCut) p).key(), Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger())
                    .process(new CutBlocks(settings), PIECE).name("cut into blocks");
        }
    }

    /** A reading counts in its group's size unless the code failed on its report (as in the local run's regrouping). */
    private static Piece size(Piece p) {
        Pipeline.Read r = ((Piece.Reading) p).read();
        boolean read = r.rejected() == null;
        return new Piece.GroupSize(r.report().group(), read ? 1 : 0, read ? r.mentions().mentions().size() : 0);
    }

    /** What is done with all the pieces of one key, with the pipeline of the job's settings. */
    abstract static class KeyWithPipeline extends ProcessWindowFunction<Piece, Piece, String, GlobalWindow> {
        final JobSettings settings;

        KeyWithPipeline(JobSettings settings) {
            this.settings = settings;
        }
    }

    /** Reads one input file into reports, and its lines that could not be read. */
    static final class ReadFile implements FlatMapFunction<InputFile, Piece> {
        @Override
        public void flatMap(InputFile file, Collector<Piece> out) {
            Ingested in = new ReportReader().readFile(file);
            in.reports().forEach(r -> out.collect(new Piece.Input(r)));
            in.rejected().forEach(r -> out.collect(new Piece.Refused(r)));
        }
    }

    /**
     * One id: keeps its first report by (input, line), as the local run does, and rejects the others; the kept one is
     * set aside if the analyst excluded it, else read (cleaned, its claims extracted and split into mentions).
     */
    static final class ReadOnce extends KeyWithPipeline {
        ReadOnce(JobSettings settings) {
            super(settings);
        }

        @Override
        public void process(String id, Context context, Iterable<Piece> pieces, Collector<Piece> out) {
            List<Report> reports = new ArrayList<>();
            pieces.forEach(p -> reports.add(((Piece.Input) p).report()));
            List<Rejected> rejected = new ArrayList<>();
            Pipeline pipeline = settings.pipeline();
            for (Report r : ReportReader.unique(reports, rejected)) {
                AnalystOverride exclusion = pipeline.exclusion(r);
                out.collect(exclusion != null ? new Piece.Excluded(r, exclusion) : new Piece.Reading(pipeline.read(r)));
            }
            rejected.forEach(r -> out.collect(new Piece.Refused(r)));
        }
    }

    /**
     * Sends each reading to its cut, by its group's size (known first: batch mode reads the broadcast side before the
     * other). A group of up to 64 readings goes whole to one key, where its reports may be read again in the group's
     * region. A larger group keeps its readings' results here; one of up to 64 mentions is cut whole, and a pooled
     * stream's mentions go to their divisions, those with no place set aside.
     */
    static final class Route extends BroadcastProcessFunction<Piece, Piece, Piece> {
        @Override
        public void processBroadcastElement(Piece size, Context context, Collector<Piece> out) throws Exception {
            Piece.GroupSize g = (Piece.GroupSize) size;
            context.getBroadcastState(SIZES).put(g.group(), g);
        }

        @Override
        public void processElement(Piece piece, ReadOnlyContext context, Collector<Piece> out) throws Exception {
            Pipeline.Read read = ((Piece.Reading) piece).read();
            if (read.rejected() != null) {
                out.collect(new Piece.Kept(read.forResult()));
                return;
            }
            String group = read.report().group();
            Piece.GroupSize size = context.getBroadcastState(SIZES).get(group);
            if (size == null) throw new IllegalStateException("no size for group '" + group + "' (the broadcast side came late)");
            if (size.reads() <= Blocks.WINDOW_ABOVE) {
                out.collect(new Piece.ToCut("G" + group, Piece.Cut.SMALL_GROUP, read));
                return;
            }
            out.collect(new Piece.Kept(read.forResult()));
            List<EventMention> mentions = read.mentions().mentions();
            if (mentions.isEmpty()) return;
            if (!Blocks.pooled(size.mentions())) {
                out.collect(new Piece.ToCut("G" + group, Piece.Cut.GROUP, read));
                return;
            }
            Map<String, List<EventMention>> byDivision = new TreeMap<>();
            List<Unassigned> noPlace = new ArrayList<>();
            for (EventMention m : mentions) {
                String division = Blocks.division(m);
                if (division == null) noPlace.add(Blocks.noPlace(m));
                else byDivision.computeIfAbsent(division, k -> new ArrayList<>()).add(m);
            }
            if (!noPlace.isEmpty()) out.collect(new Piece.SetAside(noPlace));
            byDivision.forEach((division, ms) -> out.collect(new Piece.ToCut("D" + division, Piece.Cut.DIVISION, read.withMentions(ms))));
        }
    }

    /**
     * One group or division, once all its readings are in: in the local run's order (by report id, then as read), a
     * small group's reports that name no division are read again in the group's, then the mentions are cut into blocks.
     */
    static final class CutBlocks extends KeyWithPipeline {
        CutBlocks(JobSettings settings) {
            super(settings);
        }

        @Override
        public void process(String key, Context context, Iterable<Piece> pieces, Collector<Piece> out) {
            Pipeline pipeline = settings.pipeline();
            List<Piece.ToCut> parts = new ArrayList<>();
            pieces.forEach(p -> parts.add((Piece.ToCut) p));
            parts.sort(Comparator.comparing(p -> p.read().report().id()));
            Piece.Cut how = parts.get(0).cut();
            List<Pipeline.Read> reads = new ArrayList<>();
            for (Piece.ToCut p : parts) reads.add(p.read());
            if (how == Piece.Cut.SMALL_GROUP) {
                reads = pipeline.inGroupRegions(reads);
                for (Pipeline.Read r : reads) out.collect(new Piece.Kept(r.forResult()));
            }
            List<EventMention> mentions = new ArrayList<>();
            Map<String, Report> reports = new HashMap<>();
            for (Pipeline.Read r : reads) {
                reports.put(r.report().id(), r.report());
                mentions.addAll(r.mentions().mentions());
            }
            Map<String, List<EventMention>> blocks;
            java.util.Set<String> analyst;
            if (how == Piece.Cut.DIVISION) {
                blocks = Blocks.cutDivision(key.substring(1), mentions, pipeline.matchPolicy().dayTolerance(),
                        id -> reports.get(id).publishedDate());
                analyst = java.util.Set.of();
            } else {
                Blocks.Cut cut = pipeline.blocks(mentions, reports);
                if (!cut.unassigned().isEmpty()) out.collect(new Piece.SetAside(cut.unassigned()));
                blocks = cut.blocks();
                analyst = cut.analystGroups();
            }
            for (Map.Entry<String, List<EventMention>> b : blocks.entrySet()) {
                Map<String, Report> own = new LinkedHashMap<>();
                for (EventMention m : b.getValue()) own.put(m.report(), reports.get(m.report()));
                out.collect(new Piece.Block(b.getKey(), List.copyOf(b.getValue()), own, analyst.contains(b.getKey())));
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
            Piece.Block b = (Piece.Block) p;
            return new Piece.Reconciled(settings.pipeline().reconciler().reconcile(b.key(), b.mentions(), b.reports(), b.analystGroup()));
        }
    }
}
