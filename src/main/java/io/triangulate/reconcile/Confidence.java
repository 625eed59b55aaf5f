package io.triangulate.reconcile;

import java.util.List;

/** How sure anyone can be (high, medium, low), and why, in sentences a person reads. */
public record Confidence(String level, List<String> notes) {}
