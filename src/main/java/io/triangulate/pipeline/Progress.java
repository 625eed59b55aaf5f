package io.triangulate.pipeline;

/** Hears of the pipeline's progress: a phase of so many steps, then each step. The CLI draws a bar with it. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {};

    /** A new phase of {@code steps} steps ("Reading", "Reconciling"). */
    default void phase(String name, long steps) {}

    default void step() {}

    @Override
    default void close() {}
}
