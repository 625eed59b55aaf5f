package io.triangulate.reconcile;

import java.util.List;

/**
 * Low, best and high for one count, with the rule and the claim ids behind them. {@code high} is null when the largest
 * figure any claim gives is open-ended ("at least 16", "more than 80"); {@code highAtLeast} is then that figure, so the
 * high reads "16+" (null when nothing is known above the low).
 */
public record Figure(Integer low, Integer best, Integer high, String rule, List<String> claims, Integer highAtLeast) {
    public Figure(Integer low, Integer best, Integer high, String rule, List<String> claims) {
        this(low, best, high, rule, claims, null);
    }

    public static Figure none(String rule) {
        return new Figure(null, null, null, rule, List.of());
    }

    /** The high as a person reads it: "16", "16+" when it is a lower bound, "?" when nothing is known. */
    public String highText() {
        return high != null ? high.toString() : highAtLeast != null ? highAtLeast + "+" : "?";
    }
}
