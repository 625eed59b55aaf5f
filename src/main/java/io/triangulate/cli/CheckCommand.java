package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.output.JsonReport;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;
import io.triangulate.reconcile.RunResult;
import picocli.CommandLine;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Re-runs every sample case (DIR/<case>/reports) and compares with DIR/<case>/expected.json, field by field.",
        footerHeading = "%nExit codes:%n", footer = {"  0  every case matches (or --update rewrote them)", "  1  some case differs",
                "  2  usage error, or a rules/table error"})
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of cases (default: samples).")
    Path dir;

    @Option(names = "--update", description = "Rewrite each case's expected.json with the current output, and list them.")
    boolean update;

    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cases = dir != null ? dir : Path.of("samples");
        if (!Files.isDirectory(cases)) {
            err.println("triangulate: no such folder of cases: " + cases);
            return Triangulate.USAGE_OR_RULES;
        }
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) return Triangulate.USAGE_OR_RULES;
        List<Path> caseDirs;
        try (Stream<Path> s = Files.list(cases)) {
            caseDirs = s.filter(p -> Files.isDirectory(p.resolve("reports"))).sorted().toList();
        }
        if (caseDirs.isEmpty()) {
            err.println("triangulate: no cases (folders with a reports/ folder) in " + cases);
            return Triangulate.USAGE_OR_RULES;
        }
        int differing = 0;
        for (Path c : caseDirs) {
            String name = c.getFileName().toString();
            // A case may carry its own overrides table, to show an override at work.
            Path caseOverrides = c.resolve("overrides.csv");
            RunResult result;
            try {
                Pipeline forCase = Files.exists(caseOverrides)
                        ? pipeline.with(pipeline.options().withOverrides(caseOverrides, name + "/overrides.csv")) : pipeline;
                result = forCase.run(List.of(c.resolve("reports")));
            } catch (RulesException e) {
                for (RuleError r : e.errors()) err.println(r.located());
                return Triangulate.USAGE_OR_RULES;
            }
            String actual = JsonReport.write(result);
            Path expectedFile = c.resolve("expected.json");
            if (update) {
                String before = Files.exists(expectedFile) ? Files.readString(expectedFile) : null;
                if (!actual.equals(before)) {
                    Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                    out.println("updated " + expectedFile);
                } else {
                    out.println("unchanged " + expectedFile);
                }
                continue;
            }
            if (!Files.exists(expectedFile)) {
                out.println(name + ": no expected.json (run check --update to write it)");
                differing++;
                continue;
            }
            JsonNode expected = JSON.readTree(expectedFile.toFile());
            List<JsonDiff.Difference> diffs = JsonDiff.diffOutputs(expected, JSON.readTree(actual));
            if (diffs.isEmpty()) {
                out.println(ANSI.string(name + ": @|green ok|@"));
            } else {
                differing++;
                out.println(ANSI.string(name + ": @|bold,red " + diffs.size() + (diffs.size() == 1 ? " difference" : " differences") + "|@"));
                for (JsonDiff.Difference d : diffs) {
                    out.println(ANSI.string("  @|yellow " + escape(d.path()) + "|@: expected @|green " + escape(d.expected())
                            + "|@, actual @|red " + escape(d.actual()) + "|@"));
                }
            }
        }
        out.flush();
        if (update) return Triangulate.OK;
        out.println(differing == 0 ? "all " + caseDirs.size() + " cases match" : differing + " of " + caseDirs.size() + " cases differ");
        return differing == 0 ? Triangulate.OK : Triangulate.DIFFERENCES;
    }

    /** Colour only on a terminal (picocli's AUTO), so that piped output and CI logs stay plain. */
    private static final CommandLine.Help.Ansi ANSI = CommandLine.Help.Ansi.AUTO;

    /** Report text may hold picocli's markup characters; shown as they are. */
    private static String escape(String s) {
        return s == null ? "null" : s.replace("@|", "@ |");
    }
}
