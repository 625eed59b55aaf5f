package io.triangulate.eval;

import io.triangulate.extract.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality bar of issue 3: every claim type meets its target on the labelled set in samples/extraction. */
class ExtractionEvalTest {
    private static ExtractionEval eval;

    @BeforeAll
    static void load() {
        io.triangulate.lexicon.Lexicons lex = io.triangulate.lexicon.Lexicons.load(Path.of("rules"));
        eval = new ExtractionEval(lex, Gazetteer.withCurated(lex.shared()));
    }

    @Test
    void theLabelledSetMeetsEveryTarget() throws IOException {
        LabelledSet.Read read = LabelledSet.read(List.of(Path.of("samples/extraction")));
        assertTrue(read.cases().size() >= 80, "at least 80 labelled cases, found " + read.cases().size());
        ExtractionEval.Result r = eval.evaluate(read.cases());
        StringBuilder report = new StringBuilder();
        for (Score s : r.scores()) {
            report.append(String.format("%s: precision %.3f recall %.3f (target %s)%n", s.type(), s.precision(), s.recall(), s.target()));
        }
        for (ExtractionEval.Miss m : r.misses()) report.append(m).append('\n');
        assertTrue(r.meetsTargets(), report::toString);
    }

    @Test
    void theSeedLabelsAreScoredWhenTheSeedsAreThere() throws IOException {
        LabelledSet.Read read = LabelledSet.read(List.of(Path.of("samples/extraction/seeds.jsonl")));
        if (Files.isDirectory(Path.of("../shared/seeds"))) {
            assertEquals(5, read.cases().size());
            assertTrue(eval.evaluate(read.cases()).meetsTargets());
        } else {
            assertEquals(5, read.skipped().size(), "a missing seed file is skipped and said so");
        }
    }

    @Test
    void aWrongFigureCountsAsOneFalsePositiveAndOneFalseNegative(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("one.jsonl");
        Files.writeString(f, """
                {"id":"x","text":"Twelve soldiers were killed.","casualties":[["killed",13,13,"military"]]}
                """);
        ExtractionEval.Result r = eval.evaluate(LabelledSet.read(List.of(f)).cases());
        Score s = r.score(ExtractionEval.CASUALTY);
        assertEquals(0, s.truePositives());
        assertEquals(1, s.falsePositives());
        assertEquals(1, s.falseNegatives());
        assertFalse(r.meetsTargets());
        assertEquals("killed 13..13", r.misses().get(0).expected());
        assertEquals("killed 12..12", r.misses().get(0).extracted());
    }

    @Test
    void aTypeNotLabelledIsNotScored(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("one.jsonl");
        Files.writeString(f, "{\"id\":\"x\",\"text\":\"Twelve soldiers were killed in Gao.\",\"casualties\":[[\"killed\",12,12,\"military\"]]}\n");
        Score place = eval.evaluate(LabelledSet.read(List.of(f)).cases()).score(ExtractionEval.PLACE);
        assertEquals(0, place.truePositives() + place.falsePositives() + place.falseNegatives());
    }

    @Test
    void aBadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"x\",\"casualties\":[[\"killed\",1]]}\n");
        var e = assertThrows(LabelledSet.LabelledSetException.class, () -> LabelledSet.read(List.of(f)));
        assertTrue(e.getMessage().startsWith("bad.jsonl:2: "), e.getMessage());
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"ok\"}\nnot json\n");
        e = assertThrows(LabelledSet.LabelledSetException.class, () -> LabelledSet.read(List.of(f)));
        assertTrue(e.getMessage().startsWith("bad.jsonl:2: not a JSON object"), e.getMessage());
    }
}
