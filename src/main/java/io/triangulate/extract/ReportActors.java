package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole report tells about the actors of its sentences: the armed group it is about (to which "the
 * group", "it" and "an al-Qaeda linked group" refer) and its country (whose army "the army" is).
 */
final class ReportActors {
    private final String mainActor;
    private final String homeCountry;

    private ReportActors(String mainActor, String homeCountry) {
        this.mainActor = mainActor;
        this.homeCountry = homeCountry;
    }

    /** {@code homeCountry}: the one country the report names, else null. */
    static ReportActors read(Lexicon lex, List<List<Token>> tokens, String homeCountry) {
        return new ReportActors(mainActor(lex, tokens), homeCountry);
    }

    /** The armed group the report is about, or null. */
    String mainActor() {
        return mainActor;
    }

    /**
     * An actor named in a sentence, with descriptions and "the group" resolved to the report's main actor (null
     * when a bare "the rebels" has no one to refer to), and "the army" to the armed forces of the report's country.
     */
    String nameOf(Lexicon.Actor a) {
        if (a.isDescriptor()) return mainActor != null ? mainActor : a.affiliation().isEmpty() ? null : a.name();
        // "armed forces" is the actors table's name of any state's army; the country makes it one army.
        if (a.isState() && a.name().equals("armed forces") && homeCountry != null) return "armed forces of " + homeCountry;
        return a.name();
    }

    /**
     * The armed group the report is about: an unnamed description ("an al-Qaeda linked group") is the named
     * group the report ties it to ("the same group, JNIM"), else the one named group of that affiliation.
     */
    private static String mainActor(Lexicon lex, List<List<Token>> tokens) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, String> affiliation = new HashMap<>();
        String descriptor = null;
        String sameGroup = null;
        for (List<Token> toks : tokens) {
            for (PhraseIndex.Match<Lexicon.Actor> m : lex.actors().findAll(toks)) {
                Lexicon.Actor a = m.value();
                if (a.isDescriptor()) {
                    if (descriptor == null && !a.affiliation().isEmpty()) descriptor = a.name();
                    affiliation.putIfAbsent(a.name(), a.affiliation());
                } else if (a.isArmedGroup() && !affiliation(lex, toks, m)) {
                    named.merge(a.name(), 1, Integer::sum);
                    affiliation.putIfAbsent(a.name(), a.affiliation());
                    // "the group, JNIM", "the same group, JNIM".
                    if (m.from() >= 2 && lex.is(toks.get(m.from() - 2), "group_noun") || m.from() >= 3 && lex.is(toks.get(m.from() - 3), "same_group")) {
                        sameGroup = a.name();
                    }
                }
            }
        }
        if (sameGroup != null) return sameGroup;
        String top = named.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (top != null) return top;
        return descriptor;
    }

    /** "an alliance affiliated with al-Qaeda", "al-Qaeda-linked": the movement a group belongs to, not the group. */
    static boolean affiliation(Lexicon lex, List<Token> toks, PhraseIndex.Match<Lexicon.Actor> a) {
        if (a.to() < toks.size() && lex.is(toks.get(a.to()), "affiliation")) return true;
        int k = a.from() - 1;
        if (k >= 0 && lex.is(toks.get(k), "definite_article")) k--;
        return k >= 1 && lex.is(toks.get(k), "affiliation_link") && lex.is(toks.get(k - 1), "affiliation");
    }
}
