package io.triangulate.reconcile;

import java.util.List;

/** Low, best and high for one count, with the rule and the claim ids behind them. */
public record Figure(Integer low, Integer best, Integer high, String rule, List<String> claims) {
    public static Figure none(String rule) {
        return new Figure(null, null, null, rule, List.of());
    }
}
