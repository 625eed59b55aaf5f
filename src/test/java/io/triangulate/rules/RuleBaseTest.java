package io.triangulate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void syntaxErrorIsLocatedByFileLineAndColumn() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("casualties.drl");
        Files.writeString(drl, Files.readString(drl).replace("min != null )\n    $b", "min != )\n    $b"));
        RulesException e = assertThrows(RulesException.class, () -> RuleBase.load(rules, null));
        RuleError first = e.errors().get(0);
        assertEquals("casualties.drl", first.file());
        assertEquals(11, first.line());
        assertTrue(first.column() > 0, first::located);
    }

    @Test
    void errorInAConsequenceIsMappedBackToTheDrlFile() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("sources.drl");
        Files.writeString(drl, Files.readString(drl).replace("$c.describe()", "$c.noSuchMethod()"));
        RulesException e = assertThrows(RulesException.class, () -> RuleBase.load(rules, null));
        assertEquals("sources.drl", e.errors().get(0).file(), e.errors().get(0)::located);
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
