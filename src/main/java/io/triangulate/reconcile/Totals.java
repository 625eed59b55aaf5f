package io.triangulate.reconcile;

import io.triangulate.rules.GroupFigure;

import java.util.List;
import java.util.TreeSet;

/**
 * An event's figure for one count from reconcile.drl's figures per victim group: the named groups (soldiers,
 * civilians, attackers…) add up; a toll about unknown victims usually restates a total, so the event's figure
 * is the larger of it and that sum ("four dead, including the gunman" is four, not five).
 */
final class Totals {
    private Totals() {}

    static Figure of(List<GroupFigure> groups, String kind) {
        return of(groups, kind, false);
    }

    /**
     * {@code addUnknown}: a toll of unknown victims counts other people than the named groups, and is added to their
     * sum (tables/reconcile-settings.csv's unknown_toll: added), instead of restating the total (larger).
     */
    static Figure of(List<GroupFigure> groups, String kind, boolean addUnknown) {
        List<GroupFigure> ofKind = groups.stream().filter(g -> g.kind().equals(kind) && g.low() != null)
                .sorted(java.util.Comparator.comparing(GroupFigure::victims)).toList();
        if (ofKind.isEmpty()) return Figure.none(null);
        Integer low = null;
        Integer best = null;
        // The named groups' high: their tops added up, open when any of them is open.
        Integer top = null;
        boolean open = false;
        boolean named = false;
        GroupFigure unknown = null;
        for (GroupFigure g : ofKind) {
            if (g.victims().equals("unknown")) {
                unknown = g;
                continue;
            }
            named = true;
            low = low == null ? g.low() : low + g.low();
            best = best == null ? g.best() : best + g.best();
            if (g.top() == null) {
                open = true;
            } else {
                top = top == null ? g.top() : top + g.top();
                open |= g.high() == null;
            }
        }
        // A toll of unknown victims that only hedged words give ("dozens", from an unrated blog) never raises what
        // firm counts per group add up to; it may still widen the high.
        boolean namedFirm = ofKind.stream().anyMatch(g -> !g.victims().equals("unknown") && g.tier() == io.triangulate.codes.Tier.FIRM);
        boolean raises = unknown != null && (!namedFirm || unknown.tier() == io.triangulate.codes.Tier.FIRM);
        if (unknown != null && named && addUnknown) {
            if (raises) {
                low = low + unknown.low();
                best = best + unknown.best();
            }
            if (unknown.top() == null || top == null) open = true;
            else top = top + unknown.top();
            open |= unknown.high() == null;
        } else if (unknown != null) {
            low = low == null ? unknown.low() : raises ? Math.max(low, unknown.low()) : low;
            best = best == null ? unknown.best() : raises ? Math.max(best, unknown.best()) : best;
            if (!named) {
                top = unknown.top();
                open = unknown.high() == null;
            } else if (unknown.top() != null && (top == null || unknown.top() > top)) {
                top = unknown.top();
                open = unknown.high() == null;
            } else if (unknown.top() != null && unknown.top().equals(top)) {
                open |= unknown.high() == null;
            }
        }
        if (top != null && low != null && top < low) top = low;
        TreeSet<String> rules = new TreeSet<>();
        TreeSet<String> claims = new TreeSet<>();
        for (GroupFigure g : ofKind) {
            rules.add(g.rule());
            claims.addAll(g.claims());
        }
        String rule = String.join("; ", rules) + (ofKind.size() > 1 ? " (per victim group, then added up)" : "");
        return new Figure(low, best, open ? null : top, rule, List.copyOf(claims), open ? top : null);
    }

    /**
     * Those hit and not killed: "four people were shot, one fatally" leaves three wounded. Only for closed
     * counts, and only when someone is left (everyone hit died: nobody is said to be injured).
     */
    static Figure survivors(Figure hit, Figure killed) {
        if (hit.low() == null || hit.high() == null || !hit.low().equals(hit.high())) return Figure.none(null);
        int dead = 0;
        if (killed.low() != null) {
            if (killed.high() == null || !killed.low().equals(killed.high())) return Figure.none(null);
            dead = killed.low();
        }
        int left = hit.low() - dead;
        if (left <= 0) return Figure.none(null);
        List<String> claims = new java.util.ArrayList<>(hit.claims());
        claims.addAll(killed.claims());
        return new Figure(left, left, left, "those hit less those killed (" + hit.low() + " − " + dead + ")",
                claims.stream().distinct().sorted().toList());
    }
}
