package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.text.CleanText;
import io.triangulate.text.Sentence;
import io.triangulate.text.Token;
import io.triangulate.text.Tokenizer;

import java.time.LocalDate;
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
    private final Persons persons;

    public ClaimExtractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.places = new Places(gazetteer, lexicon);
        this.persons = new Persons(lexicon, gazetteer);
        this.dates = new Dates(lexicon);
        this.casualties = new Casualties(lexicon);
    }

    /** Who speaks in a sentence, and the token where the speech verb stands. */
    private record Speech(int at, String name, String kind) {}

    public ReportClaims extract(Report report, CleanText text) {
        return extract(report, text, Region.NONE);
    }

    /**
     * {@code group}: the region the report's analyst group names; a report that names no division of its own is
     * read as being there, unless it names another country.
     */
    public ReportClaims extract(Report report, CleanText text, Region group) {
        List<Sentence> sentences = text.sentences();
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence s : sentences) tokens.add(Tokenizer.tokens(s.text()));
        boolean[] caps = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) caps[i] = allCaps(sentences.get(i).text()) || titleCase(tokens.get(i));
        // People's names are never places: "Kyle Carney", "Morgan" once "Ariel Morgan" was named.
        List<boolean[]> people = Persons.masks(tokens, persons.find(tokens, caps));
        Places.Context own = places.context(tokens, people);
        Places.Context where = own.within(group);
        Set<String> countries = where.countries();
        Set<String> ordinary = ordinaryWords(tokens);
        // "The army" is that country's army only when the report names one country.
        Context ctx = new Context(mainActor(tokens), countries.size() == 1 ? places.firstCountryName(tokens) : null);

        // Hedges: in the sentence itself, or a following sentence that hedges "this claim".
        boolean[] hedged = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (lex.hedges().containsIn(tokens.get(i))) {
                hedged[i] = true;
                if (i > 0 && refersBack(tokens.get(i))) hedged[i - 1] = true;
            }
        }

        // The dateline opens the story: the first sentence, or the second when the first is the headline.
        Dateline dateline = null;
        int datelineAt = -1;
        for (int i = 0; i < Math.min(2, sentences.size()) && dateline == null; i++) {
            dateline = Dateline.read(tokens.get(i), sentences.get(i).text(), dates);
            if (dateline != null) datelineAt = i;
        }
        // Relative dates count from the publication date, else from the day the dateline gives.
        LocalDate anchor = report.publishedDate() != null ? report.publishedDate() : dateline == null ? null : dateline.date();

        List<SentenceReading> readings = new ArrayList<>();
        Speech lastSpeaker = null;
        Casualties.Found lastFigure = null;
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> toks = tokens.get(i);
            boolean[] cued = new boolean[toks.size()];
            int dateFrom = 0;
            if (i == datelineAt) {
                for (int k = dateline.placeFrom(); k < dateline.placeTo(); k++) cued[k] = true;
                dateFrom = dateline.end();
            }
            boolean[] past = backgroundClauses(toks);
            List<Speech> speech = resolveSources(speakers(toks, ctx), toks, lastSpeaker);
            for (Speech sp : speech) if (!sp.kind().equals("unknown")) lastSpeaker = sp;
            List<Claim> claims = new ArrayList<>();

            DateChoice chosen = chooseDate(dates.findAll(toks, dateFrom, s.text(), anchor), toks, past);
            Dates.Found date = chosen == null ? null : chosen.found();
            List<SentenceReading.NamedPlace> named = new ArrayList<>();
            boolean[] others = namesOfOthers(toks);
            for (int k = 0; k < others.length; k++) others[k] |= people.get(i)[k];
            for (Places.Found p : places.find(toks, where, ordinary, others, caps[i], cued)) {
                if (past[p.from()]) continue;
                named.add(new SentenceReading.NamedPlace(p.place(), p.cued(), p.incidental(), p.dateline(), p.agency()));
                // "Chicago police", "a Pocatello man", "a hospital in Putnam": not where it happened, and no claim of place.
                if (p.incidental()) continue;
                claims.add(new PlaceClaim(id(report, ++n), p.place(), prov(report, s, speech, toks, p.from(), p.to(), hedged[i])));
            }
            if (date != null) {
                int at = s.text().indexOf(date.expression());
                claims.add(new DateClaim(id(report, ++n), date.date(), date.expression(), dates.timeOfDay(toks),
                        withWords(prov(report, s, speech, toks, Math.max(0, date.at()), Math.max(0, date.at()) + 1, hedged[i]), at, at < 0 ? -1 : at + date.expression().length())));
            }
            for (ResponsibilityClaimDraft r : responsibility(toks, ctx)) {
                if (past[r.at]) continue;
                String stance = r.stance;
                Provenance pv = prov(report, s, speech, toks, r.at, r.to, hedged[i]);
                if (stance.equals("claimed")) {
                    pv = new Provenance(pv.report(), pv.sentence(), pv.start(), pv.end(), pv.text(), r.actor, "perpetrator", pv.hedged(),
                            pv.wordStart(), pv.wordEnd());
                }
                claims.add(new ResponsibilityClaim(id(report, ++n), r.actor, stance, pv));
            }
            Set<String> targets = new LinkedHashSet<>();
            for (PhraseIndex.Match<String> t : lex.targets().findAll(toks)) {
                if (targets.add(t.value())) claims.add(new TargetClaim(id(report, ++n), t.value(), prov(report, s, speech, toks, t.from(), t.to(), hedged[i])));
            }
            List<Casualties.Found> figures = casualties.find(toks, people.get(i), lastFigure);
            if (!figures.isEmpty()) lastFigure = figures.get(figures.size() - 1);
            for (Casualties.Found c : figures) {
                if (past[c.at()]) continue;
                claims.add(new CasualtyClaim(id(report, ++n), c.kind(), c.low(), c.high(), c.victims(), c.qualifier(),
                        prov(report, s, speech, toks, c.at(), c.end(), hedged[i]), c.hit(), c.onePerson()));
            }
            boolean eventCue = lex.eventWords().findAll(toks).stream().anyMatch(m -> !past[m.from()] && !backReference(toks, m.from()))
                    || claims.stream().anyMatch(c -> c instanceof CasualtyClaim || c instanceof ResponsibilityClaim);
            // Background: the sentence has a background clause and says nothing about an attack outside it.
            boolean background = !eventCue && anyTrue(past);
            readings.add(new SentenceReading(s, List.copyOf(claims), List.copyOf(named),
                    date == null || background ? null : date.date(), date == null ? null : date.expression(),
                    date != null && date.relative(), chosen != null && chosen.aftermath(), background, eventCue,
                    speech.stream().map(sp -> new SentenceReading.Speaker(sp.name(), sp.kind())).distinct().toList()));
        }
        return new ReportClaims(report, List.copyOf(readings), new Region(own.stated().isEmpty() ? Set.of() : own.countries(), own.stated()));
    }

    /** The date a sentence gives the event, and whether it is rather the date of what came after (an arrest, a hearing). */
    private record DateChoice(Dates.Found found, boolean aftermath) {}

    /**
     * Of the dates a sentence names, the one of the attack: outside background clauses, a day before a period or
     * a weekday, and nearest the words of the attack ("shot … just before 2:30 p.m. Saturday") rather than those of
     * its aftermath ("confessed early Sunday", "was arraigned Monday", "(Published Monday, April 18)"). A date nearer
     * an aftermath word than any attack word is the aftermath's.
     */
    private DateChoice chooseDate(List<Dates.Found> found, List<Token> toks, boolean[] past) {
        if (found.isEmpty()) return null;
        List<Integer> attack = new ArrayList<>();
        for (PhraseIndex.Match<Boolean> m : lex.eventWords().findAll(toks)) attack.add(m.from());
        for (PhraseIndex.Match<Lexicon.CasualtyWord> m : lex.casualtyWords().findAll(toks)) attack.add(m.from());
        List<Integer> after = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) if (lex.plays(toks, k, "aftermath")) after.add(k);
        DateChoice best = null;
        int bestKey = Integer.MAX_VALUE;
        for (Dates.Found f : found) {
            if (f.at() >= 0 && past[f.at()]) continue;
            int toAttack = distance(attack, f.at());
            int toAfter = distance(after, f.at());
            boolean aftermath = toAfter < toAttack;
            // Lower is better: the attack's before the aftermath's, then a day before a period or a weekday, then nearer.
            // "on Friday, Feb. 24": the written date says more than the weekday beside it.
            int key = (aftermath ? 1_000_000 : 0) + (3 - Dates.rank(f)) * 10_000 + Math.min(toAttack, 9_999) + (f.relative() ? 4 : 0);
            if (key < bestKey) {
                bestKey = key;
                best = new DateChoice(f, aftermath);
            }
        }
        return best;
    }

    private static int distance(List<Integer> positions, int at) {
        int best = Integer.MAX_VALUE / 2;
        for (int p : positions) best = Math.min(best, Math.abs(p - at));
        return best;
    }

    /**
     * Tokens in background clauses: from the clause break before a background cue ("known for attacks in Mali",
     * "in a coup in 2021") on through the clauses that follow it ("having staged attacks in Mali, Burkina Faso
     * and Niger"), up to a clause that speaks again ("The faction, known for …, announced heavy losses"). Claims
     * there are history, not the event; the rest of the sentence still counts.
     */
    private boolean[] backgroundClauses(List<Token> toks) {
        boolean[] past = new boolean[toks.size()];
        List<PhraseIndex.Match<Boolean>> cues = lex.background().findAll(toks);
        if (cues.isEmpty()) return past;
        // Number the clauses once, so that the work stays linear in the sentence's length.
        int[] clause = new int[toks.size()];
        int c = 0;
        for (int k = 0; k < toks.size(); k++) {
            clause[k] = c;
            if (clauseBreak(toks.get(k))) c++;
        }
        boolean[] speaks = new boolean[c + 1];
        for (PhraseIndex.Match<String> v : lex.speechVerbs().findAll(toks)) speaks[clause[v.from()]] = true;
        boolean[] background = new boolean[c + 1];
        for (PhraseIndex.Match<Boolean> m : cues) background[clause[m.from()]] = true;
        // A background clause carries on into the clauses after it until one speaks again.
        for (int k = 1; k <= c; k++) if (background[k - 1] && !speaks[k]) background[k] = true;
        for (int k = 0; k < toks.size(); k++) past[k] = background[clause[k]];
        return past;
    }

    /** "The sources also said": the sources of the sentence before, not unknown ones. */
    private static List<Speech> resolveSources(List<Speech> speech, List<Token> toks, Speech last) {
        if (last == null) return speech;
        List<Speech> out = new ArrayList<>();
        for (Speech sp : speech) {
            // "the sources said", "the sources also said": definite sources just before the verb.
            int s = sp.at() >= 1 && toks.get(sp.at() - 1).is("sources") ? sp.at() - 1
                    : sp.at() >= 2 && toks.get(sp.at() - 2).is("sources") && toks.get(sp.at() - 1).isWord() ? sp.at() - 2 : -1;
            boolean definite = s > 0 && (toks.get(s - 1).is("the") || toks.get(s - 1).is("these") || toks.get(s - 1).is("same"));
            out.add(sp.kind().equals("unknown") && definite ? new Speech(sp.at(), last.name(), last.kind()) : sp);
        }
        return out;
    }

    /** "closed following the attack", "after the attack": the words point back at the event, the sentence is about something else. */
    private static boolean backReference(List<Token> toks, int at) {
        int k = at - 1;
        if (k >= 0 && (toks.get(k).is("the") || toks.get(k).is("this") || toks.get(k).is("that"))) k--;
        return k >= 0 && (toks.get(k).is("following") || toks.get(k).is("after") || toks.get(k).is("since") || toks.get(k).is("before"));
    }

    private static boolean clauseBreak(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is("\u2014") || t.is("(") || t.is(")");
    }

    private static boolean anyTrue(boolean[] a) {
        for (boolean b : a) if (b) return true;
        return false;
    }

    /** An ALL-CAPS sentence, as wire and radio transcripts are written: capitals do not mark names there. */
    static boolean allCaps(String text) {
        int upper = 0;
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 12 && upper * 10 >= letters * 8;
    }

    /**
     * A headline in title case ("Man Charged In Death Of Toddler"): as in ALL CAPS, capitals mark nothing there.
     * Most words of four letters or more are capitalised, and small words ("Of", "In") too.
     */
    static boolean titleCase(List<Token> toks) {
        int words = 0;
        int capital = 0;
        int smallCapital = 0;
        for (Token t : toks) {
            if (!t.isWord()) continue;
            if (t.raw().length() >= 4) {
                words++;
                if (t.capitalised()) capital++;
            } else if (t.raw().length() >= 2 && t.capitalised() && (t.is("of") || t.is("in") || t.is("at") || t.is("on") || t.is("the")
                    || t.is("for") || t.is("and") || t.is("after") || t.is("to"))) {
                smallCapital++;
            }
        }
        return words >= 3 && capital * 10 >= words * 8 && (smallCapital > 0 || words >= 5);
    }

    /** Tokens inside speaker and actor names ("The New York Times", "al-Qaeda's branch in Mali") are not places. */
    private boolean[] namesOfOthers(List<Token> toks) {
        boolean[] masked = new boolean[toks.size()];
        for (PhraseIndex.Match<Lexicon.Speaker> m : lex.speakers().findAll(toks)) {
            if (m.to() - m.from() > 1) for (int k = m.from(); k < m.to(); k++) masked[k] = true;
        }
        for (PhraseIndex.Match<Boolean> m : lex.notPlaces().findAll(toks)) {
            // "North" alone is no place, but "North Carolina" and "North Charleston" are.
            if (m.to() < toks.size() && toks.get(m.to()).isWord() && toks.get(m.to()).capitalised()) continue;
            for (int k = m.from(); k < m.to(); k++) masked[k] = true;
        }
        return masked;
    }

    private static String id(Report r, int n) {
        return r.id() + "#" + n;
    }

    /** The speaker closest before the claim's words (tokens from..to), else the closest after. */
    private static Provenance prov(Report r, Sentence s, List<Speech> speech, List<Token> toks, int from, int to, boolean hedged) {
        int at = from;
        int ws = from < toks.size() ? toks.get(from).start() : -1;
        int we = to - 1 < toks.size() && to > from ? toks.get(to - 1).end() : -1;
        Speech best = null;
        for (Speech sp : speech) {
            if (best == null) best = sp;
            else if (sp.at <= at && (best.at > at || sp.at > best.at)) best = sp;
            else if (best.at > at && sp.at > at && sp.at < best.at) best = sp;
        }
        return new Provenance(r.id(), s.index(), s.start(), s.end(), s.text(),
                best == null ? null : best.name, best == null ? "unknown" : best.kind, hedged, ws, we);
    }

    private static Provenance withWords(Provenance p, int start, int end) {
        return new Provenance(p.report(), p.sentence(), p.start(), p.end(), p.text(), p.attributedTo(), p.sourceKind(), p.hedged(), start, end);
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
    private Set<String> ordinaryWords(List<List<Token>> tokens) {
        Set<String> out = new HashSet<>();
        for (List<Token> toks : tokens) {
            for (Token t : toks) {
                if (!t.isWord()) continue;
                // A word the tables know ("Police said …" opening a sentence) is a word, not the town in Poland.
                if (!t.capitalised() || knownWord(t)) out.add(t.norm());
            }
        }
        return out;
    }

    private boolean knownWord(Token t) {
        List<Token> one = List.of(t);
        return oneWord(lex.victims().longestAt(one, 0)) || oneWord(lex.speakers().longestAt(one, 0))
                || oneWord(lex.casualtyWords().longestAt(one, 0)) || oneWord(lex.eventWords().longestAt(one, 0))
                || oneWord(lex.speechVerbs().longestAt(one, 0));
    }

    private static boolean oneWord(PhraseIndex.Match<?> m) {
        return m != null && m.to() == 1;
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
                    if (descriptor == null && !a.affiliation().isEmpty()) descriptor = a.name();
                    affiliation.putIfAbsent(a.name(), a.affiliation());
                } else if (a.kind().equals("armed_group") && !affiliation(toks, m)) {
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

    /**
     * An actor named in a sentence, with descriptions and "the group" resolved to the report's main actor (null
     * when a bare "the rebels" has no one to refer to), and "the army" to the armed forces of the report's country.
     */
    private String actorName(Lexicon.Actor a, Context ctx) {
        if (a.isDescriptor()) return ctx.mainActor != null ? ctx.mainActor : a.affiliation().isEmpty() ? null : a.name();
        if (a.kind().equals("state") && a.name().equals("armed forces") && ctx.homeCountry != null) return "armed forces of " + ctx.homeCountry;
        return a.name();
    }

    /** What the whole report tells about its sentences: the group it is about, and its country. */
    private record Context(String mainActor, String homeCountry) {}

    private Lexicon.Speaker speakerAt(List<Token> toks, int i, Context ctx) {
        PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, i);
        PhraseIndex.Match<Lexicon.Actor> ac = lex.actors().longestAt(toks, i);
        // An armed group's name beats a speaker phrase of the same length; "the army" speaks as the table names it.
        boolean state = ac != null && ac.value().kind().equals("state");
        if (ac != null && (sp == null || ac.to() > sp.to() || ac.to() == sp.to() && !state)) {
            Lexicon.Actor a = ac.value();
            String name = actorName(a, ctx);
            if (name != null) return new Lexicon.Speaker(a.kind().equals("state") ? "official" : "perpetrator", name);
        }
        if (sp != null) return sp.value();
        Token t = toks.get(i);
        if (ctx.mainActor != null && (t.is("it") || t.is("group") || t.is("faction"))) return new Lexicon.Speaker("perpetrator", ctx.mainActor);
        return null;
    }

    /** Speech verbs and their speakers: "the army said", "told AFP", "according to residents", "claimed the GSIM". */
    private List<Speech> speakers(List<Token> toks, Context ctx) {
        List<Speech> out = new ArrayList<>();
        for (PhraseIndex.Match<String> v : lex.speechVerbs().findAll(toks)) {
            Lexicon.Speaker found = null;
            // "Boko Haram was blamed": a passive verb's subject is not its speaker.
            boolean passive = v.from() > 0 && PASSIVE.contains(toks.get(v.from() - 1).norm());
            if (!v.value().equals("after") && !passive) {
                // The subject stands before the verb in the same clause: stop at punctuation or a closing quote.
                for (int k = v.from() - 1; k >= Math.max(0, v.from() - 7) && found == null; k--) {
                    Token t = toks.get(k);
                    if (t.type() == Token.Type.PUNCT && !t.is("'") && !(t.is("s") && k > 0)) break;
                    found = longestSpeakerEndingAt(toks, k, ctx);
                }
            }
            if (found == null && !v.value().equals("before")) {
                found = speakerAfter(toks, v, ctx);
            }
            // "JNIM claimed responsibility, saying it had inflicted heavy losses": a participle after a comma
            // speaks for the main clause's subject.
            if (found == null && !passive && v.from() > 0 && toks.get(v.from() - 1).is(",") && PARTICIPLES.contains(toks.get(v.from()).norm())) {
                for (int k = 0; k < v.from() - 1 && found == null; k++) found = speakerAt(toks, k, ctx);
            }
            if (found != null) out.add(new Speech(v.from(), found.name(), found.kind()));
        }
        return out;
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are");
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "claiming", "reporting", "stating", "accusing", "blaming");

    /**
     * The speaker whose words end at token k, read as far back as the phrase goes: "hospital officials" rather
     * than "officials", "sources within the security forces" rather than "security forces".
     */
    private Lexicon.Speaker longestSpeakerEndingAt(List<Token> toks, int k, Context ctx) {
        Lexicon.Speaker at = null;
        for (int from = Math.max(0, k - 4); from < k && at == null; from++) {
            PhraseIndex.Match<Lexicon.Speaker> sp = lex.speakers().longestAt(toks, from);
            if (sp != null && sp.to() == k + 1) at = sp.value();
        }
        if (at == null) at = speakerAt(toks, k, ctx);
        if (at == null) return null;
        // "sources within the security forces": anonymous sources take the kind of those they are inside.
        for (int from = Math.max(0, k - 4); from < k; from++) {
            if (toks.get(from).is("sources") || toks.get(from).is("source")) {
                Token link = toks.get(from + 1);
                if (link.is("within") || link.is("in") || link.is("close") || link.is("from") || link.is("inside")) {
                    return new Lexicon.Speaker(at.kind(), at.name() + " sources");
                }
            }
        }
        return at;
    }

    /**
     * The speaker after a verb: "according to residents" (anywhere in the next words), an inverted
     * "…, claimed the GSIM." / "said Adama, a resident" where the speaker closes the clause, or a named person
     * with an apposition ("said Adama, a Bamako resident").
     */
    private Lexicon.Speaker speakerAfter(List<Token> toks, PhraseIndex.Match<String> v, Context ctx) {
        int k = v.to();
        while (k < toks.size() && (toks.get(k).is("the") || toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("its"))) k++;
        if (k >= toks.size()) return null;
        if (v.value().equals("after")) {
            for (int j = k; j < Math.min(toks.size(), k + 6); j++) {
                Lexicon.Speaker sp = speakerAt(toks, j, ctx);
                if (sp != null) return sp;
            }
            return null;
        }
        int end = phraseEnd(toks, k);
        Lexicon.Speaker sp = speakerAt(toks, k, ctx);
        boolean closes = end >= toks.size() || toks.get(end).type() == Token.Type.PUNCT;
        if (sp != null && closes) return sp;
        // "said Adama, a Bamako resident": a name, a comma, then who the person is.
        int j = k;
        while (j < toks.size() && j < k + 3 && toks.get(j).isWord() && toks.get(j).capitalised()) j++;
        if (j > k && j + 1 < toks.size() && toks.get(j).is(",")) {
            int a = j + 1;
            if (toks.get(a).is("a") || toks.get(a).is("an") || toks.get(a).is("the")) a++;
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

    private record ResponsibilityClaimDraft(String actor, String stance, int at, int to) {}

    /** Words after an armed group's name that make the report name it as the attacker: "an ADF attack". */
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "ambush", "assault", "bombing", "raid", "offensive");

    /**
     * "JNIM claimed responsibility", "says it carried out", "claimed by JNIM", "blamed on …", "Both IS Sahel and
     * JNIM claimed", "an ADF attack". State forces can be blamed or deny, but a state "claiming" an attack is
     * not a claim of responsibility.
     */
    private List<ResponsibilityClaimDraft> responsibility(List<Token> toks, Context ctx) {
        List<ResponsibilityClaimDraft> out = new ArrayList<>();
        List<PhraseIndex.Match<Lexicon.Actor>> actors = lex.actors().findAll(toks);
        if (actors.isEmpty()) return out;
        // Actors by where they start and end, so that each phrase looks only at its own neighbourhood.
        List<PhraseIndex.Match<Lexicon.Actor>> startingAt = new ArrayList<>(java.util.Collections.nCopies(toks.size() + 1, null));
        List<PhraseIndex.Match<Lexicon.Actor>> endingAt = new ArrayList<>(java.util.Collections.nCopies(toks.size() + 1, null));
        for (PhraseIndex.Match<Lexicon.Actor> a : actors) {
            if (affiliation(toks, a)) continue;
            startingAt.set(a.from(), a);
            endingAt.set(a.to(), a);
        }
        for (PhraseIndex.Match<Lexicon.Responsibility> r : lex.responsibility().findAll(toks)) {
            String stance = r.value().stance();
            boolean before = r.value().actorBefore();
            PhraseIndex.Match<Lexicon.Actor> chosen = null;
            // The nearest actor before the phrase (within 12 tokens) or after it (within 6).
            if (before) {
                for (int end = r.from(); end >= Math.max(0, r.from() - 12) && chosen == null; end--) chosen = usable(endingAt.get(end), stance, ctx);
            } else {
                for (int from = r.to(); from <= Math.min(toks.size() - 1, r.to() + 6) && chosen == null; from++) chosen = usable(startingAt.get(from), stance, ctx);
            }
            if (chosen == null) continue;
            for (PhraseIndex.Match<Lexicon.Actor> a : coordinated(toks, startingAt, endingAt, chosen)) {
                String name = actorName(a.value(), ctx);
                if (name != null) add(out, new ResponsibilityClaimDraft(name, stance, a.from(), a.to()));
            }
        }
        for (PhraseIndex.Match<Lexicon.Actor> a : actors) {
            String name = actorName(a.value(), ctx);
            if (name == null || !a.value().kind().equals("armed_group") || a.to() >= toks.size() || affiliation(toks, a)) continue;
            if (out.stream().anyMatch(d -> d.actor.equals(name))) continue;
            String stance = deedAfter(toks, a.to());
            if (stance != null) add(out, new ResponsibilityClaimDraft(name, stance, a.from(), a.to()));
        }
        return out;
    }

    /** An actor that can take this stance: a state does not "claim" an attack, and a bare "the rebels" needs a referent. */
    private PhraseIndex.Match<Lexicon.Actor> usable(PhraseIndex.Match<Lexicon.Actor> a, String stance, Context ctx) {
        if (a == null) return null;
        if (a.value().kind().equals("state") && stance.equals("claimed")) return null;
        return actorName(a.value(), ctx) == null ? null : a;
    }

    private static final Set<String> AFFILIATED = Set.of("affiliated", "linked", "allied", "aligned", "loyal", "tied", "close",
            "branch", "wing", "offshoot", "faction", "ally", "affiliate");

    /** "an alliance affiliated with al-Qaeda", "al-Qaeda-linked": the movement a group belongs to, not the group. */
    private static boolean affiliation(List<Token> toks, PhraseIndex.Match<Lexicon.Actor> a) {
        if (a.to() < toks.size() && AFFILIATED.contains(toks.get(a.to()).norm())) return true;
        int k = a.from() - 1;
        if (k >= 0 && toks.get(k).is("the")) k--;
        return k >= 1 && (toks.get(k).is("with") || toks.get(k).is("to") || toks.get(k).is("of"))
                && AFFILIATED.contains(toks.get(k - 1).norm());
    }

    private static void add(List<ResponsibilityClaimDraft> out, ResponsibilityClaimDraft d) {
        if (out.stream().noneMatch(o -> o.actor.equals(d.actor) && o.stance.equals(d.stance))) out.add(d);
    }

    /** The chosen actor and those joined to it by "and" or a comma: "IS Sahel and JNIM", "JNIM and IS Sahel". */
    private static List<PhraseIndex.Match<Lexicon.Actor>> coordinated(List<Token> toks, List<PhraseIndex.Match<Lexicon.Actor>> startingAt,
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

    private static boolean joiner(Token t) {
        return t.is("and") || t.is(",") || t.is("et");
    }

    /** Verbs of the deed itself: "Boko Haram abducted", "Taliban fighters overran", "the ADF had killed". */
    private static final Set<String> DEEDS = Set.of("attacked", "ambushed", "stormed", "overran", "abducted", "kidnapped", "killed",
            "seized", "raided", "bombed", "shelled", "fired", "launched", "executed", "massacred", "targeted", "struck", "torched");
    private static final Set<String> MEMBERS = Set.of("fighters", "militants", "gunmen", "rebels", "insurgents", "members", "jihadists");
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "also", "reportedly", "allegedly");

    /**
     * What an armed group's name followed by its deed says: "an ADF attack", "ELN fighters attacked" name it as
     * the attacker (attributed); "Hamas said it had fired" is its own claim.
     */
    private static String deedAfter(List<Token> toks, int k) {
        if (ATTACK_NOUNS.contains(toks.get(k).norm())) return "attributed";
        boolean says = false;
        if (k + 1 < toks.size() && (toks.get(k).is("said") || toks.get(k).is("says") || toks.get(k).is("claimed"))
                && (toks.get(k + 1).is("it") || toks.get(k + 1).is("they"))) {
            says = true;
            k += 2;
        } else if (MEMBERS.contains(toks.get(k).norm())) {
            k++;
        }
        while (k < toks.size() && AUXILIARIES.contains(toks.get(k).norm())) k++;
        if (k < toks.size() && DEEDS.contains(toks.get(k).norm())) return says ? "claimed" : "attributed";
        return null;
    }
}
