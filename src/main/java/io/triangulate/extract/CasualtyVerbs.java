package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.List;

/**
 * What happened to the people a figure counts: the casualty word after them ("were killed") or just before the
 * figure ("killing at least 14"), "dead and wounded" read as one killed-or-injured count, and denials ("who was
 * not injured") that count nobody.
 */
final class CasualtyVerbs {
    private static final int KIND_WINDOW = 8;
    private final Lexicon lex;
    private final Figures figures;

    CasualtyVerbs(Lexicon lexicon, Figures figures) {
        this.lex = lexicon;
        this.figures = figures;
    }

    /** The kind of the casualty word after the victims ("were killed"), or just before the figure ("killing at least 14"). */
    String kindNear(List<Token> tokens, Figures.Figure fig, boolean[] person) {
        // "killed at least 14 civilians and wounded 30 others": the verb right before the figure decides.
        if (fig.from > 0) {
            PhraseIndex.Match<Lexicon.CasualtyWord> before = endingAt(tokens, fig.from);
            if (before != null) return before.value().kind();
        }
        // "Seventeen soldiers and at least 20 civilians died": a figure joined by "and" shares the verb.
        boolean coordinated = fig.nounEnd < tokens.size() && lex.is(tokens.get(fig.nounEnd), "conjunction");
        for (int k = fig.nounEnd; k < Math.min(tokens.size(), fig.nounEnd + KIND_WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".") || (t.isNumber() && k > fig.nounEnd && !coordinated && !figures.anAge(tokens, k))) break;
            // "Two women charged in the death of …": people charged, arrested or sentenced for a killing are not its victims.
            if (lex.plays(tokens, k, "aftermath")) break;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, k);
            if (c != null && !c.value().qualitative()) {
                // "The victim, who was not injured, …": the people named are denied the casualty, not counted.
                if (denied(tokens, k)) return null;
                // "A suicide bomber killed 22 people": the noun before an active verb with an object is the killer.
                if (k == fig.nounEnd && c.to() < tokens.size() && figures.at(tokens, c.to(), person) != null) return null;
                return combined(tokens, c);
            }
        }
        for (int k = fig.from - 1; k >= Math.max(0, fig.from - 3); k--) {
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, k);
            if (c != null && !c.value().qualitative() && c.to() <= fig.from) return c.value().kind();
        }
        return null;
    }

    /** "dead and wounded" with one figure for both is one killed-or-injured claim. */
    String combined(List<Token> tokens, PhraseIndex.Match<Lexicon.CasualtyWord> c) {
        int j = c.to();
        if (j + 1 < tokens.size() && lex.is(tokens.get(j), "and_or")) {
            PhraseIndex.Match<Lexicon.CasualtyWord> d = lex.casualtyWords().longestAt(tokens, j + 1);
            if (d != null && !d.value().kind().equals(c.value().kind()) && !d.value().qualitative()
                    && !d.value().kind().equals("captured") && !c.value().kind().equals("captured")) {
                return "killed_or_injured";
            }
        }
        return c.value().kind();
    }

    /** The casualty word that ends right before token {@code at} ("killing", "wounded"), or null. */
    PhraseIndex.Match<Lexicon.CasualtyWord> endingAt(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) { // up to four words: "coûté la vie à"
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, k);
            if (c != null && c.to() == at && !c.value().qualitative()) return c;
        }
        // "the murder of 7-year-old …", "the shooting death of a man": a casualty noun, "of", then the people.
        if (at >= 2 && lex.is(tokens.get(at - 1), "genitive")) return endingAt(tokens, at - 1);
        return null;
    }

    /** "who was not injured", "had never been shot", "n'a pas été blessé": the casualty word is denied. */
    private boolean denied(List<Token> tokens, int k) {
        if (k >= 1 && lex.plays(tokens, k - 1, "denial")) return true;
        return k >= 2 && lex.is(tokens.get(k - 1), "be_participle") && lex.plays(tokens, k - 2, "denial");
    }
}
