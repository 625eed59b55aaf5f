package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Who says what a sentence says: each speech verb and its speaker ("the army said", "told AFP", "according to
 * residents", "claimed the GSIM"), with "the sources also said" taken as the sources of the sentence before.
 */
final class Speakers {
    private final Lexicon lex;

    Speakers(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** Who speaks in a sentence, and the token where the speech verb stands. */
    record Speech(int at, String name, String kind) {}

    /** The speakers of a sentence; {@code last}: the last known speaker of the sentences before, or null. */
    List<Speech> find(List<Token> toks, ReportActors actors, Speech last) {
        return resolveSources(speakers(toks, actors), toks, last);
    }

    /** Speech verbs and their speakers: "the army said", "told AFP", "according to residents", "claimed the GSIM". */
    private List<Speech> speakers(List<Token> toks, ReportActors actors) {
        List<Speech> out = new ArrayList<>();
        for (PhraseIndex.Match<Lexicon.SpeakerSide> v : lex.speechVerbs().findAll(toks)) {
            Lexicon.Speaker found = null;
            // "Boko Haram was blamed": a passive verb's subject is not its speaker.
            boolean passive = v.from() > 0 && lex.is(toks.get(v.from() - 1), "passive_auxiliary");
            if (v.value() != Lexicon.SpeakerSide.AFTER && !passive) {
                // The subject stands before the verb in the same clause: stop at punctuation or a closing quote.
                for (int k = v.from() - 1; k >= Math.max(0, v.from() - 7) && found == null; k--) {
                    Token t = toks.get(k);
                    if (t.type() == Token.Type.PUNCT && !t.is("'")) break;
                    found = longestSpeakerEndingAt(toks, k, actors);
                }
            }
            if (found == null && v.value() != Lexicon.SpeakerSide.BEFORE) {
                found = speakerAfter(toks, v, actors);
            }
            // "JNIM claimed responsibility, saying it had inflicted heavy losses": a participle after a comma
            // speaks for the main clause's subject.
            if (found == null && !passive && v.from() > 0 && toks.get(v.from() - 1).is(",") && lex.is(toks.get(v.from()), "speaking_participle")) {
                for (int k = 0; k < v.from() - 1 && found == null; k++) found = speakerAt(toks, k, actors);
            }
            if (found != null) out.add(new Speech(v.from(), found.name(), found.kind()));
        }
        return out;
    }

    /** "The sources also said": the sources of the sentence before, not unknown ones. */
    private List<Speech> resolveSources(List<Speech> speech, List<Token> toks, Speech last) {
        if (last == null) return speech;
        List<Speech> out = new ArrayList<>();
        for (Speech sp : speech) {
            // "the sources said", "the sources also said": definite sources just before the verb.
            int s = sp.at() >= 1 && lex.is(toks.get(sp.at() - 1), "anonymous_sources") ? sp.at() - 1
                    : sp.at() >= 2 && lex.is(toks.get(sp.at() - 2), "anonymous_sources") && toks.get(sp.at() - 1).isWord() ? sp.at() - 2 : -1;
            boolean definite = s > 0 && lex.is(toks.get(s - 1), "same_sources");
            out.add(sp.kind().equals("unknown") && definite ? new Speech(sp.at(), last.name(), last.kind()) : sp);
        }
        return out;
    }

    private Lexicon.Speaker speakerAt(List<Token> toks, int i, ReportActors actors) {
        PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, i);
        PhraseIndex.Match<Lexicon.Actor> ac = lex.actors().longestAt(toks, i);
        // An armed group's name beats a speaker phrase of the same length; "the army" speaks as the table names it.
        boolean state = ac != null && ac.value().isState();
        if (ac != null && (sp == null || ac.to() > sp.to() || ac.to() == sp.to() && !state)) {
            Lexicon.Actor a = ac.value();
            String name = actors.nameOf(a);
            if (name != null) return new Lexicon.Speaker(a.isState() ? "official" : "perpetrator", name);
        }
        if (sp != null) return sp.value();
        // "it said", "the group said": the armed group the report is about.
        if (actors.mainActor() != null && lex.is(toks.get(i), "group_pronoun")) return new Lexicon.Speaker("perpetrator", actors.mainActor());
        return null;
    }

    /**
     * The speaker whose words end at token k, read as far back as the phrase goes: "hospital officials" rather
     * than "officials", "sources within the security forces" rather than "security forces".
     */
    private Lexicon.Speaker longestSpeakerEndingAt(List<Token> toks, int k, ReportActors actors) {
        Lexicon.Speaker at = null;
        for (int from = Math.max(0, k - 4); from < k && at == null; from++) {
            PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, from);
            if (sp != null && sp.to() == k + 1) at = sp.value();
        }
        if (at == null) at = speakerAt(toks, k, actors);
        if (at == null) return null;
        // "sources within the security forces": anonymous sources take the kind of those they are inside.
        for (int from = Math.max(0, k - 4); from < k; from++) {
            if (lex.is(toks.get(from), "source_noun") && lex.is(toks.get(from + 1), "source_link")) {
                return new Lexicon.Speaker(at.kind(), at.name() + " sources");
            }
        }
        return at;
    }

    /**
     * The speaker after a verb: "according to residents" (anywhere in the next words), an inverted
     * "…, claimed the GSIM." / "said Adama, a resident" where the speaker closes the clause, or a named person
     * with an apposition ("said Adama, a Bamako resident").
     */
    private Lexicon.Speaker speakerAfter(List<Token> toks, PhraseIndex.Match<Lexicon.SpeakerSide> v, ReportActors actors) {
        int k = v.to();
        // "a annoncé jeudi la société civile", "a indiqué mardi soir un responsable": the day may stand before the speaker.
        for (boolean moved = true; moved && k < toks.size(); ) {
            PhraseIndex.Match<?> when = lex.dateWords().longestAt(toks, k);
            if (when == null) when = lex.timesOfDay().longestAt(toks, k);
            moved = when != null;
            if (moved) k = when.to();
        }
        while (k < toks.size() && lex.is(toks.get(k), "before_speaker")) k++;
        if (k >= toks.size()) return null;
        if (v.value() == Lexicon.SpeakerSide.AFTER) {
            for (int j = k; j < Math.min(toks.size(), k + 6); j++) {
                Lexicon.Speaker sp = speakerAt(toks, j, actors);
                if (sp != null) return sp;
            }
            return null;
        }
        int end = phraseEnd(toks, k);
        Lexicon.Speaker sp = speakerAt(toks, k, actors);
        boolean closes = end >= toks.size() || toks.get(end).type() == Token.Type.PUNCT;
        if (sp != null && closes) return sp;
        // "said Adama, a Bamako resident": a name, a comma, then who the person is.
        int j = k;
        while (j < toks.size() && j < k + 3 && toks.get(j).isWord() && toks.get(j).capitalised()) j++;
        if (j > k && j + 1 < toks.size() && toks.get(j).is(",")) {
            int a = j + 1;
            if (lex.is(toks.get(a), "article_any")) a++;
            for (int q = a; q < Math.min(toks.size(), a + 3); q++) {
                PhraseIndex.Match<Lexicon.Speaker> ap = lex.speakers().longestAt(toks, q);
                if (ap != null) return ap.value();
            }
        }
        return null;
    }

    private int phraseEnd(List<Token> toks, int k) {
        PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, k);
        PhraseIndex.Match<Lexicon.Actor> ac = lex.actors().longestAt(toks, k);
        int end = k + 1;
        if (sp != null) end = Math.max(end, sp.to());
        if (ac != null) end = Math.max(end, ac.to());
        return end;
    }

    /** The speaker closest before the claim's words (tokens from..to), else the closest after. */
    static Speech closest(List<Speech> speech, int at) {
        Speech best = null;
        for (Speech sp : speech) {
            if (best == null) best = sp;
            else if (sp.at() <= at && (best.at() > at || sp.at() > best.at())) best = sp;
            else if (best.at() > at && sp.at() > at && sp.at() < best.at()) best = sp;
        }
        return best;
    }
}
