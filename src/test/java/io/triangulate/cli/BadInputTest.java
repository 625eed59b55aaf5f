package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken inputs, one per row, each beside a good report: the run never ends in an internal error, the
 * bad input is read or rejected with a clear message naming it, and the good report is still read into an event.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A report written for the project, read beside every bad input. */
    private static final String GOOD = "Published: 2024-05-14\nTwo soldiers killed in Gao\n"
            + "Two soldiers were killed on Monday in an attack on an army post in Gao, the army said.\n";

    record Case(String name, String file, byte[] bytes, String rejectedWith) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static Stream<Case> cases() {
        StringBuilder numbers = new StringBuilder("Title\n");
        for (int i = 0; i < 100_000; i++) numbers.append(i).append(i % 20 == 19 ? ". " : " ");
        String nested = "{\"id\":\"n\",\"text\":\"Two killed in Mopti.\",\"deep\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        return Stream.of(
                new Case("empty file", "empty.txt", new byte[0], "empty file"),
                new Case("whitespace only", "blank.txt", utf8("  \n\t \n"), "empty file"),
                new Case("NUL bytes", "nul.txt", new byte[] {'a', 0, 'b', '\n'}, "binary"),
                new Case("invalid UTF-8", "latin1.txt", new byte[] {'T', 'i', 't', (byte) 0xC3, 0x28, '\n'}, "not UTF-8"),
                new Case("UTF-16 with BOM", "utf16.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Title\nText.\n".getBytes(StandardCharsets.UTF_16BE)), "binary"),
                new Case("UTF-8 BOM", "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Title\nThree people were killed in Mopti on Monday.\n")), null),
                new Case("CRLF", "crlf.txt", utf8("Title\r\nThree people were killed in Mopti on Monday.\r\n"), null),
                new Case("lone CR", "cr.txt", utf8("Title\rThree people were killed in Mopti on Monday.\r"), null),
                new Case("a long line without punctuation", "noise.txt", utf8("Title\n" + "killed in Mopti and ".repeat(20_000) + "\n"), null),
                new Case("100,000 numbers", "numbers.txt", utf8(numbers.toString()), null),
                new Case("deeply nested JSON", "nested.json", utf8(nested), "malformed JSON"),
                new Case("id climbing out of the folder", "ids.jsonl", utf8("{\"id\":\"../../etc/passwd\",\"text\":\"Two killed in Mopti.\"}\n"), null),
                new Case("control characters in an id", "ctl.jsonl", utf8("{\"id\":\"a\\u0007b\\u0000c\",\"text\":\"Two killed in Mopti.\"}\n"), null),
                new Case("zero-width and right-to-left marks", "marks.txt",
                        utf8("Title\nT\u200Bwo people were killed in Mo\u200Dpti on Mon\u200Eday, 1\u200F2 wounded.\n"), null),
                new Case("a broken JSONL line among good ones", "mixed.jsonl",
                        utf8("{\"id\":\"m1\",\"text\":\"Two killed in Mopti.\"}\n{\"id\":\"m2\",\n{\"id\":\"m3\",\"text\":\"One killed in Gao.\"}\n"), "malformed JSON"),
                new Case("duplicate ids", "dup.jsonl",
                        utf8("{\"id\":\"d\",\"text\":\"Two killed in Mopti.\"}\n{\"id\":\"d\",\"text\":\"One killed in Gao.\"}\n"), "duplicate report id 'd'"),
                new Case("a 10 MB line without punctuation", "long-line.txt", utf8("Title\n" + "word ".repeat(2_000_000) + "\n"), "over the limit of 1000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadInputNeverSinksTheRun(Case c) throws IOException {
        Path in = folderWithGood("in");
        Files.write(in.resolve(c.file()), c.bytes());
        CliRun ran = run(in.toString());
        int code = ran.code();
        assertTrue(code == Triangulate.OK || code == Triangulate.REJECTED_INPUTS, () -> "exit " + code + ": " + ran.err());
        JsonNode json = new ObjectMapper().readTree(ran.out());
        // The good report is read into an event whatever lies beside it.
        boolean goodInAnEvent = false;
        for (JsonNode e : json.get("events")) for (JsonNode r : e.get("reports")) goodInAnEvent |= r.asText().equals("good");
        assertTrue(goodInAnEvent, () -> "good report not in an event: " + json.get("unassigned"));
        if (c.rejectedWith() != null) {
            assertEquals(Triangulate.REJECTED_INPUTS, code);
            boolean named = false;
            for (JsonNode r : json.get("rejected")) {
                named |= r.get("input").asText().equals(c.file()) && r.get("error").asText().contains(c.rejectedWith());
            }
            assertTrue(named, () -> "expected " + c.file() + " rejected with '" + c.rejectedWith() + "': " + json.get("rejected"));
        }
        // A rejection says what is wrong in the analyst's words, never the parser's internals.
        for (JsonNode r : json.get("rejected")) {
            String error = r.get("error").asText();
            assertTrue(!error.contains("REDACTED") && !error.contains("Source:") && !error.contains("Exception"), error);
        }
        // Nothing is lost: every report read is in an event or in unassigned.
        for (JsonNode r : json.get("reports")) {
            String id = r.get("id").asText();
            boolean placed = false;
            for (JsonNode e : json.get("events")) for (JsonNode x : e.get("reports")) placed |= x.asText().equals(id);
            for (JsonNode u : json.get("unassigned")) placed |= u.get("report").asText().equals(id);
            assertTrue(placed, () -> "report " + id + " is in no event and not in unassigned");
        }
    }

    /** {@code triangulate run INPUTS --format json} with the project's rules. */
    private static CliRun run(String... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("run"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--format", "json", "--rules", "rules", "--quiet"));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A new input folder holding the good report. */
    private Path folderWithGood(String name) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        Files.writeString(in.resolve("good.txt"), GOOD);
        return in;
    }

    /** Runs the CLI on a folder holding the good report and whatever {@code setUp} adds; returns the JSON output. */
    private JsonNode runBeside(String folder, IoSetUp setUp, int expectedCode) throws IOException {
        Path in = folderWithGood(folder);
        setUp.in(in);
        CliRun ran = run(in.toString());
        assertEquals(expectedCode, ran.code(), ran::err);
        JsonNode json = new ObjectMapper().readTree(ran.out());
        assertTrue(ran.out().contains("\"good\""), "the good report was not read");
        return json;
    }

    private interface IoSetUp {
        void in(Path folder) throws IOException;
    }

    /**
     * A 100 MB file of each kind is refused without being held (the heap here is surefire's 3 GB, and the file is
     * sparse, so the test does not hold it either); the good report beside it runs. A .txt file is refused by its
     * size; a JSON or JSONL file, streamed, by what it holds: NUL bytes at its start are a binary file.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"huge.txt, over the limit of 67108864", "huge.json, binary file (NUL byte at offset 0)",
            "huge.jsonl, binary file (NUL byte at offset 0)"})
    void aHundredMegabyteFileIsRefusedSayingWhy(String name, String why) throws IOException {
        JsonNode json = runBeside("in-" + name.replace('.', '-'), in -> {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(in.resolve(name).toFile(), "rw")) {
                f.setLength(100L * 1024 * 1024);
            }
        }, Triangulate.REJECTED_INPUTS);
        JsonNode r = json.get("rejected").get(0);
        assertEquals(name, r.get("input").asText());
        assertTrue(r.get("error").asText().contains(why), r::toString);
    }

    /**
     * A JSONL stream is capped per line, not per file: a report, then a 100 MB line (read through, never held), then
     * another report; both reports are read and the long line is refused with its number.
     */
    @Test
    void aHundredMegabyteLineOfAStreamIsRefusedAndTheLinesAroundItAreRead() throws IOException {
        String report = "{\"id\":\"%s\",\"text\":\"Two soldiers were killed in Mopti on Monday.\"}\n";
        JsonNode json = runBeside("in-long-line", in -> {
            Path file = in.resolve("stream.jsonl");
            Files.writeString(file, String.format(report, "before") + "{\"text\":\"" + "y".repeat(9000));
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                long end = f.length() + 100L * 1024 * 1024;
                f.setLength(end); // sparse: NUL characters, past the 8 KB a binary file is told by
                f.seek(end);
                f.write(("\"}\n" + String.format(report, "after")).getBytes(StandardCharsets.UTF_8));
            }
        }, Triangulate.REJECTED_INPUTS);
        JsonNode r = json.get("rejected").get(0);
        assertEquals("stream.jsonl", r.get("input").asText());
        assertEquals(2, r.get("line").asInt(), json.get("rejected")::toString);
        assertTrue(r.get("error").asText().contains("over the limit of 8000000"), r::toString);
        List<String> ids = new java.util.ArrayList<>();
        json.get("events").forEach(e -> e.get("reports").forEach(id -> ids.add(id.asText())));
        json.get("unassigned").forEach(u -> ids.add(u.get("report").asText()));
        assertTrue(ids.containsAll(List.of("before", "after")), ids::toString);
    }

    /** A JSON array of 100,000 reports is read report by report: every one is accounted for. */
    @Test
    void aJsonArrayOfAHundredThousandReportsIsRead() throws IOException {
        JsonNode json = runBeside("in-array", in -> {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < 100_000; i++) b.append(i == 0 ? "" : ",").append("{\"id\":\"a").append(i).append("\",\"text\":\"Nothing new today.\"}");
            Files.writeString(in.resolve("many.json"), b.append(']').toString());
        }, Triangulate.OK);
        assertEquals(100_001, json.get("summary").get("reports").asInt());
        assertEquals(100_000, json.get("summary").get("unassigned").asInt());
    }

    /** An unreadable file is rejected with its name; as root nothing is unreadable, and the test says so. */
    @Test
    void anUnreadableFileIsRejectedAndTheOthersRun() throws IOException {
        Path probe = Files.createTempFile(dir, "probe", ".txt");
        probe.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(probe), "running as root: every file is readable, nothing to test");
        JsonNode json = runBeside("in-unreadable", in -> {
            Path locked = Files.writeString(in.resolve("locked.txt"), GOOD.replace("Gao", "Mopti"));
            locked.toFile().setReadable(false, false);
        }, Triangulate.REJECTED_INPUTS);
        assertEquals("locked.txt", json.get("rejected").get(0).get("input").asText());
    }

    @Test
    void aPathThatDoesNotExistIsRejectedAndTheOthersRun() throws IOException {
        Path in = folderWithGood("in2");
        CliRun ran = run(in.toString(), dir.resolve("missing").toString());
        assertEquals(Triangulate.REJECTED_INPUTS, ran.code());
        assertTrue(ran.out().contains("\"good\""));
    }

    @Test
    void aSymlinkLoopDoesNotHangOrCrashTheRun() throws IOException {
        Path in = folderWithGood("in3");
        try {
            Files.createSymbolicLink(in.resolve("loop"), in);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to test
        }
        CliRun ran = run(in.toString());
        assertTrue(ran.code() == Triangulate.OK || ran.code() == Triangulate.REJECTED_INPUTS, "exit " + ran.code());
        assertTrue(ran.out().contains("\"good\""));
    }
}
