package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Token;

import java.util.List;
import java.util.Set;

/**
 * Villages and camps the gazetteer does not know, named as such: "le village de Ndimo", "au village Makumo", "le site
 * de déplacés de Savo", "the village of Kishishe", or, in a language whose tables say so, a name no table knows after
 * "à" ("à Kishishe"). Conflict reporting names thousands of places too small for GeoNames; the word before the name
 * says it is one. Such a place is put in the one first-level division the report names (or,
 * failing that, its one country), without coordinates: two reports naming it alike in one division name one place.
 */
final class Settlements {
    /** A settlement's name is a few capitalised words ("Beu-Manyama", "Plaine Savo"). */
    private static final int MAX_WORDS = 3;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    Settlements(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** An unlisted settlement named at tokens [from, to). */
    record Named(Place place, int to) {}

    /**
     * The settlement named at token {@code i}, when a settlement word stands right before it, or a cue after which a
     * name no gazetteer knows is a village ("à Kishishe": French rows only; in English "in Englewood" is more often a
     * part of a city the gazetteer lacks, so English has no such row — EXTRACTION.md); null otherwise.
     */
    Named at(List<Token> tokens, int i, Places.Context context, boolean[] masked) {
        boolean named = lexicon.endsAt(tokens, i, "settlement", 1, 4);
        if (!named && !(i > 0 && lexicon.is(tokens.get(i - 1), "unlisted_place_cue") && unknown(tokens, i))) return null;
        int to = i;
        // "au village Manyama-beu": a part joined by a hyphen belongs to the name, capitalised or not.
        while (to < tokens.size() && to - i < MAX_WORDS && tokens.get(to).isWord() && !masked[to]
                && (tokens.get(to).capitalised() || to > i && tokens.get(to).hyphenated())
                && (to == i || tokens.get(to).hyphenated() || lexicon.notPlaces().longestAt(tokens, to) == null)) {
            to++;
        }
        if (to == i || lexicon.notPlaces().longestAt(tokens, i) != null) return null;
        Place where = division(context);
        if (where == null) return null;
        String name = name(tokens, i, to);
        String admin1 = where.precision().equals("admin1") ? where.admin1Code() : null;
        String id = "S:" + where.countryCode() + ":" + (admin1 == null ? "" : admin1) + ":" + Gazetteer.key(name);
        return new Named(new Place(id, name, where.admin1(), admin1, where.country(), where.countryCode(), null, null, "city", id), to);
    }

    /** A name no gazetteer row, speaker or actor has, long enough not to be an initial, not an acronym ("AFP"). */
    private boolean unknown(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.norm().length() < 4 || t.raw().chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))) return false;
        return gazetteer.candidates(t.norm()).isEmpty() && lexicon.speakers().longestAt(tokens, i) == null
                && lexicon.actors().longestAt(tokens, i) == null;
    }

    /** The division a report's unlisted places lie in: the one it names itself, else the one its places imply, else its country. */
    private Place division(Places.Context context) {
        for (Set<String> codes : List.of(context.stated(), context.admin1s())) {
            if (codes.size() == 1) {
                Place a = gazetteer.place("A:" + codes.iterator().next());
                if (a != null) return a;
            }
        }
        return context.countries().size() == 1 ? gazetteer.country(context.countries().iterator().next()) : null;
    }

    /** The name as written, its parts joined as they were ("Beu-Manyama"). */
    private static String name(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from) b.append(t.hyphenated() ? "-" : " ");
            b.append(t.raw());
        }
        return b.toString();
    }
}
