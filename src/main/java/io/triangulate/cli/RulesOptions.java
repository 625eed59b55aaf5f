package io.triangulate.cli;

import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.PipelineOptions;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.RuleError;
import io.triangulate.rules.RulesException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options every command that runs the rules shares. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (DRL and tables). Default: the project's rules/.")
    Path rules;

    @Option(names = "--overrides", paramLabel = "FILE", description = "The analyst's overrides table (default: RULES/overrides.csv).")
    Path overrides;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "A larger GeoNames file (cities500.txt, a country's file such as ML.txt, allCountries.txt) whose populated places join the built-in ones.")
    Path gazetteer;

    @Option(names = "--threads", paramLabel = "N", description = "Blocks reconciled in parallel (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    Path rulesDir() {
        return rulesDir(rules);
    }

    /** The rules folder given, else the project's: TRIANGULATE_HOME/rules (set by the launcher), else ./rules. */
    static Path rulesDir(Path given) {
        return given != null ? given : home().resolve("rules");
    }

    /** The project folder the launcher names, else the working folder. */
    static Path home() {
        String h = System.getenv("TRIANGULATE_HOME");
        return h == null ? Path.of("") : Path.of(h);
    }

    /** The pipeline's options these flags give. */
    PipelineOptions options() {
        PipelineOptions o = PipelineOptions.of(rulesDir()).withCache(RuleBase.defaultCacheDir()).withGazetteer(gazetteer).withThreads(threads);
        return overrides == null ? o : o.withOverrides(overrides, null);
    }

    /** Builds the pipeline, or prints every rules error as file:line:col: message and returns null. */
    Pipeline pipeline(PrintWriter err) {
        Path dir = rulesDir();
        if (!Files.isDirectory(dir)) {
            err.println("triangulate: rules folder not found: " + dir);
            return null;
        }
        try {
            if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
                err.println("triangulate: gazetteer file not found: " + gazetteer);
                return null;
            }
            return Pipeline.load(options());
        } catch (RulesException e) {
            for (RuleError r : e.errors()) err.println(r.located());
            err.println("triangulate: the rules in " + dir + " have errors; nothing was written");
            return null;
        }
    }
}
