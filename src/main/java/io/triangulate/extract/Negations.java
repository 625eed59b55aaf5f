package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.List;
import java.util.Set;

/**
 * Casualty claims without a figure: soft zeros ("no casualties", "no one was killed", "only material damage") and
 * qualitative losses ("heavy human and material losses").
 */
final class Negations {
    private final Lexicon lex;
    private final CasualtyVerbs verbs;

    Negations(Lexicon lexicon, CasualtyVerbs verbs) {
        this.lex = lexicon;
        this.verbs = verbs;
    }

    /** "no casualties", "no civilian casualties", "no one was killed", "without loss of life". */
    void zeros(List<Token> tokens, List<Casualties.Found> out, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean no = lex.is(t, "negator");
            // "no one", "nobody", "none": nobody; a bare "no" is read with the words after it.
            PhraseIndex.Match<Set<String>> nobody = lex.phraseAt(tokens, i, "nobody_phrase");
            int j = nobody != null ? nobody.to() : no ? i + 1 : -1;
            // "no one else was hurt", "nobody else", "no other injuries".
            if (j >= 0 && j < tokens.size() && lex.is(tokens.get(j), "nobody_else")) j++;
            if (j >= 0) {
                String victims = "unknown";
                if (no && j == i + 1 && j < tokens.size() && lex.victims().longestAt(tokens, j) != null
                        && lex.casualtyWords().longestAt(tokens, j) == null) {
                    PhraseIndex.Match<String> v = lex.victims().longestAt(tokens, j);
                    // "police reported no victims": nobody hurt, a soft zero of killed or injured.
                    if (lex.plays(tokens, j, "either_when_denied") && (v.to() >= tokens.size() || lex.casualtyWords().longestAt(tokens, v.to()) == null)) {
                        out.add(new Casualties.Found("killed_or_injured", 0, 0, "unknown", "negated", i, v.to()));
                        for (int k = i; k < v.to(); k++) used[k] = true;
                        continue;
                    }
                    victims = v.value();
                    j = v.to(); // "no civilian casualties"
                }
                if (j < tokens.size() && lex.is(tokens.get(j), "was_were")) j++;
                PhraseIndex.Match<Lexicon.CasualtyWord> c = j < tokens.size() ? lex.casualtyWords().longestAt(tokens, j) : null;
                if (c != null && !c.value().qualitative() && !c.value().kind().equals("captured")) {
                    // "no one was killed" is a zero of the dead, "no injuries" of the injured; "no one was hurt", "no
                    // casualties" a zero of both, killed or injured (a soft zero: the absence of reports).
                    String kind = lex.plays(tokens, j, "either_when_denied") ? "killed_or_injured"
                            : c.value().kind().equals("wound") || c.value().kind().equals("hit") ? "injured" : verbs.combined(tokens, c);
                    out.add(new Casualties.Found(kind, 0, 0, victims, "negated", i, c.to()));
                    for (int k = i; k < c.to(); k++) used[k] = true;
                }
            }
            // "the explosion caused only material damage": nobody was hurt; "all are expected to survive", "without
            // loss of life": nobody died.
            PhraseIndex.Match<Set<String>> none = lex.phraseAt(tokens, i, "nobody_hurt");
            PhraseIndex.Match<Set<String>> alive = none == null ? lex.phraseAt(tokens, i, "nobody_killed") : null;
            if (none != null || alive != null) {
                PhraseIndex.Match<Set<String>> m = none != null ? none : alive;
                out.add(new Casualties.Found(none != null ? "killed_or_injured" : "killed", 0, 0, "unknown", "negated", i, m.to()));
                for (int k = i; k < m.to(); k++) used[k] = true;
            }
        }
    }

    /** "heavy human and material losses": a claim of losses with no figure. */
    void qualitative(List<Token> tokens, List<Casualties.Found> out, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) continue;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, i);
            if (c != null && c.value().qualitative()) {
                out.add(new Casualties.Found(c.value().kind(), null, null, "unknown", "qualitative", i, c.to()));
                for (int k = i; k < c.to(); k++) used[k] = true;
                i = c.to() - 1;
            }
        }
    }
}
