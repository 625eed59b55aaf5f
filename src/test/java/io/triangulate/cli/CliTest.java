package io.triangulate.cli;

import io.triangulate.TestRules;
import io.triangulate.output.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine cl = new picocli.CommandLine(new Triangulate());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void outputIsByteIdenticalWhateverThreadCountOrArgumentOrder() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        TestRules.copyTree(Path.of("samples/ouagadougou-three-ways/reports"), a);
        TestRules.copyTree(Path.of("samples/two-events-one-report/reports"), b);
        String one = JsonReport.write(TestRules.pipeline().run(List.of(a, b)));
        String two = JsonReport.write(TestRules.pipeline().run(List.of(b, a)));
        assertEquals(one, two);
        assertFalse(one.contains(tmp.toString()), "no absolute path of the machine in the output");
    }

    @Test
    void rejectedInputsGiveExitThreeAndTheOutputIsStillWritten() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Title\nGunmen killed five civilians in Gao on Monday, residents said.\n");
        Files.writeString(in.resolve("bad.json"), "{oops");
        Path out = tmp.resolve("out.json");
        int code = run(new StringWriter(), new StringWriter(), "run", in.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules");
        assertEquals(3, code);
        String json = Files.readString(out);
        assertTrue(json.contains("\"input\" : \"bad.json\""), json);
        assertTrue(json.contains("\"events\" : 1"), json);
    }

    @Test
    void aBrokenRuleExitsTwoNamesFileAndLineAndWritesNothing() throws IOException {
        Path rules = tmp.resolve("rules");
        TestRules.copyTree(Path.of("rules"), rules);
        Path drl = rules.resolve("matching.drl");
        List<String> lines = Files.readAllLines(drl);
        int at = lines.indexOf("rule \"Mentions at places that do not nest are separate events\"");
        lines.set(at + 3, "    $b : Mention( block == $a.block, id > , !placeCompatible($a) )");
        Files.write(drl, lines);
        Path out = tmp.resolve("out.json");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "run", "samples/two-events-one-report/reports", "--format", "json", "--out", out.toString(), "--rules", rules.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("matching.drl:" + (at + 4) + ":"), err::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void checkPassesOnTheSamplesAndReportsAFieldDifference() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "check", "samples", "--rules", "rules"), out::toString);
        Path cases = tmp.resolve("cases");
        TestRules.copyTree(Path.of("samples/two-events-one-report"), cases.resolve("two"));
        Path expected = cases.resolve("two/expected.json");
        Files.writeString(expected, Files.readString(expected).replaceFirst("\"low\" : 12", "\"low\" : 13"));
        StringWriter diff = new StringWriter();
        assertEquals(1, run(diff, new StringWriter(), "check", cases.toString(), "--rules", "rules"));
        assertTrue(diff.toString().contains("events[gao-2019-11-16-e6cd65].casualties.killed.low: expected 13, actual 12"), diff::toString);
        StringWriter upd = new StringWriter();
        assertEquals(0, run(upd, new StringWriter(), "check", cases.toString(), "--update", "--rules", "rules"));
        assertTrue(upd.toString().contains("updated "), upd::toString);
        assertEquals(0, run(new StringWriter(), new StringWriter(), "check", cases.toString(), "--rules", "rules"));
    }

    @Test
    void evalPrintsEveryClaimTypeAndExitsByTheTargets() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(Triangulate.OK, run(out, new StringWriter(), "eval", "samples/extraction/casualties.jsonl", "--rules", "rules"));
        for (String type : List.of("casualty (kind, low, high)", "event place", "event date", "speaker kind", "responsibility status")) {
            assertTrue(out.toString().contains(type), out::toString);
        }
        Path wrong = tmp.resolve("wrong.jsonl");
        Files.writeString(wrong, "{\"id\":\"w\",\"text\":\"Twelve soldiers were killed.\",\"casualties\":[[\"killed\",13,13,\"military\"]]}\n");
        out = new StringWriter();
        assertEquals(Triangulate.DIFFERENCES, run(out, new StringWriter(), "eval", wrong.toString(), "--misses", "--rules", "rules"));
        assertTrue(out.toString().contains("NOT MET") && out.toString().contains("expected:  killed 13..13"), out::toString);
        Files.writeString(wrong, "{\"id\":\"w\"}\n");
        StringWriter err = new StringWriter();
        assertEquals(Triangulate.USAGE_OR_RULES, run(new StringWriter(), err, "eval", wrong.toString(), "--rules", "rules"));
        assertTrue(err.toString().contains("wrong.jsonl:1:"), err::toString);
    }

    @Test
    void explainPrintsTheRulesBehindAnEvent() {
        StringWriter out = new StringWriter();
        assertEquals(Triangulate.OK, run(out, new StringWriter(), "explain", "samples/toll-revision/reports", "--event", "kabul-2022-09-30-80b140",
                "--rules", "rules"));
        String text = out.toString();
        assertTrue(text.contains("TOLL_REVISION — rule \"A later higher toll for the same count is a toll revision\""), text);
        assertTrue(text.contains("Rules that fired about this event"), text);
        assertTrue(text.contains("claim day-one#"), "facts are named by their claim ids: " + text);
        StringWriter err = new StringWriter();
        assertEquals(Triangulate.USAGE_OR_RULES, run(new StringWriter(), err, "explain", "samples/toll-revision/reports", "--event", "nope",
                "--rules", "rules"));
        assertTrue(err.toString().contains("kabul-2022-09-30-80b140"), "lists the events there are");
    }

    @Test
    void aBadOverridesRowExitsTwoNamingFileAndLine() throws IOException {
        Path table = tmp.resolve("my-overrides.csv");
        Files.writeString(table, "action,report,other,field,value,note\nexclude,a,,,,ok\npin,a,,killed.best,many,\n");
        StringWriter err = new StringWriter();
        assertEquals(Triangulate.USAGE_OR_RULES, run(new StringWriter(), err, "run", "samples/toll-revision/reports", "--overrides", table.toString(),
                "--rules", "rules"));
        assertTrue(err.toString().contains("my-overrides.csv:3: killed.best must be a whole number"), err::toString);
    }

    /** What a run of two groups gave when a consequence throws {@code thrown} for the Menaka group only. */
    private record Thrown(int code, String err, String json) {}

    private Thrown runWithAConsequenceThrowing(String name, String thrown) throws IOException {
        Path rules = tmp.resolve(name + "-rules");
        io.triangulate.TestRules.copyTree(Path.of("rules"), rules);
        Path drl = rules.resolve("sources.drl");
        String before = Files.readString(drl);
        String anchor = "    $s : EventSources( independentReports <= 1 || independentSpeakers <= 1 )\nthen\n";
        assertTrue(before.contains(anchor));
        Files.writeString(drl, before.replace(anchor, anchor + "    if ($s.event().startsWith(\"menaka\")) throw " + thrown + ";\n"));
        // Two groups (folders of different names), so two blocks: one fails, the other goes on.
        Path burkina = tmp.resolve(name + "-burkina");
        Path mali = tmp.resolve(name + "-mali");
        io.triangulate.TestRules.copyTree(Path.of("samples/ouagadougou-three-ways/reports"), burkina);
        io.triangulate.TestRules.copyTree(Path.of("samples/two-events-one-report/reports"), mali);
        Path out = tmp.resolve(name + ".json");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "run", burkina.toString(), mali.toString(),
                "--format", "json", "--out", out.toString(), "--rules", rules.toString());
        return new Thrown(code, err.toString(), Files.readString(out));
    }

    @Test
    void aConsequenceThatThrowsFailsOnlyItsBlockAndNamesTheRule() throws IOException {
        Thrown r = runWithAConsequenceThrowing("exception", "new IllegalStateException(\"boom\")");
        // A script running the tool sees that the rules failed somewhere (DESIGN.md: exit 5), and the output is written.
        assertEquals(Triangulate.RULES_FAILED, r.code());
        assertTrue(r.err().contains("the rules failed on 1 block(s)"), r::err);
        assertTrue(r.json().contains("rule \\\"An event resting on one report or one speaker is single-source\\\" failed"), r::json);
        assertTrue(r.json().contains("\"ouagadougou-2018-03-02-"), "the other block went on");
        assertFalse(r.json().contains("\"menaka-2019-11-18-"), "the failed block's events are not written");
    }

    @Test
    void aRuleThatLoopsStopsItsBlockAtTheFireLimitAndIsNamed() throws IOException {
        Path rules = tmp.resolve("looping-rules");
        io.triangulate.TestRules.copyTree(Path.of("rules"), rules);
        Files.writeString(rules.resolve("loop.drl"), """
                package triangulate;
                import io.triangulate.rules.EventInBlock;
                // Decides: nothing; it re-inserts what it matched, for ever.
                rule "An edit that loops"
                when
                    $e : EventInBlock( description != "again" )
                then
                    insert(new EventInBlock($e.event() + "+", $e.block(), 0, false, $e.description()));
                end
                """);
        Path out = tmp.resolve("loop.json");
        assertEquals(Triangulate.RULES_FAILED, run(new StringWriter(), new StringWriter(), "run", "samples/toll-revision/reports",
                "--format", "json", "--out", out.toString(), "--rules", rules.toString()));
        String json = Files.readString(out);
        assertTrue(json.matches("(?s).*rules fired more than \\d+ times \\(a loop in an edited rule\\?\\); most often [^\\n]*\\\\\"An edit that loops\\\\\" \\d+ times.*"), json);
    }

    @Test
    void aConsequenceThatThrowsAnErrorFailsOnlyItsBlock() throws IOException {
        // A NoSuchMethodError (a stale compiled class) or an AssertionError is no reason to lose the other blocks.
        Thrown r = runWithAConsequenceThrowing("error", "new NoSuchMethodError(\"stale\")");
        assertEquals(Triangulate.RULES_FAILED, r.code());
        assertTrue(r.json().contains("NoSuchMethodError: stale"), r::json);
        assertTrue(r.json().contains("\"ouagadougou-2018-03-02-"), "the other block went on");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUsageErrorNamingThePath() {
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("no-such-folder").resolve("sub").resolve("x.json");
        // a file where a folder should be: the output cannot be created under it
        assertDoesNotThrow(() -> Files.writeString(tmp.resolve("no-such-folder"), "a file"));
        assertEquals(Triangulate.USAGE_OR_RULES, run(new StringWriter(), err, "run", "samples/toll-revision/reports",
                "--format", "json", "--out", out.toString(), "--rules", "rules"));
        assertTrue(err.toString().contains("cannot write " + out), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
    }

    @Test
    void anEmptyFolderIsSaidSo() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        StringWriter err = new StringWriter();
        assertEquals(Triangulate.OK, run(new StringWriter(), err, "run", empty.toString(), "--rules", "rules"));
        assertTrue(err.toString().contains("warning: no reports in"), err::toString);
    }

    @Test
    void severalFormatsGoIntoAFolderOneFormatIntoAFile() throws IOException {
        Path dir = tmp.resolve("outputs");
        assertEquals(Triangulate.OK, run(new StringWriter(), new StringWriter(), "run", "samples/toll-revision/reports",
                "--format", "json,html,csv,geojson,md,jsonl,text", "--out", dir.toString(), "--rules", "rules"));
        for (String f : List.of("events.json", "report.html", "events.csv", "events.geojson", "report.md", "events.jsonl", "report.txt")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        Path one = tmp.resolve("one.csv");
        assertEquals(Triangulate.OK, run(new StringWriter(), new StringWriter(), "run", "samples/toll-revision/reports",
                "--format", "csv", "--out", one.toString(), "--rules", "rules"));
        assertTrue(Files.readString(one).startsWith("event_id,event_date"));
        StringWriter err = new StringWriter();
        assertEquals(Triangulate.USAGE_OR_RULES, run(new StringWriter(), err, "run", "samples/toll-revision/reports", "--format", "json,csv",
                "--rules", "rules"));
        assertTrue(err.toString().contains("several formats need --out DIR"), err::toString);
    }

    @Test
    void watchReRunsWhenAnInputChangesAndSaysWhatChanged() throws IOException {
        Path reports = tmp.resolve("watched");
        io.triangulate.TestRules.copyTree(Path.of("samples/toll-revision/reports"), reports);
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new Triangulate());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.parseArgs("run", reports.toString(), "--watch", "--rules", "rules");
        RunCommand run = cl.getSubcommands().get("run").getCommand();
        Watch watch = new Watch(run);
        assertTrue(watch.step(), "the first step runs");
        assertFalse(watch.step(), "nothing changed");
        Path day = reports.resolve("day-three.txt");
        Files.writeString(day, Files.readString(day).replace("has risen to 53", "has risen to 61"));
        assertTrue(watch.step());
        assertTrue(out.toString().contains("inputs changed: "), out::toString);
        assertTrue(out.toString().contains("casualties.killed.low: expected 53, actual 61"), out::toString);
    }

    @Test
    void rulesValidateListsTableErrorsByLineAndNeverMatchingRulesAsWarnings() throws IOException {
        Path rules = tmp.resolve("validate-rules");
        io.triangulate.TestRules.copyTree(Path.of("rules"), rules);
        StringWriter out = new StringWriter();
        assertEquals(Triangulate.OK, run(out, new StringWriter(), "rules", "validate", "--rules", rules.toString()));
        assertTrue(out.toString().contains(": 0 errors, 0 warnings"), out::toString);
        Files.writeString(rules.resolve("sources.drl"), Files.readString(rules.resolve("sources.drl")) + """

                // Decides: nothing, ever.
                rule "A rule that can never match"
                when
                    $c : Casualty( min > 5, min < 3 )
                then
                    insert(Flag.onClaim($c.event(), io.triangulate.codes.FlagCode.UNCONFIRMED, "x", io.triangulate.codes.Level.LOW, drools.getRule().getName(), "never", $c));
                end
                """);
        Path table = rules.resolve("tables/responsibility.csv");
        List<String> lines = Files.readAllLines(table);
        Files.writeString(table, String.join("\n", lines) + "\nen,blah,maybe,before\n");
        Path victims = rules.resolve("tables/victims.csv");
        List<String> victimLines = Files.readAllLines(victims);
        Files.writeString(victims, String.join("\n", victimLines) + "\nen,bystanders,onlookers\n");
        out = new StringWriter();
        assertEquals(Triangulate.USAGE_OR_RULES, run(out, new StringWriter(), "rules", "validate", "--rules", rules.toString()));
        assertTrue(out.toString().contains("tables/responsibility.csv:" + (lines.size() + 1) + ": "), out::toString);
        assertTrue(out.toString().contains("tables/victims.csv:" + (victimLines.size() + 1) + ": "), "every bad row of every table: " + out);
        assertTrue(out.toString().contains("sources.drl: warning: ") && out.toString().contains("A rule that can never match"), out::toString);
    }

    @Test
    void reportFilesNamedTogetherAreReconciledAsOneGroup() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("loose"));
        Files.writeString(in.resolve("wire.txt"), "Published: 2021-03-22\n\nGunmen killed 58 villagers near Banibangou on Monday, officials said.\n");
        Files.writeString(in.resolve("radio.txt"), "Published: 2021-03-22\n\nAt least 60 people were killed near Banibangou on Monday, a local official said.\n");
        Path out = tmp.resolve("out.json");
        int code = run(new StringWriter(), new StringWriter(), "run", in.resolve("wire.txt").toString(), in.resolve("radio.txt").toString(),
                "--format", "json", "--out", out.toString(), "--rules", "rules");
        assertEquals(0, code);
        String json = Files.readString(out);
        assertTrue(json.contains("\"events\" : 1"), json);
        assertTrue(json.replaceAll("\\s+", " ").contains("\"reports\" : [ \"radio\", \"wire\" ]"), json);
        assertTrue(json.contains("CASUALTY_CONFLICT"), "58 and at least 60 cannot both be right");
    }
}
