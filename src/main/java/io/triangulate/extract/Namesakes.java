package io.triangulate.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which of the places of one name a sentence means: one in a division or country the report names wins, then
 * the larger; small places, other names of a place and places outside the report's region need a cue.
 */
final class Namesakes {
    private Namesakes() {}

    static Place choose(String name, List<Gazetteer.Entry> candidates, Places.Context context, boolean cue, boolean pointed, boolean ordinaryWord,
                                boolean region, boolean opening, boolean stated) {
        if (candidates.isEmpty()) return null;
        Set<String> countries = context.countries();
        Set<String> admin1s = context.stated();
        Set<String> group = context.group();
        return candidates.stream()
                // Outside the region of the report's group, a small town counts only where the report points at it
                // ("the town of Boulikessi"), not for a bare capitalised word ("neighbor Erico Marion", "at Mount Sinai").
                .filter(e -> pointed || group.isEmpty() || !e.place().precision().equals("city") || inAny(group, e.place().admin1Code())
                        || e.population() >= 500_000)
                // In a report about Ohio, a small "Madisonville" elsewhere in the country is a neighbourhood the
                // gazetteer lacks, not the Texas town: outside the report's divisions only big cities or stated ones count.
                .filter(e -> stated || !e.place().precision().equals("city") || inAny(admin1s, e.place().admin1Code())
                        || admin1s.stream().noneMatch(a -> a.startsWith(e.place().countryCode() + ".")) || e.population() >= 500_000)
                .filter(e -> cue || !opening || e.curated() || e.population() >= 100_000 || !e.place().precision().equals("city"))
                .filter(e -> cue || !e.needsCue())
                .filter(e -> cue || !ordinaryWord || e.place().precision().equals("country"))
                .filter(e -> countries.isEmpty() || countries.contains(e.place().countryCode()) || e.population() >= 1_000_000 && !e.alternate()
                        // outside the report's countries, a cue lets in only a town of 15,000 or more by its own name
                        || cue && e.population() >= 15_000 && !e.alternate())
                // A report that tells nowhere where it is: a name without a cue is a place only if it is a country or a town.
                .filter(e -> cue || !countries.isEmpty() || e.place().precision().equals("country") || e.population() >= 15_000 || e.curated())
                // Another name of a place ("Soul" for Seoul) counts only in a country the report names, or after a cue ("in Tombouctou").
                .filter(e -> !e.alternate() || cue || countries.contains(e.place().countryCode()) || distinctiveAlternate(e, candidates, name))
                .max(Comparator.<Gazetteer.Entry>comparingInt(e -> inAny(context.admin1s(), e.place().admin1Code()) ? 1 : 0)
                        .thenComparingInt(e -> countries.contains(e.place().countryCode()) ? 1 : 0)
                        .thenComparingInt(e -> e.place().precision().equals("country") ? 1 : 0)
                        .thenComparingInt(e -> e.place().precision().equals("admin1") == region ? 1 : 0)
                        // a county or territory only when named as a division ("le territoire de Djugu"), else the town
                        .thenComparingInt(e -> e.place().precision().equals("admin2") ? (region ? 2 : 0) : 1)
                        .thenComparingLong(Gazetteer.Entry::population)
                        .thenComparingInt(e -> e.alternate() ? 0 : 1)
                        .thenComparingInt(Gazetteer.Entry::featureRank)
                        .thenComparing(e -> e.place().id()))
                .map(Gazetteer.Entry::place)
                .orElse(null);
    }

    /**
     * Another name of a place that is no common word: long ("Jabalia", "Tombouctou", not "Soul" or "Sol") and the
     * only reading of the name, so that a report may use it without naming the country.
     */
    private static boolean distinctiveAlternate(Gazetteer.Entry e, List<Gazetteer.Entry> candidates, String name) {
        return candidates.size() == 1 && e.population() >= 15_000 && name.length() >= 6;
    }

    static boolean inAny(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }

}
