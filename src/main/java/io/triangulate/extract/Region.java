package io.triangulate.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a report says it is: the countries and first-level divisions (states, provinces) it names itself
 * ("Savannah, Georgia", "Borno state"). An analyst's group of reports about one story shares a region, which
 * tells where a report that names no division is ("Clearwater" in a group whose other reports say South Carolina).
 */
public record Region(Set<String> countries, Set<String> admin1s) {
    public static final Region NONE = new Region(Set.of(), Set.of());

    public Region {
        countries = Set.copyOf(new TreeSet<>(countries));
        admin1s = Set.copyOf(new TreeSet<>(admin1s));
    }

    public boolean isEmpty() {
        return admin1s.isEmpty();
    }

    /**
     * The region of a group: the division the most reports name, if it leads the others; none when the reports
     * spread over several divisions with no leader (a folder of unrelated events).
     */
    public static Region ofGroup(List<Region> reports) {
        Map<String, Integer> named = new TreeMap<>();
        for (Region r : reports) for (String a : r.admin1s()) named.merge(a, 1, Integer::sum);
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || top == second) return NONE;
        String country = best.substring(0, best.indexOf('.') < 0 ? best.length() : best.indexOf('.'));
        return new Region(Set.of(country), Set.of(best));
    }
}
