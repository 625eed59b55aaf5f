package io.triangulate.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a run, summed over the threads that ran it (so on two threads the stages can add up
 * to more than the wall time). The benchmark reads it; a plain run keeps it and nobody looks.
 */
public final class StageTimes {
    /** The stages, in pipeline order, as BENCHMARKS.md names them. */
    public enum Stage {
        READ("read: files and lines into reports"),
        CLEAN("clean: language, page furniture, sentences"),
        EXTRACT("extract: claims from sentences"),
        SPLIT("split: claims into event mentions"),
        BLOCK("block: mentions cut into blocks"),
        MATCH("match: which mentions are one event"),
        JUDGE("judge: flags, figures, sources, confidence"),
        RECONCILE("reconcile: events drafted and assembled"),
        WRITE("write: the output");

        public final String describe;

        Stage(String describe) {
            this.describe = describe;
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private volatile int blocks;
    private volatile int largestBlock;

    public StageTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) and returns now, to start the next stage. */
    public long since(Stage stage, long startNanos) {
        long now = System.nanoTime();
        add(stage, now - startNanos);
        return now;
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** How the run was cut: the number of blocks and the mentions in the largest (the rules compare its pairs). */
    void blocks(java.util.Collection<? extends java.util.Collection<?>> cut) {
        blocks = cut.size();
        largestBlock = cut.stream().mapToInt(java.util.Collection::size).max().orElse(0);
    }

    public int blocks() {
        return blocks;
    }

    public int largestBlock() {
        return largestBlock;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
