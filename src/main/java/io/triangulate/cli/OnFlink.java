package io.triangulate.cli;

import io.triangulate.flink.FlinkJob;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.reconcile.RunResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code run --engine flink}: the pipeline as a Flink job, on an embedded cluster, or on the cluster of {@code flink run}. Flink's classes are loaded here
 * only: the launcher puts target/flink-lib on the class path for this engine alone, so a plain run never pays for them.
 */
final class OnFlink {
    private OnFlink() {}

    /** The job's result, or null after telling the analyst why there is none ({@code exit[0]}: the exit code). */
    static RunResult run(Pipeline pipeline, List<Path> inputs, Integer parallelism, PrintWriter err, int[] exit) {
        try {
            return FlinkJob.run(pipeline, inputs, FlinkJob.environment(parallelism));
        } catch (NoClassDefFoundError e) {
            err.println("triangulate: the flink engine needs Flink's jars on the class path (target/flink-lib/*, which ./triangulate "
                    + "adds for --engine flink); missing: " + e.getMessage());
            exit[0] = Triangulate.USAGE_OR_RULES;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            err.println("triangulate: the Flink job failed: " + cause);
            exit[0] = Triangulate.INTERNAL;
        }
        return null;
    }
}
