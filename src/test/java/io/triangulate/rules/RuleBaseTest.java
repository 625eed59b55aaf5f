package io.triangulate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBaseTest {
    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        Path dir = tmp.resolve("rules");
        io.triangulate.TestRules.copyTree(Path.of("rules"), dir);
        return dir;
    }

    /** Breaks one DRL file of a copy of rules/ and returns the first error the build reports. */
    private RuleError firstErrorAfterEditing(String file, String from, String to) throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve(file);
        String before = Files.readString(drl);
        assertTrue(before.contains(from), () -> file + " no longer contains the text the test breaks");
        Files.writeString(drl, before.replace(from, to));
        RulesException e = assertThrows(RulesException.class, () -> RuleBase.load(rules, null));
        return e.errors().get(0);
    }

    /** The line of the shipped rules file that holds {@code text}. */
    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules", file));
        return 1 + java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow();
    }

    @Test
    void syntaxErrorIsLocatedByFileLineAndColumn() throws IOException {
        String broken = "$a : Casualty( $event : event, min != null )";
        RuleError first = firstErrorAfterEditing("casualties.drl", broken, "$a : Casualty( $event : event, min != )");
        assertEquals("casualties.drl", first.file());
        assertEquals(lineOf("casualties.drl", broken), first.line(), first::located);
        assertTrue(first.column() > 0, first::located);
    }

    @Test
    void anUnknownFieldIsLocatedByFileAndLine() throws IOException {
        String rule = "$s : EventSources( independentReports <= 1 || independentSpeakers <= 1 )";
        RuleError first = firstErrorAfterEditing("sources.drl", rule, "$s : EventSources( ratingg <= 1 )");
        assertEquals("sources.drl", first.file(), first::located);
        assertEquals(lineOf("sources.drl", rule), first.line(), first::located);
        assertTrue(first.message().contains("ratingg"), first::located);
    }

    @Test
    void errorInAConsequenceIsMappedBackToTheDrlFile() throws IOException {
        RuleError first = firstErrorAfterEditing("sources.drl", "$c.describe()", "$c.noSuchMethod()");
        assertEquals("sources.drl", first.file(), first::located);
    }

    @Test
    void compiledRulesAreCachedByHashAndReloaded() throws IOException {
        Path rules = copyOfRules();
        Path cache = tmp.resolve("cache");
        RuleBase first = RuleBase.load(rules, cache);
        assertTrue(Files.exists(cache.resolve("rules-" + first.hash() + ".jar")));
        RuleBase again = RuleBase.load(rules, cache);
        assertEquals(first.hash(), again.hash());
        assertTrue(again.kieBase().getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum() >= 7);
        Files.writeString(rules.resolve("tables/hedges.csv"), "\nen,maybe\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(first.hash(), RuleBase.load(rules, cache).hash());
    }
}
