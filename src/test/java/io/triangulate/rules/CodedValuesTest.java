package io.triangulate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A misspelt coded value in a rule matches nothing and changes results silently: `rules validate` names it with its line. */
class CodedValuesTest {
    @Test
    void aMisspeltStanceIsAWarningWithItsLine(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("perpetrator.drl");
        List<String> lines = Files.readAllLines(Path.of("rules/perpetrator.drl"));
        int at = 0;
        while (!lines.get(at).contains("stance == \"claimed\"")) at++;
        lines.set(at, lines.get(at).replaceFirst("stance == \"claimed\"", "stance == \"claimd\""));
        Files.write(drl, lines);
        List<String> warnings = RuleValidator.unknownCodedValues(drl);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("perpetrator.drl:" + (at + 1) + ":"), warnings::toString);
        assertTrue(warnings.get(0).contains("stance is never \"claimd\""), warnings::toString);
    }

    @Test
    void theShippedRulesUseOnlyKnownValues() throws IOException {
        // control: every coded value in rules/ is one of its field's
        try (var files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertEquals(List.of(), RuleValidator.unknownCodedValues(drl), drl.toString());
            }
        }
    }
}
