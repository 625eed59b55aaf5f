package io.triangulate.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.TestRules;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON, JSONL and CSV are streamed event by event: the bytes are those of the whole output written at once. */
class OutputStreamingTest {
    @ParameterizedTest
    @ValueSource(strings = {"samples/wire-three-ways/reports", "samples/analyst-overrides/reports", "samples/pooled-stream/reports",
            "samples/komanda-english-and-french/reports"})
    void streamedOutputIsTheWholeOutputsBytes(String input) throws IOException {
        RunResult run = TestRules.pipeline().run(List.of(Path.of(input)));
        assertTrue(run.events().size() > 0, input);
        String whole = new ObjectMapper().writer(JsonReport.prettyPrinter()).writeValueAsString(JsonReport.tree(run)) + "\n";
        assertEquals(whole, streamed(OutputFormat.json, run));
        StringBuilder lines = new StringBuilder();
        ObjectMapper compact = new ObjectMapper();
        for (var e : JsonReport.tree(run).get("events")) lines.append(compact.writeValueAsString(e)).append('\n');
        assertEquals(lines.toString(), streamed(OutputFormat.jsonl, run));
        String csv = streamed(OutputFormat.csv, run);
        assertEquals(run.events().size() + 1, csv.lines().count() - embeddedLineBreaks(csv), csv);
        assertEquals(CsvReport.write(run), csv);
    }

    private static String streamed(OutputFormat format, RunResult run) throws IOException {
        StringWriter out = new StringWriter();
        format.write(run, out);
        return out.toString();
    }

    /** Line breaks inside quoted CSV cells (a note may hold one). */
    private static long embeddedLineBreaks(String csv) {
        long n = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && quoted) n++;
        }
        return n;
    }
}
