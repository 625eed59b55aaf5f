package io.triangulate.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long runs (me.tongfei:progressbar), shown only when standard error
 * is a terminal and not --quiet; otherwise it does nothing, so that logs and pipes stay clean.
 */
class Progress implements AutoCloseable {
    /** Shown only for runs of at least this many steps: a short run has nothing to wait for. */
    static final int MIN_STEPS = 200;
    static final Progress NONE = new Progress();

    private ProgressBar bar;
    private final boolean shown;

    private Progress() {
        this.shown = false;
    }

    private Progress(boolean shown) {
        this.shown = shown;
    }

    static Progress onTerminal(boolean quiet) {
        return !quiet && System.console() != null ? new Progress(true) : NONE;
    }

    /** A new phase of {@code steps} steps ("reading", "reconciling"). */
    synchronized void phase(String name, long steps) {
        if (!shown) return;
        if (bar != null) bar.close();
        bar = steps < MIN_STEPS ? null : new ProgressBarBuilder().setTaskName(name).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    void step() {
        ProgressBar b = bar;
        if (b != null) b.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
