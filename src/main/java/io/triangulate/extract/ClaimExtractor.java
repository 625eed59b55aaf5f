package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.text.CleanText;
import io.triangulate.text.Sentence;
import io.triangulate.text.Token;
import io.triangulate.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a cleaned report into claims: places, the event date, who did it, targets, casualty figures, and
 * for each claim who says it, what kind of speaker that is, and whether it is hedged. Everything it
 * recognises comes from the tables in {@code rules/tables/}.
 */
public final class ClaimExtractor {
    private final Lexicon lex;
    private final Places places;
    private final Dates dates;
    private final Casualties casualties;

    public ClaimExtractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.places = new Places(gazetteer);
        this.dates = new Dates(lexicon);
        this.casualties = new Casualties(lexicon);
    }

    /** Who speaks in a sentence, and the token where the speech verb stands. */
    private record Speech(int at, String name, String kind) {}

    public ReportClaims extract(Report report, CleanText text) {
        List<Sentence> sentences = text.sentences();
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence s : sentences) tokens.add(Tokenizer.tokens(s.text()));
        Set<String> countries = places.countriesNamed(tokens);
        Set<String> ordinary = ordinaryWords(tokens);
        String mainActor = mainActor(tokens);

        // Hedges: in the sentence itself, or a following sentence that hedges "this claim".
        boolean[] hedged = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (lex.hedges().containsIn(tokens.get(i))) {
                hedged[i] = true;
                if (i > 0 && refersBack(tokens.get(i))) hedged[i - 1] = true;
            }
        }

        List<SentenceReading> readings = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> toks = tokens.get(i);
            boolean background = lex.background().containsIn(toks);
            List<Speech> speech = speakers(toks, mainActor);
            List<Claim> claims = new ArrayList<>();

            Dates.Found date = dates.find(toks, s.text(), report.publishedDate());
            List<Place> named = new ArrayList<>();
            for (Places.Found p : places.find(toks, countries, ordinary, namesOfOthers(toks))) {
                named.add(p.place());
                claims.add(new PlaceClaim(id(report, ++n), p.place(), prov(report, s, speech, p.from(), hedged[i])));
            }
            if (date != null && !background) {
                claims.add(new DateClaim(id(report, ++n), date.date(), date.expression(), prov(report, s, speech, 0, hedged[i])));
            }
            for (ResponsibilityClaimDraft r : responsibility(toks, mainActor)) {
                String stance = r.stance;
                Provenance pv = prov(report, s, speech, r.at, hedged[i]);
                if (stance.equals("claimed")) {
                    pv = new Provenance(pv.report(), pv.sentence(), pv.start(), pv.end(), pv.text(), r.actor, "perpetrator", pv.hedged());
                }
                claims.add(new ResponsibilityClaim(id(report, ++n), r.actor, stance, pv));
            }
            Set<String> targets = new LinkedHashSet<>();
            for (PhraseIndex.Match<String> t : lex.targets().findAll(toks)) targets.add(t.value());
            for (String t : targets) claims.add(new TargetClaim(id(report, ++n), t, prov(report, s, speech, 0, hedged[i])));
            if (!background) {
                for (Casualties.Found c : casualties.find(toks)) {
                    claims.add(new CasualtyClaim(id(report, ++n), c.kind(), c.low(), c.high(), c.victims(), c.qualifier(),
                            prov(report, s, speech, c.at(), hedged[i])));
                }
            }
            boolean eventCue = lex.eventWords().containsIn(toks)
                    || claims.stream().anyMatch(c -> c instanceof CasualtyClaim || c instanceof ResponsibilityClaim);
            readings.add(new SentenceReading(s, List.copyOf(claims), List.copyOf(named),
                    date == null || background ? null : date.date(), date == null ? null : date.expression(),
                    date != null && date.relative(), background, eventCue));
        }
        return new ReportClaims(report, List.copyOf(readings));
    }

    /** Tokens inside speaker and actor names ("The New York Times", "al-Qaeda's branch in Mali") are not places. */
    private boolean[] namesOfOthers(List<Token> toks) {
        boolean[] masked = new boolean[toks.size()];
        for (PhraseIndex.Match<Lexicon.Speaker> m : lex.speakers().findAll(toks)) {
            if (m.to() - m.from() > 1) for (int k = m.from(); k < m.to(); k++) masked[k] = true;
        }
        for (PhraseIndex.Match<Boolean> m : lex.notPlaces().findAll(toks)) {
            for (int k = m.from(); k < m.to(); k++) masked[k] = true;
        }
        return masked;
    }

    private static String id(Report r, int n) {
        return r.id() + "#" + n;
    }

    /** The speaker closest before the claim's words, else the closest after. */
    private static Provenance prov(Report r, Sentence s, List<Speech> speech, int at, boolean hedged) {
        Speech best = null;
        for (Speech sp : speech) {
            if (best == null) best = sp;
            else if (sp.at <= at && (best.at > at || sp.at > best.at)) best = sp;
            else if (best.at > at && sp.at > at && sp.at < best.at) best = sp;
        }
        return new Provenance(r.id(), s.index(), s.start(), s.end(), s.text(),
                best == null ? null : best.name, best == null ? "unknown" : best.kind, hedged);
    }

    /** "The BBC has not been able to verify this claim": a hedge about the sentence before. */
    private static boolean refersBack(List<Token> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if ((toks.get(i).is("this") || toks.get(i).is("the") || toks.get(i).is("these"))
                    && (toks.get(i + 1).is("claim") || toks.get(i + 1).is("claims") || toks.get(i + 1).is("report") || toks.get(i + 1).is("figure"))) {
                return true;
            }
        }
        return false;
    }

    /** Words the report also uses in lower case are ordinary words, not names ("police", "many"). */
    private static Set<String> ordinaryWords(List<List<Token>> tokens) {
        Set<String> out = new HashSet<>();
        for (List<Token> toks : tokens) {
            for (Token t : toks) if (t.isWord() && !t.capitalised()) out.add(t.norm());
        }
        return out;
    }

    /**
     * The armed group the report is about: an unnamed description ("an al-Qaeda linked group") is the named
     * group the report ties it to ("the same group, JNIM"), else the one named group of that affiliation.
     */
    private String mainActor(List<List<Token>> tokens) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, String> affiliation = new HashMap<>();
        String descriptor = null;
        String sameGroup = null;
        for (List<Token> toks : tokens) {
            for (PhraseIndex.Match<Lexicon.Actor> m : lex.actors().findAll(toks)) {
                Lexicon.Actor a = m.value();
                if (a.isDescriptor()) {
                    if (descriptor == null) descriptor = a.name();
                    affiliation.putIfAbsent(a.name(), a.affiliation());
                } else if (a.kind().equals("armed_group")) {
                    named.merge(a.name(), 1, Integer::sum);
                    affiliation.putIfAbsent(a.name(), a.affiliation());
                    if (m.from() >= 2 && toks.get(m.from() - 2).is("group") || m.from() >= 3 && toks.get(m.from() - 3).is("same")) {
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

    /** An actor named in a sentence, with descriptions and "the group" resolved to the report's main actor. */
    private String actorName(Lexicon.Actor a, String mainActor) {
        if (a.isDescriptor() && mainActor != null) return mainActor;
        return a.name();
    }

    private Lexicon.Speaker speakerAt(List<Token> toks, int i, String mainActor) {
        PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, i);
        PhraseIndex.Match<Lexicon.Actor> ac = lex.actors().longestAt(toks, i);
        if (ac != null && (sp == null || ac.to() >= sp.to())) {
            Lexicon.Actor a = ac.value();
            return new Lexicon.Speaker(a.kind().equals("state") ? "official" : "perpetrator", actorName(a, mainActor));
        }
        if (sp != null) return sp.value();
        Token t = toks.get(i);
        if (mainActor != null && (t.is("it") || t.is("group") || t.is("faction"))) return new Lexicon.Speaker("perpetrator", mainActor);
        return null;
    }

    /** Speech verbs and their speakers: "the army said", "told AFP", "according to residents", "claimed the GSIM". */
    private List<Speech> speakers(List<Token> toks, String mainActor) {
        List<Speech> out = new ArrayList<>();
        for (PhraseIndex.Match<String> v : lex.speechVerbs().findAll(toks)) {
            Lexicon.Speaker found = null;
            if (!v.value().equals("after")) {
                // The subject stands before the verb in the same clause: stop at punctuation or a closing quote.
                for (int k = v.from() - 1; k >= Math.max(0, v.from() - 7) && found == null; k--) {
                    Token t = toks.get(k);
                    if (t.type() == Token.Type.PUNCT && !t.is("'") && !(t.is("s") && k > 0)) break;
                    found = speakerAt(toks, k, mainActor);
                }
            }
            if (found == null && !v.value().equals("before")) {
                found = speakerAfter(toks, v, mainActor);
            }
            if (found != null) out.add(new Speech(v.from(), found.name(), found.kind()));
        }
        return out;
    }

    /**
     * The speaker after a verb: "according to residents" (anywhere in the next words), or an inverted
     * "…, claimed the GSIM." / "said Adama, a resident" where the speaker closes the clause.
     */
    private Lexicon.Speaker speakerAfter(List<Token> toks, PhraseIndex.Match<String> v, String mainActor) {
        int k = v.to();
        while (k < toks.size() && (toks.get(k).is("the") || toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("its"))) k++;
        if (k >= toks.size()) return null;
        if (v.value().equals("after")) {
            for (int j = k; j < Math.min(toks.size(), k + 6); j++) {
                Lexicon.Speaker sp = speakerAt(toks, j, mainActor);
                if (sp != null) return sp;
            }
            return null;
        }
        int end = phraseEnd(toks, k);
        Lexicon.Speaker sp = speakerAt(toks, k, mainActor);
        boolean closes = end >= toks.size() || toks.get(end).type() == Token.Type.PUNCT;
        return sp != null && closes ? sp : null;
    }

    private int phraseEnd(List<Token> toks, int k) {
        PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, k);
        PhraseIndex.Match<Lexicon.Actor> ac = lex.actors().longestAt(toks, k);
        int end = k + 1;
        if (sp != null) end = Math.max(end, sp.to());
        if (ac != null) end = Math.max(end, ac.to());
        return end;
    }

    private record ResponsibilityClaimDraft(String actor, String stance, int at) {}

    /** "JNIM claimed responsibility", "says it carried out", "claimed by JNIM", "blamed on …". */
    private List<ResponsibilityClaimDraft> responsibility(List<Token> toks, String mainActor) {
        List<ResponsibilityClaimDraft> out = new ArrayList<>();
        List<PhraseIndex.Match<Lexicon.Actor>> actors = lex.actors().findAll(toks);
        for (PhraseIndex.Match<Lexicon.Responsibility> r : lex.responsibility().findAll(toks)) {
            PhraseIndex.Match<Lexicon.Actor> chosen = null;
            for (PhraseIndex.Match<Lexicon.Actor> a : actors) {
                if (a.value().kind().equals("state")) continue;
                boolean before = a.to() <= r.from() && r.from() - a.to() <= 12;
                boolean after = a.from() >= r.to() && a.from() - r.to() <= 6;
                if (r.value().actorBefore() ? before : after) {
                    if (chosen == null || (r.value().actorBefore() ? a.from() > chosen.from() : a.from() < chosen.from())) chosen = a;
                }
            }
            if (chosen == null) continue;
            String stance = r.value().stance();
            String actor = actorName(chosen.value(), mainActor);
            if (out.stream().noneMatch(d -> d.actor.equals(actor) && d.stance.equals(stance))) {
                out.add(new ResponsibilityClaimDraft(actor, stance, chosen.from()));
            }
        }
        return out;
    }
}
