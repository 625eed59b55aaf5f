package io.triangulate.extract;

import io.triangulate.ingest.Report;

import java.util.List;

/** A report read sentence by sentence. */
public record ReportClaims(Report report, List<SentenceReading> sentences) {
    public List<Claim> claims() {
        return sentences.stream().flatMap(s -> s.claims().stream()).toList();
    }
}
