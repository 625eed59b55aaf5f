package io.triangulate.rules;

import java.time.LocalDate;

/**
 * How much a casualty claim counts for its event's figures, as casualties.drl decided: tier {@code firm}
 * (a specific figure from an independent, non-partisan speaker), {@code hedged}, {@code soft_zero}
 * ("no casualties were reported"), or {@code partisan} (shown, never sets low or best). Carries the figure
 * and what reconcile.drl needs to choose the best one (rating, kind of speaker, publication day).
 */
public record Evidence(String event, String claim, String report, String kind, String victims, Integer min, Integer max,
                       io.triangulate.codes.Tier tier, Integer rating, String sourceKind, LocalDate published, String rule) {}
