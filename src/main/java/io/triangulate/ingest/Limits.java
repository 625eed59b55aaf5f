package io.triangulate.ingest;

/** Size caps for untrusted input, so one huge file cannot stall or exhaust a run. */
public record Limits(long maxFileBytes, int maxReportChars) {
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 1_000_000);
}
