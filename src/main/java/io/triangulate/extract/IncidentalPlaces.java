package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Token;

import java.util.List;

/**
 * Places named for something else than where the event happened: an agency ("Chicago police", "the Kern County
 * Sheriff's Office"), where someone lives ("a Pocatello man", "Shaw, 37, of St. Albans"), where someone was taken
 * ("taken to a hospital in Putnam").
 */
final class IncidentalPlaces {
    private final Lexicon lexicon;

    IncidentalPlaces(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Alma police", "the Leon County Sheriff's Office": the place names the agency that speaks for it. */
    boolean agency(List<Token> tokens, int to) {
        return to < tokens.size() && lexicon.plays(tokens, to, "institution");
    }

    /** A place named for something else than where the event happened. */
    boolean incidental(List<Token> tokens, int from, int to) {
        // "Chicago police", "the Kern County Sheriff's Office", "a Pocatello man": the name modifies what follows.
        int next = to;
        if (next < tokens.size() && lexicon.is(tokens.get(next), "agency_place_word") && !tokens.get(next).is(tokens.get(to - 1).norm())) next++;
        if (next < tokens.size()) {
            Token t = tokens.get(next);
            if (lexicon.plays(tokens, next, "institution")) return true;
            if (t.isWord() && !t.capitalised() && lexicon.plays(tokens, next, "resident")) return true;
        }
        // "James Shaw, 37, of St. Albans", "a woman from Dayton": where someone lives.
        if (from >= 1 && lexicon.is(tokens.get(from - 1), "resident_of")) {
            int k = from - 2;
            if (k >= 0 && (tokens.get(k).is(",") || tokens.get(k).isNumber() || tokens.get(k).capitalised() && tokens.get(k).isWord())) return true;
            if (k >= 0 && lexicon.plays(tokens, k, "resident")) return true;
        }
        // "taken to a hospital in Putnam", "flown to … in Nashville".
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(";") || t.is(".")) break;
            if (lexicon.plays(tokens, k, "taken_to")) return true;
        }
        return false;
    }
}
