package io.triangulate.cli;

import io.triangulate.eval.ExtractionEval;
import io.triangulate.eval.LabelledSet;
import io.triangulate.eval.Score;
import io.triangulate.extract.Gazetteer;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.TableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction on labelled cases (JSONL, one case per line): precision and recall per claim type,"
                + " against the targets in EXTRACTION.md.", "Exit 0 when every target is met, 1 when one is not."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled .jsonl files or folders of them (default: samples/extraction).")
    List<Path> inputs;

    @Option(names = "--misses", description = "List every case where extraction and label disagree.")
    boolean misses;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder whose tables to use. Default: the project's rules/.")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path rulesDir = RulesOptions.rulesDir(rules);
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(RulesOptions.home().resolve("samples/extraction")) : inputs;
        for (Path p : in) {
            if (!Files.exists(p)) {
                err.println("triangulate: no such file or folder: " + p);
                return Triangulate.USAGE_OR_RULES;
            }
        }
        Lexicon lexicon;
        Gazetteer gazetteer;
        try {
            lexicon = Lexicon.load(rulesDir);
            gazetteer = Gazetteer.withCurated(lexicon);
        } catch (TableException e) {
            for (TableException t : e.all()) err.println(t.located());
            return Triangulate.USAGE_OR_RULES;
        }
        LabelledSet.Read read;
        try {
            read = LabelledSet.read(in);
        } catch (LabelledSet.LabelledSetException e) {
            err.println("triangulate: " + e.getMessage());
            return Triangulate.USAGE_OR_RULES;
        }
        ExtractionEval.Result r = new ExtractionEval(lexicon, gazetteer).evaluate(read.cases());
        for (String s : read.skipped()) out.println("skipped " + s);
        if (misses) {
            for (ExtractionEval.Miss m : r.misses()) {
                out.printf("%s %s [%s]%n    expected:  %s%n    extracted: %s%n", m.where(), m.caseId(), m.type(), m.expected(), m.extracted());
            }
            out.println();
        }
        out.printf("%d cases, %d sentences%n", r.cases(), r.sentences());
        out.printf("%-28s %9s %9s %6s %6s %6s  %s%n", "claim type", "precision", "recall", "tp", "fp", "fn", "target");
        for (Score s : r.scores()) {
            out.printf(Locale.ROOT, "%-28s %9.3f %9.3f %6d %6d %6d  %s%n", s.type(), s.precision(), s.recall(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.target() == null ? "-" : String.format(Locale.ROOT, "%.2f %s", s.target(),
                            s.meetsTarget() ? "met" : "NOT MET"));
        }
        out.flush();
        return r.meetsTargets() ? Triangulate.OK : Triangulate.DIFFERENCES;
    }
}
