package io.triangulate.ingest;

/**
 * Size caps for untrusted input, so one huge file cannot stall or exhaust a run: a .txt file is capped whole; a
 * JSONL or JSON file is read as a stream, and capped per line (JSONL) and per string in it (both), so a stream of
 * any size can be read.
 */
public record Limits(long maxFileBytes, int maxReportChars, int maxLineChars) {
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 1_000_000, 8_000_000);

    /** Lines may hold a report's text escaped, and its metadata: eight times the text's cap. */
    public Limits(long maxFileBytes, int maxReportChars) {
        this(maxFileBytes, maxReportChars, (int) Math.min(Integer.MAX_VALUE - 8, 8L * maxReportChars));
    }
}
