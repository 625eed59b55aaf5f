package io.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code triangulate run …} and {@code triangulate check …}. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "triangulate 0.1.0",
        description = "Reconciles conflict reports into events: who, where, when, how many, and how sure.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, RulesCommand.class, EvalCommand.class, BenchCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  check found differences", "  2  usage error, or a rules/table error (nothing written)",
                "  3  some inputs rejected (output still written)", "  4  internal error",
                "  5  the rules failed on some blocks (their reports in unassigned, the causes in ruleErrors; output written)"})
public final class Triangulate {
    public static final int OK = 0;
    public static final int DIFFERENCES = 1;
    public static final int USAGE_OR_RULES = 2;
    public static final int REJECTED_INPUTS = 3;
    public static final int INTERNAL = 4;
    /** The rules failed on some blocks: their reports are in unassigned, the causes in ruleErrors; output written. */
    public static final int RULES_FAILED = 5;

    public static void main(String[] args) {
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands Errors on; the analyst is told what to do rather than shown a trace.
            System.err.println("triangulate: out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                    + ": give Java more heap (TRIANGULATE_JAVA_OPTS=\"-Xmx4g\" ./triangulate …) or run fewer reports at once");
            code = INTERNAL;
        }
        System.exit(code);
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Triangulate());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // What truly cannot go on: say what and where, for the bug report.
            cmd.getErr().println("triangulate: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        return cl.execute(args);
    }
}
