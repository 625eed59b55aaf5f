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

    /**
     * The event's figure: each victim group (soldiers, attackers, civilians…) is reconciled on its own and the
     * groups are added up. Claims about unknown victims form a group only when no claim names a group, since
     * they usually restate a total.
     */
    static Figure of(List<CasualtyClaim> claims, String kind, Map<String, Report> reports) {
        List<CasualtyClaim> ofKind = claims.stream()
                .filter(c -> c.kind().equals(kind) && !c.qualitative() && c.low() != null)
                .filter(c -> !"perpetrator".equals(c.source().sourceKind()))
                .toList();
        java.util.TreeMap<String, List<CasualtyClaim>> groups = ofKind.stream()
                .collect(java.util.stream.Collectors.groupingBy(CasualtyClaim::victims, java.util.TreeMap::new, java.util.stream.Collectors.toList()));
        if (groups.size() > 1) groups.remove("unknown");
        if (groups.isEmpty()) return Figure.none(Reconciler.FIGURE_POLICY);
        Integer low = null, best = null, high = 0;
        List<String> basis = new java.util.ArrayList<>();
        for (List<CasualtyClaim> g : groups.values()) {
            Figure f = ofGroup(g, reports);
            if (f.low() == null) continue;
            low = low == null ? f.low() : low + f.low();
            best = best == null ? f.best() : best + f.best();
            high = high == null || f.high() == null ? null : high + f.high();
            basis.addAll(f.claims());
        }
        if (low == null) return Figure.none(Reconciler.FIGURE_POLICY);
        return new Figure(low, best, high, Reconciler.FIGURE_POLICY, basis.stream().sorted().toList());
    }

    private static Figure ofGroup(List<CasualtyClaim> usable, Map<String, Report> reports) {
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
