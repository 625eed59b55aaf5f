package io.triangulate.cli;

import io.triangulate.rules.RuleError;
import io.triangulate.rules.RuleValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work on the rule base.",
        subcommands = {RulesCommand.Validate.class})
final class RulesCommand {
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compiles the rules and reads every table and the overrides; lists each problem as file:line[:col]: message,",
                    "and DRL that can never match (drools-verifier) as warnings."},
            footerHeading = "%nExit codes:%n", footer = {"  0  no errors (warnings may be listed)", "  2  errors, or a usage error"})
    static final class Validate implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: the project's rules/).")
        Path rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = RulesOptions.rulesDir(rules);
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("triangulate: rules folder not found: " + dir);
                return Triangulate.USAGE_OR_RULES;
            }
            RuleValidator.Findings f = RuleValidator.validate(dir);
            for (RuleError e : f.errors()) out.println(e.located());
            for (String w : f.warnings()) out.println(w);
            out.println(dir + ": " + f.errors().size() + (f.errors().size() == 1 ? " error, " : " errors, ") + f.warnings().size()
                    + (f.warnings().size() == 1 ? " warning" : " warnings"));
            out.flush();
            return f.errors().isEmpty() ? Triangulate.OK : Triangulate.USAGE_OR_RULES;
        }
    }
}
