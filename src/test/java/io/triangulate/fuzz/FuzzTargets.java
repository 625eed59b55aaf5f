package io.triangulate.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.Gazetteer;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.text.SentenceSplitter;
import io.triangulate.text.Tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz targets (RELIABILITY.md). In `mvn test` they run in regression mode over the committed inputs in
 * src/test/resources/io/triangulate/fuzz/FuzzTargetsInputs/; with JAZZER_FUZZ=1 they fuzz. A target fails on any
 * exception or error: the readers must reject bad input with a message, never throw.
 */
class FuzzTargets {
    private static final Lexicon ENGLISH = Lexicon.load(Path.of("rules"), "en");
    private static final Lexicon FRENCH = Lexicon.load(Path.of("rules"), "fr");
    private static final Gazetteer GAZETTEER = Gazetteer.withCurated(ENGLISH);
    private static final ClaimExtractor EN = new ClaimExtractor(ENGLISH, GAZETTEER);
    private static final ClaimExtractor FR = new ClaimExtractor(FRENCH, GAZETTEER);
    private static final SentenceSplitter EN_SENTENCES = new SentenceSplitter(ENGLISH);
    private static final SentenceSplitter FR_SENTENCES = new SentenceSplitter(FRENCH);
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("triangulate-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any bytes as a .txt, .json or .jsonl input: read or rejected, never thrown. */
    @FuzzTest(maxDuration = "30s")
    void readers(FuzzedDataProvider data) throws IOException {
        String ext = data.pickValue(List.of(".txt", ".json", ".jsonl"));
        Path f = DIR.resolve("input" + ext);
        Files.write(f, data.consumeRemainingAsBytes());
        new ReportReader().read(List.of(f));
    }

    /** Any text through boilerplate, sentence splitting and tokenising. */
    @FuzzTest(maxDuration = "30s")
    void sentencesAndTokens(FuzzedDataProvider data) {
        boolean french = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        (french ? FR_SENTENCES : EN_SENTENCES).split(text).sentences().forEach(s -> Tokenizer.tokens(s.text()));
    }

    /** Any text read into claims, in English and in French, with or without a publication date. */
    @FuzzTest(maxDuration = "30s")
    void claims(FuzzedDataProvider data) {
        boolean french = data.consumeBoolean();
        String published = data.consumeBoolean() ? "2024-05-14" : null;
        String text = data.consumeRemainingAsString();
        Report r = new Report("f", "g", "f.txt", null, null, published, null, null, text);
        (french ? FR : EN).extract(r, (french ? FR_SENTENCES : EN_SENTENCES).split(text));
    }
}
