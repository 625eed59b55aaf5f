package io.triangulate.cli;

import io.triangulate.pipeline.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long runs (me.tongfei:progressbar), shown only when standard error
 * is a terminal and not --quiet; otherwise it does nothing, so that logs and pipes stay clean.
 */
class TerminalProgress implements Progress {
    /** Shown only for runs of at least this many steps: a short run has nothing to wait for. */
    static final int MIN_STEPS = 200;
    private ProgressBar bar;
    private final boolean shown;
    private final java.io.PrintStream to;

    /** A bar drawn on {@code to} whatever it is (tests); the CLI uses {@link #onTerminal}. */
    TerminalProgress(boolean shown, java.io.PrintStream to) {
        this.shown = shown;
        this.to = to;
    }

    static Progress onTerminal(boolean quiet) {
        return !quiet && System.console() != null ? new TerminalProgress(true, System.err) : Progress.NONE;
    }

    /** A new phase of {@code steps} steps ("reading", "reconciling"). */
    @Override
    public synchronized void phase(String name, long steps) {
        if (!shown) return;
        if (bar != null) bar.close();
        bar = steps < MIN_STEPS ? null : new ProgressBarBuilder().setTaskName(name).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(to)).build();
    }

    @Override
    public void step() {
        ProgressBar b = bar;
        if (b != null) b.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
