package io.triangulate.ingest;

import java.time.LocalDate;

/**
 * One input report. {@code id} is unique in a run; {@code group} is what the analyst handed over as
 * belonging together; {@code published} is an ISO date or date-time, or null; {@code rating} is the
 * analyst's 1–5 grade of the source (5 = most reliable), or null.
 */
public record Report(String id, String group, String input, String source, String url, String published,
                     Integer rating, String title, String text) {

    /** The publication day, which relative dates ("on Tuesday", "yesterday") are anchored on. */
    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published.substring(0, 10));
    }
}
