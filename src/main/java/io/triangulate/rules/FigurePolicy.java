package io.triangulate.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Arithmetic for reconcile.drl's figure rules: the rules decide which claims count (the tier); this works out
 * low, best and high from them. low = the smallest lower bound; high = the largest figure any non-partisan
 * claim gives, open (a lower bound, "16+") when an open-ended claim gives it; best = the figure of the most reliable
 * claim (analyst's rating, then kind of speaker by tables/reliability.csv, then the later report, then claim id).
 */
public final class FigurePolicy {
    private FigurePolicy() {}

    /** Most reliable first: the analyst's rating, then the kind of speaker by tables/reliability.csv, the later report, the claim. */
    static Comparator<Evidence> reliability(MatchPolicy policy) {
        return Comparator.<Evidence>comparingInt(e -> e.rating() == null ? 0 : -e.rating())
                .thenComparingInt(e -> policy.reliabilityOf(e.sourceKind()))
                .thenComparing(e -> e.published() == null ? "" : e.published().toString(), Comparator.reverseOrder())
                .thenComparing(Evidence::claim);
    }

    /** The figure of a count from the claims that set it ({@code pool}) and all non-partisan claims of the count ({@code all}). */
    public static GroupFigure figure(CasualtyGroup g, Collection<Evidence> pool, Collection<Evidence> all, MatchPolicy policy, String rule) {
        Integer low = pool.stream().map(Evidence::min).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Collection<Evidence> span = all.isEmpty() ? pool : all;
        Integer top = span.stream().map(e -> e.max() != null ? e.max() : e.min()).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        if (top != null && low != null && top < low) top = low;
        // An open-ended claim at the top ("at least 16" beside "16") leaves the high open: 16+.
        Integer reach = top;
        boolean open = top != null && span.stream().anyMatch(e -> e.max() == null && e.min() != null && e.min() >= reach);
        Evidence best = pool.stream().min(reliability(policy)).orElseThrow();
        return new GroupFigure(g.event(), g.kind(), g.victims(), low, best.min(), open ? null : top, rule,
                pool.stream().map(Evidence::claim).sorted().toList(), best.tier(), open ? top : null);
    }
}
