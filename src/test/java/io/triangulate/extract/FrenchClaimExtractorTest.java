package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.text.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** French sentences, written for the project, read with the French tables only. */
class FrenchClaimExtractorTest {
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        Lexicon lex = Lexicon.load(Path.of("rules"), "fr");
        extractor = new ClaimExtractor(lex, Gazetteer.withCurated(lex));
    }

    static ReportClaims read(String text, String published) {
        Report r = new Report("r", "g", "r.txt", null, null, published, null, null, "Titre\n" + text + "\n");
        return extractor.extract(r, SentenceSplitter.split(r.text()));
    }

    static List<CasualtyClaim> casualties(String text) {
        return read(text, null).claims().stream().filter(c -> c instanceof CasualtyClaim).map(c -> (CasualtyClaim) c).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Au moins 30 soldats ont été tués.                              | killed            | 30   | null | military        | at_least
            """)
    void casualtyFigures(String sentence, String kind, Integer low, Integer high, String victims, String qualifier) {
        List<CasualtyClaim> found = casualties(sentence);
        assertEquals(1, found.size(), () -> "claims: " + found);
        CasualtyClaim c = found.get(0);
        assertEquals(kind, c.kind());
        assertEquals(low, c.low());
        assertEquals(high, c.high());
        assertEquals(victims, c.victims());
        assertEquals(qualifier, c.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Selon l'armée, les assaillants ont été repoussés.          | official
            """)
    void speakerKinds(String sentence, String kind) {
        var speakers = read(sentence, null).sentences().get(1).speakers();
        assertEquals(1, speakers.size(), () -> "speakers: " + speakers);
        assertEquals(kind, speakers.get(0).kind());
    }
}
