package io.triangulate.cli;

import io.triangulate.output.OutputFormat;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.Progress;
import io.triangulate.reconcile.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Reads report files or folders (a folder of folders is one group per sub-folder) and writes the reconciled events.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  2  usage error, or a rules/table error, or --out cannot be written", "  3  some inputs rejected (output still written)",
                "  4  internal error", "  5  the rules failed on some blocks (their reports in unassigned, the causes in ruleErrors; output written);",
                "     where both 3 and 5 apply, 5"})
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files (.txt, .json, .jsonl) or folders.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "text (default), json, jsonl, csv, geojson, md, html; several with commas (then --out names a folder).")
    List<OutputFormat> formats = new ArrayList<>(List.of(OutputFormat.text));

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Write here instead of standard output: a file for one format, a folder for several (events.json, report.html, events.csv, …).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar and no notes on standard error (errors still print).")
    boolean quiet;

    @Option(names = "--watch", description = "Keep running: re-run when rules/ or the inputs change, and print what changed in the result.")
    boolean watch;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (default): this JVM's threads; flink: the same pipeline as an "
            + "Apache Flink job on an embedded cluster (the same output; README, \"Past one machine\").")
    Engine engine = Engine.local;

    @Option(names = "--parallelism", paramLabel = "N", description = "With --engine flink: the job's parallelism (default: the cores here; under flink run, the cluster's default).")
    Integer parallelism;

    enum Engine { local, flink }

    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (formats.size() > 1 && out == null) {
            err.println("triangulate: several formats need --out DIR");
            return Triangulate.USAGE_OR_RULES;
        }
        if (formats.size() > 1 && Files.isRegularFile(out)) {
            err.println("triangulate: with several formats --out names a folder, and " + out + " is a file");
            return Triangulate.USAGE_OR_RULES;
        }
        if (parallelism != null && (engine != Engine.flink || parallelism < 1)) {
            err.println("triangulate: --parallelism takes a number from 1, with --engine flink");
            return Triangulate.USAGE_OR_RULES;
        }
        if (watch && engine == Engine.flink) {
            err.println("triangulate: --watch runs locally; leave out --engine flink");
            return Triangulate.USAGE_OR_RULES;
        }
        if (watch) return new Watch(this).run();
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) return Triangulate.USAGE_OR_RULES;
        RunResult result;
        if (engine == Engine.flink) {
            int[] exit = {Triangulate.OK};
            result = OnFlink.run(pipeline, inputs, parallelism, err, exit);
            if (result == null) return exit[0];
        } else {
            try (Progress progress = TerminalProgress.onTerminal(quiet)) {
                result = pipeline.run(inputs, progress);
            }
        }
        try {
            write(result);
        } catch (IOException e) {
            err.println("triangulate: cannot write " + (out == null ? "the output" : out) + ": " + reason(e));
            return Triangulate.USAGE_OR_RULES;
        }
        return exitCode(result);
    }

    /** What went wrong writing, in words: "no such folder", not the exception's class. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    void write(RunResult result) throws IOException {
        if (out == null) {
            formats.get(0).write(result, spec.commandLine().getOut());
            return;
        }
        if (formats.size() == 1) {
            writeFile(out, formats.get(0), result);
            return;
        }
        Files.createDirectories(out);
        for (OutputFormat f : formats) writeFile(out.resolve(f.fileName()), f, result);
    }

    /** Streams one format's output into a file (JSON, JSONL and CSV are never held whole). */
    private static void writeFile(Path file, OutputFormat format, RunResult result) throws IOException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            format.write(result, w);
        }
    }

    int exitCode(RunResult result) {
        PrintWriter err = spec.commandLine().getErr();
        if (result.ingested().reports().isEmpty() && result.ingested().rejected().isEmpty() && !quiet) {
            err.println("triangulate: warning: no reports in " + inputs + " (" + result.ingested().skipped() + " files skipped)");
        }
        if (!result.ruleErrors().isEmpty()) {
            err.println("triangulate: the rules failed on " + result.ruleErrors().size()
                    + " block(s); their reports are in \"unassigned\", the causes in \"ruleErrors\"");
            return Triangulate.RULES_FAILED;
        }
        if (!result.ingested().rejected().isEmpty()) {
            if (!quiet) spec.commandLine().getErr().println("triangulate: " + result.ingested().rejected().size()
                    + " input(s) rejected; see \"rejected\" in the output");
            return Triangulate.REJECTED_INPUTS;
        }
        return Triangulate.OK;
    }
}
