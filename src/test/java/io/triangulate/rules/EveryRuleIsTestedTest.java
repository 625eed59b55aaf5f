package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every rule of rules/*.drl is named, word for word, in a rule test (which asserts it produced something). */
class EveryRuleIsTestedTest {
    @Test
    void everyRuleHasATest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("src/test/java/io/triangulate/rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith("RulesTest.java")).sorted().toList()) tests.append(Files.readString(p));
        }
        List<String> untested = new ArrayList<>();
        for (var pkg : RuleHarness.rules().kieBase().getKiePackages()) {
            for (var rule : pkg.getRules()) {
                if (!tests.toString().contains("\"" + rule.getName() + "\"")) untested.add(rule.getName());
            }
        }
        assertEquals(List.of(), untested.stream().sorted().toList(), "rules without a test");
    }
}
