package io.triangulate.reconcile;

import io.triangulate.rules.Mention;
import io.triangulate.rules.SameEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forms events from the rules' pairwise decisions: a mention joins an event only if the rules said it is
 * the same event as every mention already in it (no chaining Bamako → Mali → Gao). Mentions are taken
 * finest place first, then dated first, then by id, so the result does not depend on input order.
 */
final class Clusters {
    private Clusters() {}

    static List<List<Mention>> of(List<Mention> mentions, List<SameEvent> same) {
        Set<String> pairs = new HashSet<>();
        for (SameEvent s : same) pairs.add(key(s.first(), s.second()));
        List<Mention> order = new ArrayList<>(mentions);
        order.sort(Comparator.comparingInt(Mention::placeRank).reversed()
                .thenComparing(m -> m.day() == null ? 1 : 0)
                .thenComparing(m -> m.dated() ? 0 : 1)
                .thenComparing(Mention::id));
        List<List<Mention>> clusters = new ArrayList<>();
        for (Mention m : order) {
            List<Mention> home = null;
            for (List<Mention> c : clusters) {
                if (c.stream().allMatch(o -> pairs.contains(key(o.id(), m.id())))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(m);
        }
        return clusters;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
