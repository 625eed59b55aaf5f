package io.triangulate.reconcile;

import io.triangulate.extract.CasualtyClaim;
import io.triangulate.ingest.Report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Low, best and high for one count, by the default policy (DESIGN.md): a firm, attributed count is evidence;
 * a hedged claim counts when nothing firmer exists; a soft zero ("no casualties were reported") only when
 * nothing else does; a perpetrator's claim is shown and flagged but never sets a figure.
 */
final class Figures {
    private Figures() {}

    /** More reliable speaker kinds first, for choosing best. */
    private static final List<String> KIND_ORDER = List.of("un", "ngo", "medical", "official", "media", "witness", "unknown", "perpetrator");

    static Figure of(List<CasualtyClaim> claims, String kind, Map<String, Report> reports) {
        List<CasualtyClaim> usable = claims.stream()
                .filter(c -> c.kind().equals(kind) && !c.qualitative() && c.low() != null)
                .filter(c -> !"perpetrator".equals(c.source().sourceKind()))
                .toList();
        List<CasualtyClaim> firm = usable.stream().filter(c -> !c.source().hedged() && !c.negated()).toList();
        List<CasualtyClaim> hedged = usable.stream().filter(c -> c.source().hedged() && !c.negated()).toList();
        List<CasualtyClaim> soft = usable.stream().filter(CasualtyClaim::negated).toList();
        List<CasualtyClaim> pool = !firm.isEmpty() ? firm : !hedged.isEmpty() ? hedged : soft;
        if (pool.isEmpty()) return Figure.none(Reconciler.FIGURE_POLICY);
        Integer low = pool.stream().map(CasualtyClaim::low).min(Integer::compare).orElse(null);
        boolean allOpen = usable.stream().allMatch(c -> c.high() == null);
        Integer high = allOpen ? null : usable.stream().map(c -> c.high() != null ? c.high() : c.low()).max(Integer::compare).orElse(null);
        CasualtyClaim bestClaim = pool.stream().min(reliability(reports)).orElseThrow();
        Integer best = bestClaim.low();
        return new Figure(low, best, high, Reconciler.FIGURE_POLICY, pool.stream().map(CasualtyClaim::id).sorted().toList());
    }

    /** Analyst's rating first, then kind of speaker, then the later report (a later toll supersedes), then id. */
    private static Comparator<CasualtyClaim> reliability(Map<String, Report> reports) {
        return Comparator.<CasualtyClaim>comparingInt(c -> {
                    Report r = reports.get(c.source().report());
                    return r == null || r.rating() == null ? 0 : -r.rating();
                })
                .thenComparingInt(c -> KIND_ORDER.indexOf(c.source().sourceKind()))
                .thenComparing(c -> {
                    Report r = reports.get(c.source().report());
                    return r == null || r.published() == null ? "" : r.published();
                }, Comparator.reverseOrder())
                .thenComparing(CasualtyClaim::id);
    }
}
