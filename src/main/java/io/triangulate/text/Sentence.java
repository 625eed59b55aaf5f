package io.triangulate.text;

/** A sentence of a report: its position among the report's sentences and its offsets into the report text. */
public record Sentence(int index, int start, int end, String text, boolean heading) {}
