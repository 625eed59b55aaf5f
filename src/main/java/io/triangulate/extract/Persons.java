package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names, so that "Kyle Carney", "Morgan, 19," or "Officer Washington" are never read as
 * places. A run of capitalised words is a person's name when a title stands before it ("Sheriff Steve
 * Rushing"), when it opens with a given name ("Ariel Morgan"), when an age follows it ("Tyler Donaldson, 23,")
 * or precedes it ("23-year-old Tyler Donaldson"), unless the run is itself a known place or ends in a place
 * word ("Virginia Beach", "Orlando Police"). A surname once seen as a person's is a person's in the whole report.
 */
final class Persons {
    private static final int MAX_NAME = 4;
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    Persons(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.gazetteer = gazetteer;
    }

    /** A person's name at tokens [from, to). */
    record Name(int sentence, int from, int to) {}

    /** Every person's name of the report, by sentence. */
    List<Name> find(List<List<Token>> sentences, boolean[] allCaps) {
        List<Name> out = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s);
            int i = 0;
            while (i < toks.size()) {
                int end = runEnd(toks, i, allCaps[s]);
                if (end == i) {
                    i++;
                    continue;
                }
                int to = personEnd(toks, i, end, allCaps[s]);
                if (to > i) {
                    out.add(new Name(s, i, to));
                    // The surname names the same person later in the report.
                    if (to - i >= 2) surnames.add(toks.get(to - 1).norm());
                    i = to;
                } else {
                    i++;
                }
            }
        }
        if (surnames.isEmpty()) return out;
        // Second pass: a surname already known ("Morgan would later die") is the person, wherever it stands.
        Set<Long> taken = new HashSet<>();
        for (Name n : out) for (int k = n.from(); k < n.to(); k++) taken.add(((long) n.sentence() << 32) | k);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s);
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (t.isWord() && t.capitalised() && surnames.contains(t.norm()) && !taken.contains(((long) s << 32) | k)
                        && !placeHeadAfter(toks, k + 1)) {
                    out.add(new Name(s, k, k + 1));
                }
            }
        }
        return out;
    }

    /** Masks of the tokens inside people's names, one per sentence. */
    static List<boolean[]> masks(List<List<Token>> sentences, List<Name> names) {
        List<boolean[]> out = new ArrayList<>();
        for (List<Token> toks : sentences) out.add(new boolean[toks.size()]);
        for (Name n : names) for (int k = n.from(); k < n.to(); k++) out.get(n.sentence())[k] = true;
        return out;
    }

    /** The end of the run of capitalised words (and initials such as "J.") starting at i; i when none starts there. */
    private static int runEnd(List<Token> toks, int i, boolean allCaps) {
        int j = i;
        while (j < toks.size() && j - i < MAX_NAME + 1) {
            Token t = toks.get(j);
            if (t.isWord() && t.capitalised()) {
                j++;
                if (j < toks.size() && toks.get(j).is(".") && t.raw().length() == 1) j++; // an initial
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Where the person's name in the run [from, end) ends, or {@code from} when the run is no person's name.
     * In an ALL-CAPS sentence a run says nothing by its capitals, so only a title or a given name opens a name there.
     */
    private int personEnd(List<Token> toks, int from, int end, boolean allCaps) {
        int len = Math.min(end - from, allCaps ? 3 : MAX_NAME);
        // A place word closing the run ("Orlando Police", "Madison County") makes it a place or an institution.
        for (int k = from + 1; k < from + len; k++) {
            if (placeHeadAt(toks, k)) {
                len = k - from;
                break;
            }
        }
        if (len <= 0) return from;
        boolean title = titleBefore(toks, from);
        boolean given = lex.givenNames().contains(toks.get(from).norm()) && len >= 2;
        boolean ageAfter = ageAfter(toks, from + len);
        boolean ageBefore = ageBefore(toks, from);
        if (!title && !given && !(ageAfter && !allCaps) && !ageBefore) return from;
        if (placeHeadAfter(toks, from + len)) return from;
        if (knownPlace(toks, from, from + len) && !title && !ageAfter) return from;
        // A title with nothing but one word after it in capitals ("Chief Executive") is still a name only with an age or a given name.
        return from + len;
    }

    private boolean titleBefore(List<Token> toks, int at) {
        int k = at - 1;
        if (k >= 0 && toks.get(k).is(".")) k--;
        return k >= 0 && lex.endsAt(toks, k + 1, "title", 1, 2);
    }

    private boolean placeHeadAt(List<Token> toks, int k) {
        return lex.plays(toks, k, "place_head");
    }

    private boolean placeHeadAfter(List<Token> toks, int k) {
        return k < toks.size() && toks.get(k).capitalised() && placeHeadAt(toks, k);
    }

    /** "Tyler Donaldson, 23," — a comma, a number a person's age can be, then a comma or the sentence's end. */
    private boolean ageAfter(List<Token> toks, int k) {
        if (k + 1 >= toks.size() || !toks.get(k).is(",") || !toks.get(k + 1).isNumber()) return false;
        String raw = toks.get(k + 1).raw();
        if (raw.length() > 3 || !raw.chars().allMatch(Character::isDigit) || Integer.parseInt(raw) > 110) return false;
        return k + 2 >= toks.size() || toks.get(k + 2).is(",") || toks.get(k + 2).is(")") || toks.get(k + 2).is(".")
                || lex.is(toks.get(k + 2), "conjunction");
    }

    /** "23-year-old Tyler Donaldson", "the 23-year-old victim": an age right before the name. */
    private boolean ageBefore(List<Token> toks, int k) {
        return k >= 3 && lex.is(toks.get(k - 1), "age_old") && lex.is(toks.get(k - 2), "age_in_years") && toks.get(k - 3).isNumber();
    }

    private boolean knownPlace(List<Token> toks, int from, int to) {
        if (to - from < 2) return false;
        for (int n = to - from; n >= 2; n--) {
            if (!gazetteer.candidates(toks, from, from + n).isEmpty()) return true;
        }
        return false;
    }
}
