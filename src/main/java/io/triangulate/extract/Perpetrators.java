package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Who did it, as a sentence says: "JNIM claimed responsibility", "says it carried out", "claimed by JNIM", "blamed
 * on …", "Both IS Sahel and JNIM claimed", "an ADF attack". State forces can be blamed or deny, but a state
 * "claiming" an attack is not a claim of responsibility.
 */
final class Perpetrators {
    private final Lexicon lex;

    Perpetrators(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** An actor named as the one who did it, with its stance, over tokens [at, to). */
    record Draft(String actor, String stance, int at, int to) {}

    List<Draft> find(List<Token> toks, ReportActors actors) {
        List<Draft> out = new ArrayList<>();
        List<PhraseIndex.Match<Lexicon.Actor>> named = lex.actors().findAll(toks);
        if (named.isEmpty()) return out;
        // Actors by where they start and end, so that each phrase looks only at its own neighbourhood.
        List<PhraseIndex.Match<Lexicon.Actor>> startingAt = new ArrayList<>(java.util.Collections.nCopies(toks.size() + 1, null));
        List<PhraseIndex.Match<Lexicon.Actor>> endingAt = new ArrayList<>(java.util.Collections.nCopies(toks.size() + 1, null));
        for (PhraseIndex.Match<Lexicon.Actor> a : named) {
            if (ReportActors.affiliation(lex, toks, a)) continue;
            startingAt.set(a.from(), a);
            endingAt.set(a.to(), a);
        }
        for (PhraseIndex.Match<Lexicon.Responsibility> r : lex.responsibility().findAll(toks)) {
            String stance = r.value().stance();
            boolean before = r.value().actorBefore();
            PhraseIndex.Match<Lexicon.Actor> chosen = null;
            // The nearest actor before the phrase (within 12 tokens) or after it (within 6).
            if (before) {
                for (int end = r.from(); end >= Math.max(0, r.from() - 12) && chosen == null; end--) chosen = usable(endingAt.get(end), stance, actors);
            } else {
                for (int from = r.to(); from <= Math.min(toks.size() - 1, r.to() + 6) && chosen == null; from++) chosen = usable(startingAt.get(from), stance, actors);
            }
            if (chosen == null) continue;
            for (PhraseIndex.Match<Lexicon.Actor> a : coordinated(toks, startingAt, endingAt, chosen)) {
                String name = actors.nameOf(a.value());
                if (name != null) add(out, new Draft(name, stance, a.from(), a.to()));
            }
        }
        for (PhraseIndex.Match<Lexicon.Actor> a : named) {
            String name = actors.nameOf(a.value());
            if (name == null || !a.value().isArmedGroup() || a.to() >= toks.size() || ReportActors.affiliation(lex, toks, a)) continue;
            if (out.stream().anyMatch(d -> d.actor().equals(name))) continue;
            String stance = deedAfter(toks, a.to());
            if (stance != null) add(out, new Draft(name, stance, a.from(), a.to()));
        }
        return out;
    }

    /** An actor that can take this stance: a state does not "claim" an attack, and a bare "the rebels" needs a referent. */
    private static PhraseIndex.Match<Lexicon.Actor> usable(PhraseIndex.Match<Lexicon.Actor> a, String stance, ReportActors actors) {
        if (a == null) return null;
        if (a.value().isState() && stance.equals("claimed")) return null;
        return actors.nameOf(a.value()) == null ? null : a;
    }

    private static void add(List<Draft> out, Draft d) {
        if (out.stream().noneMatch(o -> o.actor().equals(d.actor()) && o.stance().equals(d.stance()))) out.add(d);
    }

    /** The chosen actor and those joined to it by "and" or a comma: "IS Sahel and JNIM", "JNIM and IS Sahel". */
    private List<PhraseIndex.Match<Lexicon.Actor>> coordinated(List<Token> toks, List<PhraseIndex.Match<Lexicon.Actor>> startingAt,
                                                               List<PhraseIndex.Match<Lexicon.Actor>> endingAt,
                                                               PhraseIndex.Match<Lexicon.Actor> chosen) {
        List<PhraseIndex.Match<Lexicon.Actor>> out = new ArrayList<>(List.of(chosen));
        for (PhraseIndex.Match<Lexicon.Actor> a = chosen; a.from() >= 2 && joiner(toks.get(a.from() - 1)) && endingAt.get(a.from() - 1) != null; ) {
            a = endingAt.get(a.from() - 1);
            out.add(a);
        }
        for (PhraseIndex.Match<Lexicon.Actor> a = chosen; a.to() + 1 < toks.size() && joiner(toks.get(a.to())) && startingAt.get(a.to() + 1) != null; ) {
            a = startingAt.get(a.to() + 1);
            out.add(a);
        }
        return out;
    }

    private boolean joiner(Token t) {
        return t.is(",") || lex.is(t, "actor_joiner");
    }

    /**
     * What an armed group's name followed by its deed says: "an ADF attack", "ELN fighters attacked" name it as
     * the attacker (attributed); "Hamas said it had fired" is its own claim.
     */
    private String deedAfter(List<Token> toks, int k) {
        if (lex.is(toks.get(k), "attack_noun")) return "attributed";
        boolean says = false;
        if (k + 1 < toks.size() && lex.is(toks.get(k), "group_says") && lex.is(toks.get(k + 1), "group_self")) {
            says = true;
            k += 2;
        } else if (lex.is(toks.get(k), "group_members")) {
            k++;
        }
        while (k < toks.size() && lex.is(toks.get(k), "deed_auxiliary")) k++;
        if (k < toks.size() && lex.is(toks.get(k), "deed")) return says ? "claimed" : "attributed";
        return null;
    }
}
