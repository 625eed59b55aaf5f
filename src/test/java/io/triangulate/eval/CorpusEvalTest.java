package io.triangulate.eval;

import io.triangulate.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus scorer on a small corpus written for the project (src/test/resources/…/mini-corpus): two reports of
 * one shooting that say the same thing in different words, one of another, and one whose last sentence breaks
 * off ("rose from 20 to") and must not stop the run.
 */
class CorpusEvalTest {
    static final Path MINI = Path.of("src/test/resources/io/triangulate/eval/mini-corpus");

    static CorpusEval.Scores gva(String part) {
        Corpus c = Corpus.read(MINI, MINI.resolve("labels.jsonl"));
        CorpusEval.Result r = new CorpusEval(TestRules.pipeline()).evaluate(c, part, Set.of("gva"));
        return r.scores().get(0);
    }

    @Test
    void reportsAndEventsAreScoredAgainstLabelsAndGold() {
        CorpusEval.Scores s = gva("all");
        assertEquals(4, s.reports());
        assertEquals(3, s.labelled());
        assertEquals(3, s.ratio("killed exact (report)").hit(), "one killed of four shot, a man killed, nobody killed");
        assertEquals(3, s.ratio("injured exact (report)").hit(), "the hit not killed are the injured");
        assertEquals(1, s.ratio("cohesion (incident groups)").hit());
        assertEquals(1, s.ratio("conflict flag").hit(), "the two reports agree, and no conflict is flagged");
        assertEquals(4, s.ratio("reports read without failure").hit(), "the broken-off sentence does not stop the run");
        assertEquals(2, s.ratio("event place (dataset)").hit(), "Wichita's report says nothing of an attack");
        assertEquals(1.0, s.pooled().f1(), 1e-9);
    }

    @Test
    void onlyThePartAskedForIsScored() {
        CorpusEval.Scores test = gva("test");
        assertEquals(3, test.reports());
        assertEquals(2, test.ratio("event place (dataset)").of()); // control: the tuning incident is left out
    }

    @Test
    void aFolderWithoutACorpusSaysHowToBuildOne(@TempDir Path empty) throws IOException {
        Corpus.CorpusException e = assertThrows(Corpus.CorpusException.class, () -> Corpus.read(empty, null));
        assertTrue(e.getMessage().contains("scripts/build_corpus.py"), e.getMessage());
        Path bad = Files.createDirectories(empty.resolve("bad"));
        Files.copy(MINI.resolve("reports.jsonl"), bad.resolve("reports.jsonl"));
        Files.copy(MINI.resolve("incidents.jsonl"), bad.resolve("incidents.jsonl"));
        Files.writeString(bad.resolve("labels.jsonl"), "{\"killed\": null}\n");
        Corpus.CorpusException label = assertThrows(Corpus.CorpusException.class, () -> Corpus.read(bad, bad.resolve("labels.jsonl")));
        assertEquals("labels.jsonl:1: a label without an id", label.getMessage());
    }
}
