package io.triangulate.cli;

import io.triangulate.pipeline.Pipeline;
import io.triangulate.output.TextReport;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Runs the reports and prints, for one event, every value and flag with the rule and claims behind it, "
                + "and every rule that fired about it with the facts it matched.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders, as for run.")
    List<Path> inputs;

    @Option(names = "--event", paramLabel = "ID", required = true, description = "The event id, as run prints it.")
    String event;

    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = rules.pipeline(err);
        if (pipeline == null) return Triangulate.USAGE_OR_RULES;
        RunResult result = pipeline.with(pipeline.options().explaining(true)).run(inputs);
        ReconciledEvent e = result.events().stream().filter(x -> x.id().equals(event)).findFirst().orElse(null);
        if (e == null) {
            err.println("triangulate: no event " + event + "; the events are: " + String.join(", ", result.events().stream().map(ReconciledEvent::id).toList()));
            return Triangulate.USAGE_OR_RULES;
        }
        out.print(TextReport.explain(e));
        out.flush();
        return Triangulate.OK;
    }
}
