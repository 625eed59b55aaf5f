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

    /**
     * Countries a report names, for choosing among places of the same name: by the country's name, or by a
     * first-level division followed by its kind ("Cabo Delgado province", "Borno state").
     */
    Set<String> countriesNamed(List<List<Token>> sentences) {
        Set<String> out = new java.util.TreeSet<>();
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
                    boolean region = i + n < tokens.size() && REGION_WORDS.contains(tokens.get(i + n).norm())
                            || n > 1 && REGION_WORDS.contains(tokens.get(i + n - 1).norm());
                    for (Gazetteer.Entry e : gazetteer.candidates(join(tokens, i, i + n))) {
                        String precision = e.place().precision();
                        if (precision.equals("country") || (region && precision.equals("admin1"))) out.add(e.place().countryCode());
                    }
                }
            }
        }
        return out;
    }

    /** The name of the first country the report names, for "the army" of that country; null if none. */
    String firstCountryName(List<List<Token>> sentences) {
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).capitalised()) continue;
                for (int n = 3; n >= 1; n--) {
                    if (i + n > tokens.size()) continue;
                    for (Gazetteer.Entry e : gazetteer.candidates(join(tokens, i, i + n))) {
                        if (e.place().precision().equals("country")) return e.place().name();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The places a sentence names. In an ALL-CAPS sentence (wire and radio transcripts) capitals say nothing,
     * so a name other than a country's counts only after a locative cue or where {@code cued} marks it (a dateline).
     */
    List<Found> find(List<Token> tokens, Set<String> countries, Set<String> ordinaryWords, boolean[] masked, boolean allCaps, boolean[] cued) {
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
                boolean cue = cued[i] || i > 0 && (CUES.contains(tokens.get(i - 1).norm())
                        || (i > 1 && tokens.get(i - 1).is("of") && KINDS_OF_PLACE.contains(tokens.get(i - 2).norm())));
                boolean region = i + n < tokens.size() && REGION_WORDS.contains(tokens.get(i + n).norm());
                List<Gazetteer.Entry> candidates = narrowedByWhatFollows(gazetteer.candidates(name), tokens, i + n);
                // A small place named by the word that opens a sentence ("More than 70 …", "Police said …") needs a cue.
                boolean opening = i == 0 && n == 1;
                Place p = choose(candidates, countries, cue, allCaps || n == 1 && ordinaryWords.contains(name), region, opening);
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

    /**
     * "Birmingham, Alabama", "Palma, Mozambique": a first-level division or a country right after a comma keeps
     * the candidates inside it (all of them when none is).
     */
    private List<Gazetteer.Entry> narrowedByWhatFollows(List<Gazetteer.Entry> candidates, List<Token> tokens, int after) {
        if (candidates.size() < 2 || after + 1 >= tokens.size() || !tokens.get(after).is(",")) return candidates;
        for (int n = Math.min(3, tokens.size() - after - 1); n >= 1; n--) {
            for (Gazetteer.Entry area : gazetteer.candidates(join(tokens, after + 1, after + 1 + n))) {
                Place a = area.place();
                if (!a.precision().equals("admin1") && !a.precision().equals("country")) continue;
                List<Gazetteer.Entry> inside = candidates.stream().filter(c -> a.contains(c.place()) && !c.place().id().equals(a.id())).toList();
                if (!inside.isEmpty()) return inside;
            }
        }
        return candidates;
    }

    /** "Gao region", "Kunar province": the name is the division, not its town. */
    private static final Set<String> REGION_WORDS = Set.of("region", "province", "state", "district", "governorate", "department", "prefecture");

    private static Place choose(List<Gazetteer.Entry> candidates, Set<String> countries, boolean cue, boolean ordinaryWord, boolean region,
                                boolean opening) {
        if (candidates.isEmpty()) return null;
        return candidates.stream()
                .filter(e -> cue || !opening || e.curated() || e.population() >= 100_000 || !e.place().precision().equals("city"))
                .filter(e -> cue || !e.needsCue())
                .filter(e -> cue || !ordinaryWord || e.place().precision().equals("country"))
                .filter(e -> cue || countries.isEmpty() || countries.contains(e.place().countryCode()) || e.population() >= 1_000_000)
                .max(Comparator.<Gazetteer.Entry>comparingInt(e -> countries.contains(e.place().countryCode()) ? 1 : 0)
                        .thenComparingInt(e -> e.place().precision().equals("country") ? 1 : 0)
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
