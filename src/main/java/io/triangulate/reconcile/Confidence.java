package io.triangulate.reconcile;

import java.util.List;

/** How sure anyone can be (high, medium, low), why in sentences a person reads, and the rules that said so. */
public record Confidence(String level, List<String> notes, List<String> rules) {}
