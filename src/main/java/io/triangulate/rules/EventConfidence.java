package io.triangulate.rules;

import io.triangulate.codes.Level;

/** How confident the rules are in an event (reconcile.drl), and the rule that decided it. */
public record EventConfidence(String event, Level level, String rule) {
    /** The lowest of the levels (Level's order is high, medium, low), or {@code none} when there is none. */
    public static Level lowest(java.util.List<?> levels, Level none) {
        Level out = null;
        for (Object o : levels) if (out == null || ((Level) o).compareTo(out) > 0) out = (Level) o;
        return out == null ? none : out;
    }
}
