package io.triangulate.rules;

import io.triangulate.extract.Gazetteer;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.lexicon.TableException;
import org.drools.verifier.Verifier;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code rules validate}: compiles the rules, reads every table and the overrides, and asks drools-verifier
 * for DRL that can never match. Problems are errors ({@code file:line[:col]: message}); the verifier's
 * findings are warnings (they name the file and rule; the verifier gives no line).
 */
public final class RuleValidator {
    /** What validation found. */
    public record Findings(List<RuleError> errors, List<String> warnings) {}

    private RuleValidator() {}

    public static Findings validate(Path rulesDir) {
        List<RuleError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            RuleBase.load(rulesDir, null);
        } catch (RulesException e) {
            errors.addAll(e.errors());
        }
        // The tables: every bad row of every table is listed (Lexicon reads them all before it gives up).
        try {
            Gazetteer.withCurated(Lexicons.load(rulesDir).shared());
        } catch (TableException e) {
            errors.addAll(RuleError.of(e));
        }
        try {
            Overrides.load(rulesDir.resolve("overrides.csv"), "overrides.csv");
        } catch (TableException e) {
            errors.add(new RuleError(e.file(), e.line(), 0, e.getMessage()));
        }
        for (Path drl : files(rulesDir, ".drl")) {
            warnings.addAll(neverMatching(drl));
        }
        return new Findings(List.copyOf(errors), List.copyOf(warnings));
    }

    /** drools-verifier's errors for one DRL file: constraints that can never be true, rules that can never fire. */
    static List<String> neverMatching(Path drl) {
        Verifier verifier = VerifierBuilderFactory.newVerifierBuilder().newVerifier();
        verifier.addResourcesToVerify(ResourceFactory.newFileResource(drl.toFile()), ResourceType.DRL);
        TreeSet<String> out = new TreeSet<>();
        if (verifier.hasErrors()) return List.of();   // a DRL the verifier cannot parse: the compile errors say why
        // The verifier prints its working to standard output; keep it off the analyst's screen.
        java.io.PrintStream stdout = System.out;
        try {
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            verifier.fireAnalysis();
        } finally {
            System.setOut(stdout);
        }
        for (VerifierMessageBase m : verifier.getResult().getBySeverity(Severity.ERROR)) {
            StringBuilder rules = new StringBuilder();
            if (m.getImpactedRules() != null && !m.getImpactedRules().isEmpty()) {
                rules.append(" (rule ").append(String.join(", ", new TreeSet<>(m.getImpactedRules().values()))).append(')');
            }
            out.add(drl.getFileName() + ": warning: " + m.getMessage() + rules);
        }
        verifier.dispose();
        return List.copyOf(out);
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
