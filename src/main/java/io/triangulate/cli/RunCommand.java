package io.triangulate.cli;

import io.triangulate.output.JsonReport;
import io.triangulate.output.TextReport;
import io.triangulate.reconcile.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Reads report files or folders (a folder of folders is one group per sub-folder) and writes the reconciled events.")
final class RunCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files (.txt, .json, .jsonl) or folders.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = rules.pipeline(spec.commandLine().getErr());
        if (pipeline == null) return Triangulate.USAGE_OR_RULES;
        RunResult result = pipeline.run(inputs, rules.threads);
        String body = format == Format.json ? JsonReport.write(result) : TextReport.write(result);
        if (out == null) {
            spec.commandLine().getOut().print(body);
            spec.commandLine().getOut().flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, body, StandardCharsets.UTF_8);
        }
        if (!result.ingested().rejected().isEmpty()) {
            spec.commandLine().getErr().println("triangulate: " + result.ingested().rejected().size() + " input(s) rejected; see \"rejected\" in the output");
            return Triangulate.REJECTED_INPUTS;
        }
        return Triangulate.OK;
    }
}
