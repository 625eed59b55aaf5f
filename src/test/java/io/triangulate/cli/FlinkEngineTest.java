package io.triangulate.cli;

import io.triangulate.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --engine flink} from the command line: the local run's bytes and exit codes, on an embedded Flink. */
class FlinkEngineTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theFlinkEngineWritesTheLocalRunsBytes() {
        CliRun local = run("run", "samples/wire-three-ways/reports", "samples/jsonl-with-a-bad-line/reports", "--format", "json", "--rules", "rules");
        CliRun flink = run("run", "samples/wire-three-ways/reports", "samples/jsonl-with-a-bad-line/reports", "--format", "json", "--rules", "rules",
                "--engine", "flink", "--parallelism", "2");
        assertEquals(Triangulate.REJECTED_INPUTS, local.code(), local.err());
        assertEquals(local.code(), flink.code(), flink.err());
        assertTrue(local.out().contains("\"events\""));
        assertEquals(local.out(), flink.out());
    }

    /** A block the rules fail on, in one task, is reported as locally: its reports unassigned, the rule error listed, exit 5. */
    @Test
    void aBlockTheRulesFailOnIsReportedAsLocallyNotAFailedJob() throws IOException {
        Path rules = tmp.resolve("rules");
        TestRules.copyTree(Path.of("rules"), rules);
        Path drl = rules.resolve("sources.drl");
        String anchor = "    $s : EventSources( independentReports <= 1 || independentSpeakers <= 1 )\nthen\n";
        String before = Files.readString(drl);
        assertTrue(before.contains(anchor));
        Files.writeString(drl, before.replace(anchor, anchor + "    if ($s.event().startsWith(\"menaka\")) throw new IllegalStateException(\"boom\");\n"));
        Path burkina = tmp.resolve("burkina");
        Path mali = tmp.resolve("mali");
        TestRules.copyTree(Path.of("samples/ouagadougou-three-ways/reports"), burkina);
        TestRules.copyTree(Path.of("samples/two-events-one-report/reports"), mali);
        String[] args = {"run", burkina.toString(), mali.toString(), "--format", "json", "--rules", rules.toString()};
        CliRun local = run(args);
        CliRun flink = run(concat(args, "--engine", "flink", "--parallelism", "2"));
        assertEquals(Triangulate.RULES_FAILED, flink.code(), flink.err());
        assertTrue(flink.err().contains("the rules failed on 1 block(s)"), flink.err());
        assertTrue(flink.out().contains("\"ouagadougou-2018-03-02-"), "the other block went on");
        assertFalse(flink.out().contains("\"menaka-2019-11-18-"), "the failed block's events are not written");
        assertEquals(local.out(), flink.out());
    }

    @Test
    void parallelismIsForTheFlinkEngineOnly() {
        CliRun r = run("run", "samples/wire-three-ways/reports", "--parallelism", "2", "--rules", "rules");
        assertEquals(Triangulate.USAGE_OR_RULES, r.code());
        assertTrue(r.err().contains("with --engine flink"), r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
