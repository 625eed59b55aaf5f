package io.triangulate.rules;

import io.triangulate.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coded values are shared by Java and DRL (io.triangulate.codes): a misspelt one fails at rule build, and so in
 * `rules validate`, with the file and line of the mistake.
 */
class CodedValuesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
            // a text field from the tables, misspelt
            "perpetrator.drl|stance == \"claimed\"|stance == \"claimd\"|stance is never \"claimd\"",
            "casualties.drl|qualifier != \"negated\"|qualifier != \"negatd\"|qualifier is never \"negatd\"",
            // an enum field compared with a quoted value: said plainly, with the constant to write
            "reconcile.drl|tier == Tier.FIRM|tier == \"firm\"|tier is a Tier: write Tier.FIRM, not \"firm\"",
            "reconcile.drl|status == Stance.DISPUTED|status == \"disputd\"|status is a Stance: write one of Stance.CLAIMED",
            // an enum constant misspelt, in a condition and in a consequence
            "matching.drl|code == FlagCode.COARSE_MATCH|code == FlagCode.COARSE_MATCHES|FlagCode has no COARSE_MATCHES",
            "sources.drl|FlagCode.SINGLE_SOURCE, \"event\", Level.MEDIUM|FlagCode.SINGLE_SOURCE, \"event\", Level.MEDUIM|Level has no MEDUIM",
            // a quoted value against a number: Drools would throw a NumberFormatException, located nowhere
            "casualties.drl|min > $p.largestFigure|min > \"many\"|min is a number: write one, not \"many\""})
    void aMisspeltCodedValueFailsTheBuildAtItsLine(String file, String good, String bad, String message) throws IOException {
        Path rules = dir.resolve("rules");
        TestRules.copyTree(Path.of("rules"), rules);
        List<String> lines = Files.readAllLines(rules.resolve(file));
        int at = 0;
        while (!lines.get(at).contains(good)) at++;
        lines.set(at, lines.get(at).replace(good, bad));
        Files.write(rules.resolve(file), lines);
        RulesException e = assertThrows(RulesException.class, () -> RuleBase.load(rules, null));
        int line = at + 1;
        assertTrue(e.errors().stream().anyMatch(r -> r.file().equals(file) && r.line() == line
                && r.message().contains(message)), () -> "expected " + file + ":" + line + " '" + message + "' in " + e.errors());
        // rules validate says the same
        assertTrue(RuleValidator.validate(rules).errors().stream().anyMatch(r -> r.file().equals(file) && r.message().contains(message)));
    }

    @Test
    void theShippedRulesUseOnlyKnownValues() throws IOException {
        // control: every coded value in rules/ is one of its field's
        try (var files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertEquals(List.of(), RuleLiterals.check(drl.getFileName().toString(), Files.readString(drl)), drl.toString());
            }
        }
    }

    @Test
    void aCodeIsWrittenTheSameWayByJavaJacksonAndText() throws Exception {
        // Tables and output write "soft_zero" and "high"; a flag keeps its capitals.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals("\"soft_zero\"", json.writeValueAsString(io.triangulate.codes.Tier.SOFT_ZERO));
        assertEquals("high", String.valueOf(io.triangulate.codes.Level.HIGH));
        assertEquals("\"DATE_CONFLICT\"", json.writeValueAsString(io.triangulate.codes.FlagCode.DATE_CONFLICT));
        assertEquals("security_forces", io.triangulate.codes.Victims.SECURITY_FORCES.code());
    }
}
