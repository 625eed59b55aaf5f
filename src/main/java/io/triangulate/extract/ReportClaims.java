package io.triangulate.extract;

import io.triangulate.ingest.Report;

import java.util.List;

/** A report read sentence by sentence; {@code region}: the countries and divisions the report names itself. */
public record ReportClaims(Report report, List<SentenceReading> sentences, Region region) {
    public ReportClaims(Report report, List<SentenceReading> sentences) {
        this(report, sentences, Region.NONE);
    }

    public List<Claim> claims() {
        return sentences.stream().flatMap(s -> s.claims().stream()).toList();
    }
}
