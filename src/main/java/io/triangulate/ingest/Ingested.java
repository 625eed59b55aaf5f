package io.triangulate.ingest;

import java.util.List;

/** Everything the inputs gave: reports, rejected inputs, and counts of files read and skipped. */
public record Ingested(List<Report> reports, List<Rejected> rejected, int files, int skipped) {}
