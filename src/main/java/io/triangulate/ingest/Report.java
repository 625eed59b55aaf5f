package io.triangulate.ingest;

import java.time.LocalDate;

/**
 * One input report. {@code id} is unique in a run; {@code group} is what the analyst handed over as
 * belonging together; {@code input} is the file it came from (relative to its input folder) and
 * {@code line} its line there (JSONL, JSON arrays), or null; {@code published} is an ISO date or date-time,
 * or null; {@code rating} is the analyst's 1–5 grade of the source (5 = most reliable), or null;
 * {@code language} is its ISO 639-1 code as the input states it (a {@code Language:} line, JSON {@code language})
 * or, once read, as it was detected ({@code languageFrom} says which: stated | detected | default), or null.
 */
public record Report(String id, String group, String input, Integer line, String source, String url, String published,
                     Integer rating, String title, String text, String language, String languageFrom) {

    /** A report whose language is not stated. */
    public Report(String id, String group, String input, Integer line, String source, String url, String published,
                  Integer rating, String title, String text) {
        this(id, group, input, line, source, url, published, rating, title, text, null, null);
    }

    /** A report that is a whole file (no line). */
    public Report(String id, String group, String input, String source, String url, String published, Integer rating,
                  String title, String text) {
        this(id, group, input, null, source, url, published, rating, title, text);
    }

    /** The publication day, which relative dates ("on Tuesday", "yesterday") are anchored on. */
    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published.substring(0, 10));
    }

    /** The same report in another group (an evaluation regrouping a corpus). */
    public Report inGroup(String other) {
        return new Report(id, other, input, line, source, url, published, rating, title, text, language, languageFrom);
    }

    /** The same report without its text: what a run's result keeps of it (no output prints the text). */
    public Report withoutText() {
        return new Report(id, group, input, line, source, url, published, rating, title, null, language, languageFrom);
    }

    /** The same report, read in {@code code} ({@code from}: stated | detected | default). */
    public Report inLanguage(String code, String from) {
        return new Report(id, group, input, line, source, url, published, rating, title, text, code, from);
    }
}
