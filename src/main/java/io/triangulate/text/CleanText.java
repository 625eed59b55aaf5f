package io.triangulate.text;

import java.util.List;

/** What is left of a report once web boilerplate is removed: its sentences, and hints kept as metadata. */
public record CleanText(List<Sentence> sentences, List<String> hints, int droppedLines) {}
