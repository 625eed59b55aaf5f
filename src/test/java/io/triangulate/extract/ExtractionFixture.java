package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.text.SentenceSplitter;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One language's claim extractor and sentence splitter, reading a sentence as the body of a report under a title. */
record ExtractionFixture(ClaimExtractor extractor, SentenceSplitter sentences, String title) {

    static ExtractionFixture of(Lexicon lex, String title) {
        return new ExtractionFixture(new ClaimExtractor(lex, Gazetteer.withCurated(lex)), new SentenceSplitter(lex), title);
    }

    /** The project's tables in {@code language}. */
    static ExtractionFixture of(String language, String title) {
        return of(Lexicon.load(Path.of("rules"), language), title);
    }

    /** The text as a report's body, under the title, published on {@code published} (or undated). */
    ReportClaims read(String text, String published) {
        Report r = new Report("r", "g", "r.txt", null, null, published, null, null, title + "\n" + text + "\n");
        return extractor.extract(r, sentences.split(r.text()));
    }

    List<CasualtyClaim> casualties(String text) {
        return read(text, null).claims().stream().filter(c -> c instanceof CasualtyClaim).map(c -> (CasualtyClaim) c).toList();
    }

    /** The text gives exactly one casualty claim, this one. */
    void assertOneCasualty(String text, String kind, Integer low, Integer high, String victims, String qualifier) {
        List<CasualtyClaim> found = casualties(text);
        assertEquals(1, found.size(), () -> "claims: " + found);
        CasualtyClaim c = found.get(0);
        assertEquals(kind, c.kind());
        assertEquals(low, c.low());
        assertEquals(high, c.high());
        assertEquals(victims, c.victims());
        assertEquals(qualifier, c.qualifier());
    }
}
