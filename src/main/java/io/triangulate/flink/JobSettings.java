package io.triangulate.flink;

import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.PipelineOptions;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a task needs to make the pipeline the job runs, as plain strings shipped with the job: the rules folder,
 * the rules cache, the overrides table and the gazetteer. Each task manager JVM loads that pipeline once, lazily,
 * from the cached compiled rules; on the embedded cluster the tasks share the pipeline the client already loaded.
 */
record JobSettings(String rules, String cache, int fireLimit, String overrides, String overridesLabel, String gazetteer,
                   boolean explain) implements Serializable {
    private static final Map<JobSettings, Pipeline> LOADED = new ConcurrentHashMap<>();

    static JobSettings of(PipelineOptions o) {
        return new JobSettings(o.rules().toString(), text(o.cache()), o.fireLimit(), text(o.overrides()), o.overridesLabel(),
                text(o.gazetteer()), o.explain());
    }

    /** The client's pipeline, for the tasks of this JVM (the embedded cluster) to use instead of loading their own. */
    static JobSettings share(Pipeline pipeline) {
        JobSettings s = of(pipeline.options());
        LOADED.put(s, pipeline);
        return s;
    }

    /** The end of a job on the embedded cluster: the client's pipeline is no longer lent to the tasks. */
    static void release(JobSettings s, Pipeline pipeline) {
        LOADED.remove(s, pipeline);
    }

    /** The pipeline these settings make, loaded at most once per JVM. */
    Pipeline pipeline() {
        return LOADED.computeIfAbsent(this, s -> Pipeline.load(s.options()));
    }

    private PipelineOptions options() {
        PipelineOptions o = PipelineOptions.of(Path.of(rules)).withCache(path(cache)).withFireLimit(fireLimit)
                .withGazetteer(path(gazetteer)).explaining(explain);
        return overrides == null ? o : o.withOverrides(Path.of(overrides), overridesLabel);
    }

    private static String text(Path p) {
        return p == null ? null : p.toString();
    }

    private static Path path(String s) {
        return s == null ? null : Path.of(s);
    }
}
