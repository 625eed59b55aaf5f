package io.triangulate.extract;

import io.triangulate.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds place names in a sentence: runs of capitalised words looked up in the gazetteer. Among places of the
 * same name, one in a country the report names wins, then the larger. A name that is also an ordinary word
 * of the report ("Police"), or a small place from the 1,000+ list, counts only after a locative cue.
 */
final class Places {
    private static final int MAX_WORDS = 5;
    private static final Set<String> CUES = Set.of("in", "at", "near", "outside", "into", "around");
    private static final Set<String> KINDS_OF_PLACE = Set.of("town", "city", "village", "capital", "region", "province", "district", "commune");
    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    record Found(Place place, int from, int to) {}

    /** Countries a report names, for choosing among places of the same name. */
    Set<String> countriesNamed(List<List<Token>> sentences) {
        Set<String> out = new java.util.HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
                    for (Gazetteer.Entry e : gazetteer.candidates(join(tokens, i, i + n))) {
                        if (e.place().precision().equals("country")) out.add(e.place().countryCode());
                    }
                }
            }
        }
        return out;
    }

    List<Found> find(List<Token> tokens, Set<String> countries, Set<String> ordinaryWords, boolean[] masked) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised() || masked[i]) {
                i++;
                continue;
            }
            Found best = null;
            for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
                if (!tokens.get(i + n - 1).isWord() || masked[i + n - 1]) continue;
                String name = join(tokens, i, i + n);
                boolean cue = i > 0 && (CUES.contains(tokens.get(i - 1).norm())
                        || (i > 1 && tokens.get(i - 1).is("of") && KINDS_OF_PLACE.contains(tokens.get(i - 2).norm())));
                boolean region = i + n < tokens.size() && REGION_WORDS.contains(tokens.get(i + n).norm());
                Place p = choose(gazetteer.candidates(name), countries, cue, n == 1 && ordinaryWords.contains(name), region);
                if (p != null) {
                    best = new Found(p, i, i + n);
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "Gao region", "Kunar province": the name is the division, not its town. */
    private static final Set<String> REGION_WORDS = Set.of("region", "province", "state", "district", "governorate", "department", "prefecture");

    private static Place choose(List<Gazetteer.Entry> candidates, Set<String> countries, boolean cue, boolean ordinaryWord, boolean region) {
        if (candidates.isEmpty()) return null;
        return candidates.stream()
                .filter(e -> cue || !e.needsCue())
                .filter(e -> cue || !ordinaryWord)
                .filter(e -> cue || countries.isEmpty() || countries.contains(e.place().countryCode()) || e.population() >= 1_000_000)
                .max(Comparator.<Gazetteer.Entry>comparingInt(e -> countries.contains(e.place().countryCode()) ? 1 : 0)
                        .thenComparingInt(e -> e.population() == Long.MAX_VALUE ? 1 : 0)
                        .thenComparingInt(e -> e.place().precision().equals("admin1") == region ? 1 : 0)
                        .thenComparingLong(Gazetteer.Entry::population)
                        .thenComparingInt(Gazetteer.Entry::featureRank)
                        .thenComparing(e -> e.place().id()))
                .map(Gazetteer.Entry::place)
                .orElse(null);
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append(' ');
            b.append(tokens.get(k).norm());
        }
        return b.toString();
    }
}
