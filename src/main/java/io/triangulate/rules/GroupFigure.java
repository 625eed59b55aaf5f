package io.triangulate.rules;

import java.util.List;

/** Low, best and high reconcile.drl set for one count of one victim group, with the rule and the claims behind them. */
public record GroupFigure(String event, String kind, String victims, Integer low, Integer best, Integer high, String rule,
                          List<String> claims) {}
