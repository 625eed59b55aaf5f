package io.triangulate.cli;

import io.triangulate.pipeline.Pipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.output.JsonReport;
import io.triangulate.reconcile.RunResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code run --watch}: runs, then polls rules/ and the inputs once a second; when a file changes it runs
 * again (rebuilding the rules if they changed) and prints what changed in the result, field by field, as
 * {@code check} does. A rules error is printed and the previous result kept until the rules are fixed.
 */
final class Watch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunCommand run;
    private Pipeline pipeline;
    private String rulesState;
    private String inputState;
    private JsonNode previous;

    Watch(RunCommand run) {
        this.run = run;
    }

    int run() throws IOException {
        PrintWriter err = run.spec.commandLine().getErr();
        step();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                step();
            } catch (UncheckedIOException e) {
                err.println("triangulate: " + e.getMessage());
            }
        }
        return Triangulate.OK;
    }

    /** Re-runs if anything changed since the last step; returns whether it ran. */
    boolean step() throws IOException {
        PrintWriter out = run.spec.commandLine().getOut();
        PrintWriter err = run.spec.commandLine().getErr();
        String rules = state(List.of(run.rules.rulesDir()));
        String inputs = state(run.inputs);
        boolean rulesChanged = !rules.equals(rulesState);
        if (!rulesChanged && inputs.equals(inputState)) return false;
        if (rulesChanged) {
            Pipeline p = run.rules.pipeline(err);
            rulesState = rules;
            if (p == null) {
                err.flush();
                return false; // keep the last good rules until this is fixed
            }
            pipeline = p;
        }
        inputState = inputs;
        if (pipeline == null) return false;
        RunResult result = pipeline.run(run.inputs);
        JsonNode now = JSON.readTree(JsonReport.write(result));
        if (previous == null) {
            out.println("watching " + run.rules.rulesDir() + " and " + run.inputs.size() + " input(s): " + result.events().size() + " events");
        } else {
            List<JsonDiff.Difference> diffs = JsonDiff.diffOutputs(previous, now);
            out.println((rulesChanged ? "rules changed" : "inputs changed") + ": " + (diffs.isEmpty() ? "no difference in the result"
                    : diffs.size() + (diffs.size() == 1 ? " difference" : " differences")));
            for (JsonDiff.Difference d : diffs) out.println("  " + d);
        }
        out.flush();
        previous = now;
        if (run.out != null) run.write(result);
        return true;
    }

    /** Every file's path, size and modification time under the given paths: a change in any is a change. */
    private static String state(List<Path> paths) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                b.append(p).append(" missing\n");
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    b.append(f).append(' ').append(Files.size(f)).append(' ').append(Files.getLastModifiedTime(f).toMillis()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
