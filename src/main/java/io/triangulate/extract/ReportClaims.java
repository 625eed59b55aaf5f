package io.triangulate.extract;

import io.triangulate.ingest.Report;

import java.util.List;

/**
 * A report read sentence by sentence; {@code region}: the countries and divisions the report names itself;
 * {@code warnings}: what looked like a figure or a date and could not be read as one.
 */
public record ReportClaims(Report report, List<SentenceReading> sentences, Region region, List<ReadingWarning> warnings) {
    public ReportClaims(Report report, List<SentenceReading> sentences) {
        this(report, sentences, Region.NONE, List.of());
    }

    public List<Claim> claims() {
        return sentences.stream().flatMap(s -> s.claims().stream()).toList();
    }
}
