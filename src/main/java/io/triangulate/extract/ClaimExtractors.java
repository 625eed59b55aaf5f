package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.text.LanguageDetector;
import io.triangulate.text.SentenceSplitter;

import java.util.Map;
import java.util.TreeMap;

/**
 * A claim extractor for each language the tables know, and the choice of a report's language: as its input
 * states it, else as detected, else the default language (a text too short or too mixed to tell).
 */
public final class ClaimExtractors {
    private final Lexicons lexicons;
    private final Map<String, ClaimExtractor> byLanguage = new TreeMap<>();
    private final Map<String, SentenceSplitter> splitters = new TreeMap<>();

    public ClaimExtractors(Lexicons lexicons, Gazetteer gazetteer) {
        this.lexicons = lexicons;
        for (Map.Entry<String, Lexicon> e : lexicons.byLanguage().entrySet()) {
            byLanguage.put(e.getKey(), new ClaimExtractor(e.getValue(), gazetteer));
            splitters.put(e.getKey(), new SentenceSplitter(e.getValue()));
        }
    }

    /** The report with the language it is read in, and where that came from (stated | detected | default). */
    public Report withLanguage(Report report) {
        if (report.language() != null) return report.languageFrom() != null ? report : report.inLanguage(report.language(), "stated");
        String found = LanguageDetector.get().detect(report.text());
        // A short text is told only among the languages with tables: misread as another, it would be lost to "no tables".
        if (found != null && !LanguageDetector.longEnough(report.text()) && !byLanguage.containsKey(found)) found = null;
        return found == null ? report.inLanguage(Lexicons.DEFAULT_LANGUAGE, "default") : report.inLanguage(found, "detected");
    }

    /** The extractor of {@code language}, or null when no table has rows in it. */
    public ClaimExtractor of(String language) {
        return byLanguage.get(language);
    }

    /** The sentence splitter of {@code language} (its abbreviations, its page furniture), or the default language's. */
    public SentenceSplitter sentences(String language) {
        return splitters.getOrDefault(language, splitters.get(Lexicons.DEFAULT_LANGUAGE));
    }

    public Lexicons lexicons() {
        return lexicons;
    }
}
