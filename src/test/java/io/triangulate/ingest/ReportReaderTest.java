package io.triangulate.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportReaderTest {
    @TempDir
    Path dir;

    private Ingested read(Path... paths) {
        return new ReportReader().read(List.of(paths));
    }

    @Test
    void txtMetadataAtTopAndBottomIsRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Source: Example Wire\nPublished: 2024-09-17T08:00:00Z\n\nHeadline here\nBody text.\nhttps://example.org/story\nRating: 4\n");
        Report r = read(dir).reports().get(0);
        assertEquals("a", r.id());
        assertEquals("Example Wire", r.source());
        assertEquals("https://example.org/story", r.url());
        assertEquals("2024-09-17T08:00Z", r.published());
        assertEquals(4, r.rating());
        assertEquals("Headline here", r.title());
        assertEquals(java.time.LocalDate.of(2024, 9, 17), r.publishedDate());
    }

    @Test
    void folderOfFoldersGivesOneGroupPerSubFolderAndPathIds() throws IOException {
        Files.createDirectories(dir.resolve("case1"));
        Files.createDirectories(dir.resolve("case2"));
        Files.writeString(dir.resolve("case1/r1.txt"), "One.");
        Files.writeString(dir.resolve("case2/r1.txt"), "Two.");
        Files.writeString(dir.resolve("case2/notes.md"), "skipped");
        Files.writeString(dir.resolve(".hidden.txt"), "skipped");
        Ingested in = read(dir);
        assertEquals(List.of("case1/r1", "case2/r1"), in.reports().stream().map(Report::id).toList());
        assertTrue(!in.reports().get(0).group().equals(in.reports().get(1).group()));
        assertEquals(2, in.skipped());
    }

    @Test
    void badInputsAreRejectedWithFileLineAndReasonWhileGoodOnesRun() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "A report.");
        Files.writeString(dir.resolve("empty.txt"), "  \n");
        Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\", \"text\": ");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"fine\"}\n{not json\n{\"text\":\"no id\"}\n{\"id\":\"good\",\"text\":\"dup\"}\n");
        Ingested in = read(dir);
        assertEquals(List.of("feed:3", "good", "j1"), in.reports().stream().map(Report::id).toList());
        List<String> rejected = in.rejected().stream().map(r -> r.input() + ":" + r.line() + ":" + r.error()).toList();
        assertTrue(rejected.stream().anyMatch(s -> s.startsWith("empty.txt:null:empty file")), rejected::toString);
        assertTrue(rejected.stream().anyMatch(s -> s.startsWith("binary.txt:null:binary file")), rejected::toString);
        assertTrue(rejected.stream().anyMatch(s -> s.startsWith("broken.json:1:malformed JSON")), rejected::toString);
        assertTrue(rejected.stream().anyMatch(s -> s.startsWith("feed.jsonl:2:malformed JSON")), rejected::toString);
        // The duplicate id loses by input name, so the choice does not depend on argument order.
        assertTrue(rejected.stream().anyMatch(s -> s.startsWith("good.txt:null:duplicate report id 'good'")), rejected::toString);
        assertEquals(5, in.rejected().size());
    }

    @Test
    void jsonArrayAndObjectBothRead() throws IOException {
        Files.writeString(dir.resolve("many.json"), "[\n{\"id\":\"a\",\"text\":\"x\",\"rating\":5},\n{\"text\":\"y\"}\n]");
        Ingested in = read(dir);
        assertEquals(List.of("a", "many:3"), in.reports().stream().map(Report::id).toList());
        assertEquals(5, in.reports().get(0).rating());
        assertNull(in.reports().get(1).rating());
    }

    @Test
    void oversizedReportIsRejectedWithTheLimit() throws IOException {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(200));
        Ingested in = new ReportReader(new Limits(1000, 100)).read(List.of(dir));
        assertTrue(in.rejected().get(0).error().contains("over the limit of 100"));
    }

    @Test
    void streamsLargerThanTheFileCapAreReadReportByReport() throws IOException {
        StringBuilder lines = new StringBuilder();
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            lines.append("{\"id\":\"l").append(i).append("\",\"text\":\"Two killed in Gao.\"}\r\n");
            array.append(i == 0 ? "" : ",\n").append("{\"id\":\"a").append(i).append("\",\"text\":\"Two killed in Gao.\"}");
        }
        Files.writeString(dir.resolve("stream.jsonl"), "\uFEFF" + lines);
        Files.writeString(dir.resolve("array.json"), array.append(']'));
        Files.writeString(dir.resolve("big.txt"), "Title\n" + "Two killed in Gao. ".repeat(100));
        // A 1000-byte file cap: the .txt file is refused whole, the 2 KB streams are read line by line.
        Ingested in = new ReportReader(new Limits(1000, 500)).read(List.of(dir));
        assertEquals(100, in.reports().size());
        assertEquals(List.of("big.txt"), in.rejected().stream().map(Rejected::input).toList());
        assertTrue(in.rejected().get(0).error().contains("over the limit of 1000"));
    }

    @Test
    void aStreamsLineOverItsCapIsRefusedWithItsNumberAndTheNextLineRead() throws IOException {
        Files.writeString(dir.resolve("s.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"" + "y".repeat(5000)
                + "\"}\n\n{\"id\":\"c\",\"text\":\"z\"}");
        Ingested in = new ReportReader(new Limits(1000, 100, 200)).read(List.of(dir));
        assertEquals(List.of("a", "c"), in.reports().stream().map(Report::id).toList());
        assertEquals(List.of(2), in.rejected().stream().map(Rejected::line).toList());
        assertTrue(in.rejected().get(0).error().contains("line is 5020 characters, over the limit of 200"), in.rejected()::toString);
        assertEquals(4, in.reports().get(1).line());
    }

    @Test
    void twoFoldersOfTheSameNameAreTwoGroups() throws IOException {
        Path a = Files.createDirectories(dir.resolve("case-a/reports"));
        Path b = Files.createDirectories(dir.resolve("case-b/reports"));
        Files.writeString(a.resolve("one.txt"), "Title\nGunmen attacked Gao on Friday.\n");
        Files.writeString(b.resolve("two.txt"), "Title\nGunmen attacked Kidal on Friday.\n");
        Ingested in = new ReportReader().read(List.of(b, a));
        assertEquals(List.of("case-a/reports", "case-b/reports"), in.reports().stream().map(Report::group).sorted().toList());
        assertTrue(in.reports().stream().noneMatch(r -> r.group().contains(dir.toString())), "no absolute path in a group name");
    }

    @Test
    void reportFilesNamedTogetherAreOneGroupAndFoldersStayTheirOwn() throws IOException {
        Path loose = Files.createDirectories(dir.resolve("loose"));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(loose.resolve("a.txt"), "Title\nGunmen attacked Gao on Friday.\n");
        Files.writeString(loose.resolve("b.txt"), "Title\nGunmen attacked Gao on Friday.\n");
        Files.writeString(folder.resolve("c.txt"), "Title\nGunmen attacked Kidal on Friday.\n");
        Ingested in = new ReportReader().read(List.of(loose.resolve("b.txt"), folder, loose.resolve("a.txt")));
        assertEquals(List.of("a:" + ReportReader.NAMED_FILES, "b:" + ReportReader.NAMED_FILES, "c:folder"),
                in.reports().stream().map(r -> r.id() + ":" + r.group()).toList());
    }

    @Test
    void aJsonTitleIsReadAsTheReportsFirstLine() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"t\",\"title\":\"Four shot in Tulsa\",\"text\":\"Police said the men survived.\"}\n"
                + "{\"id\":\"u\",\"title\":\"Same\",\"text\":\"Same\\nand more.\"}\n"); // control: the text already opens with it
        Ingested in = read(dir);
        assertEquals("Four shot in Tulsa\n\nPolice said the men survived.", in.reports().get(0).text());
        assertEquals("Same\nand more.", in.reports().get(1).text());
        assertEquals(1, in.reports().get(0).line());
    }
}
