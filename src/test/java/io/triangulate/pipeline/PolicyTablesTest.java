package io.triangulate.pipeline;

import io.triangulate.TestRules;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.reconcile.EventFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The analysts own the policy: a value changed in a table, and no Java touched, changes what the rules decide. */
class PolicyTablesTest {
    @TempDir
    static Path dir;
    static List<Path> reports;

    @BeforeAll
    static void twoReportsOfOneAttack() throws IOException {
        reports = armyAndResidents("in", "2024-05-14", "Twelve soldiers were killed on Monday", "Forty soldiers were killed on Monday");
    }

    /** The rules folder with one table's row replaced. */
    private static Path rulesWith(String table, String row, String replacement) throws IOException {
        Path rules = dir.resolve("rules-" + table.replace('.', '-') + "-" + replacement.replace(',', '-'));
        TestRules.copyTree(TestRules.RULES, rules);
        Path t = rules.resolve("tables").resolve(table);
        String text = Files.readString(t, StandardCharsets.UTF_8);
        if (!text.contains(row + "\n")) throw new AssertionError(table + " has no row " + row);
        Files.writeString(t, text.replace(row + "\n", replacement + "\n"), StandardCharsets.UTF_8);
        return rules;
    }

    /**
     * Two reports of one attack on an army post in Gao, in folder {@code name}: the army's and the residents', each
     * giving its toll ("Twelve soldiers were killed on Monday").
     */
    private static List<Path> armyAndResidents(String name, String published, String armyToll, String residentsToll) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        return List.of(report(in, "army.txt", published, "Soldiers killed in Gao", armyToll + " in an attack on an army post in Gao, the army said."),
                report(in, "residents.txt", published, "Attack in Gao", residentsToll + " in an attack on an army post in Gao, residents said."));
    }

    /** A .txt report in {@code folder}: its publication day, title and text. */
    private static Path report(Path folder, String name, String published, String title, String text) throws IOException {
        return Files.writeString(folder.resolve(name), "Published: " + published + "\n" + title + "\n" + text + "\n");
    }

    /** The pipeline of an edited rules folder; its compiled rules are cached beside the other tests'. */
    private static Pipeline load(Path rules) {
        return Pipeline.load(PipelineOptions.of(rules).withCache(Path.of("target/test-rules-cache")));
    }

    /** The pipeline of the shipped rules with one table's row replaced. */
    private static Pipeline pipelineWith(String table, String row, String replacement) throws IOException {
        return load(rulesWith(table, row, replacement));
    }

    private static EventFlag conflict(RunResult run) {
        ReconciledEvent e = run.events().get(0);
        return e.flags().stream().filter(f -> f.code().code().equals("CASUALTY_CONFLICT")).findFirst().orElseThrow();
    }

    @Test
    void theSeverityOfADisputeIsTheTables() throws IOException {
        // 12 against 40 is more than three times: high, by the shipped table.
        RunResult shipped = TestRules.pipeline().run(reports);
        assertEquals(1, shipped.events().size());
        assertEquals("high", conflict(shipped).severity().code());
        // An analyst who wants four times for a high dispute edits one row.
        RunResult edited = pipelineWith("conflict-severity.csv", "high_ratio,3", "high_ratio,4").run(reports);
        assertEquals("medium", conflict(edited).severity().code());
        // and the event's confidence follows: a high dispute caps it at medium, a medium one does not
        assertEquals("medium", shipped.events().get(0).confidence().level());
        assertEquals("high", edited.events().get(0).confidence().level());
    }

    @Test
    void whichVictimGroupsAreComparedAsOneIsTheTables() throws IOException {
        List<Path> gao = armyAndResidents("in-police", "2024-05-14", "Twelve soldiers were killed on Monday", "Forty policemen were killed on Monday");
        // Shipped: soldiers and police are both security forces, so 12 and 40 disagree.
        RunResult shipped = TestRules.pipeline().run(gao);
        assertEquals(1, shipped.events().size());
        assertEquals(List.of("casualties.killed"), conflicts(shipped));
        // An analyst who keeps police apart from the army edits one row: two counts of different people.
        RunResult edited = pipelineWith("victim-groups.csv", "police,security", "police,police").run(gao);
        assertEquals(List.of(), conflicts(edited));
    }

    @Test
    void perpetratorRulesEditedToOverlapFailTheBlockNamingBoth() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-claimed"));
        Path a = report(in, "claim.txt", "2024-05-14", "JNIM claims Gao attack",
                "JNIM claimed responsibility for the attack that killed twelve soldiers in Gao on Monday.");
        Path b = report(in, "army.txt", "2024-05-14", "Soldiers killed in Gao",
                "The army blamed JNIM for the attack that killed twelve soldiers in Gao on Monday.");
        assertEquals("claimed", TestRules.pipeline().run(List.of(a, b)).events().get(0).perpetrator().status());
        // An analyst drops "no claim" from the attribution rule: a claim and an attribution now give two verdicts.
        Path rules = dir.resolve("rules-overlap");
        TestRules.copyTree(TestRules.RULES, rules);
        Path drl = rules.resolve("perpetrator.drl");
        String text = Files.readString(drl);
        String guard = "    exists Responsibility( event == $e, stance == \"attributed\" )\n    not Responsibility( event == $e, stance == \"claimed\" )\n";
        if (!text.contains(guard)) throw new AssertionError("perpetrator.drl changed: " + guard);
        Files.writeString(drl, text.replace(guard, "    exists Responsibility( event == $e, stance == \"attributed\" )\n"));
        RunResult edited = load(rules).run(List.of(a, b));
        assertEquals(List.of(), edited.events());
        assertEquals(1, edited.ruleErrors().size());
        String error = edited.ruleErrors().get(0);
        org.junit.jupiter.api.Assertions.assertTrue(error.contains("two verdicts") && error.contains("An uncontested claim of responsibility makes the claimed perpetrator")
                && error.contains("An actor others name as the attacker is the attributed perpetrator"), error);
    }

    @Test
    void whichSpeakersCountAsOneSideIsTheTables() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-sides"));
        Path a = report(in, "wire.txt", "2024-05-14", "Soldiers killed in Gao",
                "Twelve soldiers were killed on Monday in an attack on an army post in Gao, the army said.");
        Path b = report(in, "radio.txt", "2024-05-14", "Attack in Gao",
                "Twelve soldiers died on Monday when gunmen attacked an army post in Gao, the governor told the radio.");
        // Shipped: the army and the governor are the official side, one speaker: nothing independent confirms it.
        ReconciledEvent shipped = TestRules.pipeline().run(List.of(a, b)).events().get(0);
        assertEquals(1, shipped.independentSources());
        assertEquals("low", shipped.confidence().level());
        // An analyst who counts each official separately edits one row.
        ReconciledEvent edited = pipelineWith("speaker-sides.csv", "official,side", "official,each").run(List.of(a, b))
                .events().get(0);
        assertEquals(2, edited.independentSources());
        assertEquals("high", edited.confidence().level());
    }

    @Test
    void whoseFigureIsBestIsTheTables() throws IOException {
        List<Path> gao = armyAndResidents("in-best", "2024-05-14", "Twelve soldiers were killed on Monday", "Fifteen soldiers were killed on Monday");
        // Shipped: an official's figure before a witness's.
        assertEquals(12, TestRules.pipeline().run(gao).events().get(0).casualties().killed().best());
        // An analyst who trusts witnesses first edits one row.
        assertEquals(15, pipelineWith("reliability.csv", "witness,6", "witness,1").run(gao)
                .events().get(0).casualties().killed().best());
    }

    @Test
    void whichOfTwoEquallyGivenDaysIsTheEventsIsTheTables() throws IOException {
        List<Path> gao = armyAndResidents("in-day", "2024-05-15", "Twelve soldiers were killed on Monday", "Twelve soldiers were killed on Tuesday");
        // One report each for Monday the 13th and Tuesday the 14th: the shipped table takes the earliest.
        ReconciledEvent shipped = TestRules.pipeline().run(gao).events().get(0);
        assertEquals("2024-05-13", String.valueOf(shipped.date().value()));
        ReconciledEvent edited = pipelineWith("reconcile-settings.csv", "event_day_tie,earliest", "event_day_tie,latest").run(gao)
                .events().get(0);
        assertEquals("2024-05-14", String.valueOf(edited.date().value()));
    }

    @Test
    void whichOfTwoCopiesOfOneDayCameFirstIsTheTables() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-copies"));
        String lead = "Twelve soldiers were killed on Monday in an attack on an army post in Gao, the army said.";
        Path rewrite = report(in, "a-rewrite.txt", "2024-05-14", "Gao attack", lead);
        Path original = report(in, "b-original.txt", "2024-05-14", "Gao attack", lead + " Five others were wounded, a hospital source said.");
        // Shipped: of two copies of one day, the one holding more claims came first, so the thinner one is the rewrite.
        assertEquals(List.of("a-rewrite"), derivative(TestRules.pipeline().run(List.of(rewrite, original))));
        // An analyst who orders same-day copies by id: "a-rewrite" came first, and nothing is derivative.
        assertEquals(List.of(), derivative(pipelineWith("reconcile-settings.csv", "same_day_first,more_claims", "same_day_first,id_order")
                .run(List.of(rewrite, original))));
    }

    @Test
    void whetherATollOfUnknownVictimsRestatesOrAddsToTheGroupsIsTheTables() throws IOException {
        List<Path> gao = armyAndResidents("in-toll", "2024-05-14", "Two soldiers were killed on Monday", "Five people were killed on Monday");
        // Shipped: the five restate the total, which holds the two soldiers.
        assertEquals(5, TestRules.pipeline().run(gao).events().get(0).casualties().killed().best());
        assertEquals(7, pipelineWith("reconcile-settings.csv", "unknown_toll,larger", "unknown_toll,added").run(gao)
                .events().get(0).casualties().killed().best());
    }

    @Test
    void whetherThoseHitAndNotKilledWereWoundedIsTheTables() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-hit"));
        Path a = report(in, "police.txt", "2024-05-14", "Shooting in Gao",
                "Four people were shot on Monday in Gao, police said. One of them died.");
        // Shipped: of the four shot, one died, so three were wounded; "unknown" says nothing of the three.
        assertEquals(3, TestRules.pipeline().run(List.of(a)).events().get(0).casualties().injured().best());
        assertEquals(null, pipelineWith("reconcile-settings.csv", "survivors_of_the_hit,wounded", "survivors_of_the_hit,unknown").run(List.of(a))
                .events().get(0).casualties().injured().best());
    }

    @Test
    void theConfidenceOfAnEventNoNoteSpeaksOfIsTheTables() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-default"));
        Path a = report(in, "army.txt", "2024-05-14", "Soldiers killed in Gao",
                "Twelve soldiers were killed on Monday in an attack on an army post in Gao, the army said.");
        // Shipped: one report is low confidence, by its rule.
        assertEquals("low", TestRules.pipeline().run(List.of(a)).events().get(0).confidence().level());
        // An analyst who drops that rule leaves the event with no note: it takes default_level, medium as shipped ...
        Path noRule = withoutRule(rulesWith("reconcile-settings.csv", "default_level,medium", "default_level,medium"),
                "An event resting on one source is low confidence");
        assertEquals("medium", load(noRule).run(List.of(a)).events().get(0).confidence().level());
        // ... and whatever the table says once edited.
        Path noRuleHigh = withoutRule(rulesWith("reconcile-settings.csv", "default_level,medium", "default_level,high"),
                "An event resting on one source is low confidence");
        assertEquals("high", load(noRuleHigh).run(List.of(a)).events().get(0).confidence().level());
    }

    /** The rules folder with one rule of reconcile.drl cut out, from its comment to its {@code end}. */
    private static Path withoutRule(Path rules, String name) throws IOException {
        Path drl = rules.resolve("reconcile.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        int start = text.indexOf("rule \"" + name + "\"");
        if (start < 0) throw new AssertionError("reconcile.drl has no rule " + name);
        int end = text.indexOf("\nend\n", start) + "\nend\n".length();
        Files.writeString(drl, text.substring(0, start) + text.substring(end), StandardCharsets.UTF_8);
        return rules;
    }

    private static List<String> derivative(RunResult run) {
        return run.events().stream().flatMap(e -> e.flags().stream()).filter(f -> f.code().code().equals("DERIVATIVE_REPORT"))
                .map(f -> f.reports().get(0)).toList();
    }

    private static List<String> conflicts(RunResult run) {
        return run.events().stream().flatMap(e -> e.flags().stream()).filter(f -> f.code().code().equals("CASUALTY_CONFLICT"))
                .map(EventFlag::field).toList();
    }
}
