package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.text.CleanText;
import io.triangulate.text.Sentence;
import io.triangulate.words.Token;
import io.triangulate.words.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a cleaned report into claims: places, the event date, who did it, targets, casualty figures, and
 * for each claim who says it, what kind of speaker that is, and whether it is hedged. Everything it
 * recognises comes from the tables in {@code rules/tables/}. Who says it is {@link Speakers}' job, who did it
 * {@link Perpetrators}', the figures {@link Casualties}'; this class reads each sentence with them and chooses its date.
 */
public final class ClaimExtractor {
    private final Lexicon lex;
    private final Places places;
    private final Dates dates;
    private final Casualties casualties;
    private final Persons persons;
    private final Speakers speakers;
    private final Perpetrators perpetrators;

    public ClaimExtractor(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.places = new Places(gazetteer, lexicon);
        this.persons = new Persons(lexicon, gazetteer);
        this.dates = new Dates(lexicon);
        this.casualties = new Casualties(lexicon);
        this.speakers = new Speakers(lexicon);
        this.perpetrators = new Perpetrators(lexicon);
    }

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
        ReportActors actors = ReportActors.read(lex, tokens, countries.size() == 1 ? places.firstCountryName(tokens) : null);

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
        Speakers.Speech lastSpeaker = null;
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
            List<Speakers.Speech> speech = speakers.find(toks, actors, lastSpeaker);
            for (Speakers.Speech sp : speech) if (!sp.kind().equals("unknown")) lastSpeaker = sp;
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
            for (Perpetrators.Draft r : perpetrators.find(toks, actors)) {
                if (past[r.at()]) continue;
                String stance = r.stance();
                Provenance pv = prov(report, s, speech, toks, r.at(), r.to(), hedged[i]);
                if (stance.equals("claimed")) {
                    pv = new Provenance(pv.report(), pv.sentence(), pv.start(), pv.end(), pv.text(), r.actor(), "perpetrator", pv.hedged(),
                            pv.wordStart(), pv.wordEnd());
                }
                claims.add(new ResponsibilityClaim(id(report, ++n), r.actor(), stance, pv));
            }
            Set<String> targets = new LinkedHashSet<>();
            for (PhraseIndex.Match<String> t : lex.targets().findAll(toks)) {
                if (targets.add(t.value())) claims.add(new TargetClaim(id(report, ++n), t.value(), prov(report, s, speech, toks, t.from(), t.to(), hedged[i])));
            }
            List<Casualties.Found> figures = casualties.find(toks, people.get(i), lastFigure);
            if (!figures.isEmpty()) lastFigure = figures.get(figures.size() - 1);
            Set<String> toll = new java.util.HashSet<>();
            lex.tollWords().findAll(toks).forEach(m -> toll.add(m.value()));
            for (Casualties.Found c : figures) {
                if (past[c.at()]) continue;
                claims.add(new CasualtyClaim(id(report, ++n), c.kind(), c.low(), c.high(), c.victims(), c.qualifier(),
                        prov(report, s, speech, toks, c.at(), c.end(), hedged[i]), c.hit(), c.onePerson(), toll.contains("revision"),
                        toll.contains("earlier")));
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
        List<ReadingWarning> warnings = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) warnings.addAll(ReadingWarning.find(lex, sentences.get(i), tokens.get(i)));
        return new ReportClaims(report, List.copyOf(readings), new Region(own.stated().isEmpty() ? Set.of() : own.countries(), own.stated()),
                List.copyOf(warnings));
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
        for (PhraseIndex.Match<Lexicon.SpeakerSide> v : lex.speechVerbs().findAll(toks)) speaks[clause[v.from()]] = true;
        boolean[] background = new boolean[c + 1];
        for (PhraseIndex.Match<Boolean> m : cues) background[clause[m.from()]] = true;
        // A background clause carries on into the clauses after it until one speaks again.
        for (int k = 1; k <= c; k++) if (background[k - 1] && !speaks[k]) background[k] = true;
        for (int k = 0; k < toks.size(); k++) past[k] = background[clause[k]];
        return past;
    }

    /** "closed following the attack", "after the attack": the words point back at the event, the sentence is about something else. */
    private boolean backReference(List<Token> toks, int at) {
        int k = at - 1;
        if (k >= 0 && lex.is(toks.get(k), "demonstrative")) k--;
        return k >= 0 && lex.is(toks.get(k), "back_reference");
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
    boolean titleCase(List<Token> toks) {
        int words = 0;
        int capital = 0;
        int smallCapital = 0;
        for (Token t : toks) {
            if (!t.isWord()) continue;
            if (t.raw().length() >= 4) {
                words++;
                if (t.capitalised()) capital++;
            } else if (t.raw().length() >= 2 && t.capitalised() && lex.is(t, "headline_small_word")) {
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
    private static Provenance prov(Report r, Sentence s, List<Speakers.Speech> speech, List<Token> toks, int from, int to, boolean hedged) {
        int ws = from < toks.size() ? toks.get(from).start() : -1;
        int we = to - 1 < toks.size() && to > from ? toks.get(to - 1).end() : -1;
        Speakers.Speech best = Speakers.closest(speech, from);
        return new Provenance(r.id(), s.index(), s.start(), s.end(), s.text(),
                best == null ? null : best.name(), best == null ? "unknown" : best.kind(), hedged, ws, we);
    }

    private static Provenance withWords(Provenance p, int start, int end) {
        return new Provenance(p.report(), p.sentence(), p.start(), p.end(), p.text(), p.attributedTo(), p.sourceKind(), p.hedged(), start, end);
    }

    /** "The BBC has not been able to verify this claim": a hedge about the sentence before. */
    private boolean refersBack(List<Token> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (lex.is(toks.get(i), "refers_back") && lex.is(toks.get(i + 1), "claim_noun")) {
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
}
