package io.triangulate.ingest;

/** An input that could not become a report: the file (relative to its input folder), the line where there is one, and why. */
public record Rejected(String input, Integer line, String error) {}
