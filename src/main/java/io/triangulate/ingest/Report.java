package io.triangulate.ingest;

import java.time.LocalDate;

/**
 * One input report. {@code id} is unique in a run; {@code group} is what the analyst handed over as
 * belonging together; {@code input} is the file it came from (relative to its input folder) and
 * {@code line} its line there (JSONL, JSON arrays), or null; {@code published} is an ISO date or date-time,
 * or null; {@code rating} is the analyst's 1–5 grade of the source (5 = most reliable), or null.
 */
public record Report(String id, String group, String input, Integer line, String source, String url, String published,
                     Integer rating, String title, String text) {

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
        return new Report(id, other, input, line, source, url, published, rating, title, text);
    }
}
