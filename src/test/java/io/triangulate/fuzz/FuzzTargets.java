package io.triangulate.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.Gazetteer;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;
import io.triangulate.TestRules;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.TableException;
import io.triangulate.output.OutputFormat;
import io.triangulate.pipeline.Pipeline;
import io.triangulate.reconcile.RunResult;
import io.triangulate.rules.Overrides;
import io.triangulate.text.SentenceSplitter;
import io.triangulate.words.Tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** A rules folder whose tables hold only their header rows, so that loading one fuzzed table is quick. */
    private static final Path BARE_RULES;
    private static final List<String> TABLES;

    static {
        try {
            DIR = Files.createTempDirectory("triangulate-fuzz");
            BARE_RULES = Files.createDirectories(DIR.resolve("rules"));
            Path tables = Files.createDirectories(BARE_RULES.resolve("tables"));
            List<String> names = new ArrayList<>();
            try (var files = Files.list(Path.of("rules", "tables"))) {
                for (Path t : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    String header = Files.readAllLines(t).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse("");
                    Files.writeString(tables.resolve(t.getFileName()), header + "\n");
                    names.add(t.getFileName().toString());
                }
            }
            String overrides = Files.readAllLines(Path.of("rules", "overrides.csv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse("");
            Files.writeString(BARE_RULES.resolve("overrides.csv"), overrides + "\n");
            names.add("../overrides.csv");
            TABLES = List.copyOf(names);
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

    /**
     * A folder of one to four fuzzed inputs (any mix of .txt, .json, .jsonl) through the whole run and every
     * output format: read, rejected or unassigned, never thrown, and every report read is accounted for.
     */
    @FuzzTest(maxDuration = "60s")
    void pipeline(FuzzedDataProvider data) throws IOException {
        Path in = Files.createTempDirectory(DIR, "in");
        try {
            int files = data.consumeInt(1, 4);
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                String ext = data.pickValue(List.of(".txt", ".json", ".jsonl"));
                Path f = in.resolve("r" + i + ext);
                Files.write(f, i == files - 1 ? data.consumeRemainingAsBytes() : data.consumeBytes(data.consumeInt(0, 2_000)));
                inputs.add(f);
            }
            Pipeline pipeline = TestRules.pipeline();
            RunResult run = pipeline.run(inputs);
            for (OutputFormat f : OutputFormat.values()) f.write(run);
            long placed = run.ingested().reports().stream().filter(r -> run.events().stream().anyMatch(e -> e.reports().contains(r.id()))
                    || run.unassigned().stream().anyMatch(u -> u.report().equals(r.id()))).count();
            if (placed != run.ingested().reports().size()) throw new IllegalStateException("a report read is in no event and not unassigned");
        } finally {
            try (var walk = Files.walk(in)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Any bytes as one table (or the overrides) beside header-only tables: loaded, or refused with a TableException
     * that names the file; nothing else may escape.
     */
    @FuzzTest(maxDuration = "30s")
    void tables(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(TABLES);
        String language = data.pickValue(List.of("en", "fr"));
        Path table = BARE_RULES.resolve("tables").resolve(name).normalize();
        byte[] before = Files.readAllBytes(table);
        Files.write(table, data.consumeRemainingAsBytes());
        try {
            if (name.equals("../overrides.csv")) Overrides.load(table, "overrides.csv");
            else Lexicon.load(BARE_RULES, language);
        } catch (TableException e) {
            if (e.file() == null || e.getMessage() == null) throw new IllegalStateException("a table error that names no file", e);
        } finally {
            Files.write(table, before);
        }
    }
}
