package io.triangulate.rules;

import java.util.List;

/**
 * Low, best and high reconcile.drl set for one count of one victim group, with the rule and the claims behind them, and
 * the tier of the claims that set it (a hedged toll of unknown victims never raises the firm counts' sum).
 */
public record GroupFigure(String event, String kind, String victims, Integer low, Integer best, Integer high, String rule,
                          List<String> claims, io.triangulate.codes.Tier tier, Integer highAtLeast) {
    public GroupFigure(String event, String kind, String victims, Integer low, Integer best, Integer high, String rule, List<String> claims,
                       io.triangulate.codes.Tier tier) {
        this(event, kind, victims, low, best, high, rule, claims, tier, null);
    }

    public GroupFigure(String event, String kind, String victims, Integer low, Integer best, Integer high, String rule, List<String> claims) {
        this(event, kind, victims, low, best, high, rule, claims, io.triangulate.codes.Tier.FIRM);
    }

    /** The largest figure the claims give, closed or not: the high, or the bound an open-ended claim gives. */
    public Integer top() {
        return high != null ? high : highAtLeast;
    }
}
