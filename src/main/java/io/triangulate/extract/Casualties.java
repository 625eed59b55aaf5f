package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds casualty figures in a sentence's tokens: a figure (digits, number words or a vague word, with a
 * qualifier or as a range) followed by who the victims are, with a casualty word near it; negations
 * ("no casualties", "no one was killed"); and qualitative losses. A number with no victim noun or casualty
 * word beside it (times, years, ages, distances, vehicles) is not a casualty figure. {@link Figures} reads how
 * many, {@link CasualtyVerbs} what happened to them, {@link Negations} the claims without a figure; this class
 * reads the clause: the victims, the people listed together, tolls and bare figures.
 */
final class Casualties {
    /**
     * A figure found: kind, interval, victims, qualifier, and the token where it starts. {@code onePerson}: one
     * person named without a number ("a man", "the girl", "Reginald Robinson").
     */
    record Found(String kind, Integer low, Integer high, String victims, String qualifier, int at, int end, boolean hit, boolean onePerson) {
        Found(String kind, Integer low, Integer high, String victims, String qualifier, int at, int end) {
            this(kind, low, high, victims, qualifier, at, end, false, false);
        }

        /** A figure whose words are only the token at {@code at}. */
        Found(String kind, Integer low, Integer high, String victims, String qualifier, int at) {
            this(kind, low, high, victims, qualifier, at, at + 1);
        }

        /** People hit ("shot", "stabbed") are a killed-or-injured count that knows it counts the hit; a wound is an injury. */
        Found asCount() {
            if (kind.equals("hit")) return new Found("killed_or_injured", low, high, victims, qualifier, at, end, true, onePerson);
            if (kind.equals("wound")) return new Found("injured", low, high, victims, qualifier, at, end, false, onePerson);
            return this;
        }
    }

    private final Lexicon lex;
    private final Figures figures;
    private final CasualtyVerbs verbs;
    private final Negations negations;

    Casualties(Lexicon lexicon) {
        this.lex = lexicon;
        this.figures = new Figures(lexicon);
        this.verbs = new CasualtyVerbs(lexicon, figures);
        this.negations = new Negations(lexicon, verbs);
    }

    List<Found> find(List<Token> tokens) {
        return find(tokens, new boolean[tokens.size()]);
    }

    /** {@code person}: the tokens inside people's names ("Reginald Robinson was shot and killed" counts one). */
    List<Found> find(List<Token> tokens, boolean[] person) {
        return find(tokens, person, null);
    }

    /** {@code before}: the last figure of the sentence before, which "a fifth was flown to hospital" goes on counting. */
    List<Found> find(List<Token> tokens, boolean[] person, Found lastBefore) {
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        negations.zeros(tokens, out, used);
        int i = 0;
        while (i < tokens.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            Figures.Figure fig = figures.at(tokens, i, person);
            if (fig == null) {
                i++;
                continue;
            }
            if (i > 0 && lex.is(tokens.get(i - 1), "part_of_toll")) {
                // "Eleven people, including two policemen, were injured": a part of the toll, not another one.
                i = Math.max(fig.to, i + 1);
                continue;
            }
            List<Found> read = casualtyAfter(tokens, fig, out.isEmpty() ? fig.continuation || fig.pronoun ? lastBefore : null : out.get(out.size() - 1), person);
            Found f = read.isEmpty() ? null : read.get(0);
            if (f == null && fig.continuation && !out.isEmpty()) {
                // "two died at the scene and a third later in hospital": the count before goes on, with its verb.
                Found before = out.get(out.size() - 1);
                f = new Found(before.kind(), 1, 1, before.victims(), "exact", fig.from, fig.to);
            }
            if (f != null && fig.continuation) {
                // "two died at the scene and a third later in hospital": one more of the count before it.
                Found before = out.isEmpty() ? null : out.get(out.size() - 1);
                if (before != null && before.kind().equals(f.kind()) && before.low() != null && before.high() != null) {
                    out.set(out.size() - 1, new Found(before.kind(), before.low() + 1, before.high() + 1, before.victims(), before.qualifier(),
                            before.at(), Math.max(before.end(), f.end())));
                    for (int k = fig.from; k < Math.min(Math.max(fig.nounEnd, fig.to), tokens.size()); k++) used[k] = true;
                    i = Math.max(Math.max(fig.nounEnd, fig.to), i + 1);
                    continue;
                }
            }
            if (f != null) {
                // "four dead, including the gunman": the toll of four stands, and one attacker is among them
                // (reconciliation takes the larger of the toll and the sum of named groups).
                Found attackers = includingAttackers(tokens, fig, f);
                if (attackers != null) out.add(attackers);
                out.addAll(read);
                for (int k = fig.from; k < Math.min(fig.nounEnd, tokens.size()); k++) used[k] = true;
                i = Math.max(fig.nounEnd, i + 1);
            } else {
                i = Math.max(fig.to, i + 1);
            }
        }
        negations.qualitative(tokens, out, used);
        out.replaceAll(Found::asCount);
        out.sort(java.util.Comparator.comparingInt(Found::at));
        return out;
    }

    /**
     * Reads the victims after a figure and the casualty word near it; null if the figure counts something else.
     * {@code previous} is the figure read before in the sentence: "12 soldiers were killed and eight wounded".
     */
    private List<Found> casualtyAfter(List<Token> tokens, Figures.Figure fig, Found previous, boolean[] person) {
        int i = figures.skipAge(tokens, fig.to);
        boolean aged = i > fig.to;
        String victims = null;
        String kind = null;
        if (i < tokens.size() && person[i] && (fig.singular || fig.low != null && fig.low == 1)) {
            // "17-year-old Reginald Robinson", "Reginald Robinson": a named person.
            victims = "unknown";
            int end = i;
            while (end < tokens.size() && person[end]) end++;
            fig.nounEnd = end;
        } else {
            // Modifiers may stand between figure and noun: "30 Malian soldiers", "12 more civilians", "a young black man".
            int maxSkip = fig.singular || fig.low != null && fig.low == 1 ? 2 : 1;
            for (int skip = 0; skip <= maxSkip && i + skip < tokens.size(); skip++) {
                PhraseIndex.Match<String> v = lex.victims().longestAt(tokens, i + skip);
                PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, i + skip);
                // Before one person any one word may qualify the noun ("a customs officer", "a security guard").
                boolean anyWord = fig.low != null && fig.low == 1 && skip == 1 && tokens.get(i).isWord();
                if (skip >= 1 && !figures.modifier(tokens.get(i + skip - 1)) && !anyWord && !lex.victims().containsIn(tokens.subList(i + skip - 1, i + skip))) break;
                // A word let in only because one person may be qualified by any word opens no casualty word ("a motorbike killed").
                if (anyWord && !figures.modifier(tokens.get(i))) c = null;
                if (c != null && !c.value().qualitative() && (v == null || c.to() >= v.to())) {
                    if (c.value().kind().equals("wound") && v == null) return List.of(); // "three gunshot wounds" counts wounds
                    kind = c.value().kind();
                    // "eight wounded" after "12 soldiers were killed": the same victims.
                    victims = v != null ? v.value() : previous != null && skip == 0 ? previous.victims() : "unknown";
                    fig.nounEnd = c.to();
                    break;
                }
                if (v != null) {
                    if (compoundHead(tokens, v)) {
                        // "21 police cadets", "army officers": the noun after is the victims, the first word its modifier.
                        if (v.to() < tokens.size() && lex.victims().longestAt(tokens, v.to()) != null && skip < maxSkip) continue;
                        return List.of();
                    }
                    victims = v.value();
                    fig.nounEnd = v.to();
                    // "three unmoving bodies": the noun itself says what happened to them.
                    PhraseIndex.Match<Lexicon.CasualtyWord> last = lex.casualtyWords().longestAt(tokens, v.to() - 1);
                    if (last != null && last.to() == v.to() && !last.value().qualitative()) kind = last.value().kind();
                    break;
                }
            }
        }
        if (victims == null && aged) {
            // "a 16-year-old has died": the age stands for the person.
            victims = "unknown";
            fig.nounEnd = i;
        }
        if (victims == null && (fig.continuation || fig.pronoun)) {
            // "a fifth was flown to hospital", "one of them died": more of the people counted before.
            victims = previous != null ? previous.victims() : "unknown";
            fig.nounEnd = Math.max(fig.to, i);
        }
        if (victims == null) {
            Found bare = fig.singular ? null : bareFigure(tokens, fig);
            return bare == null ? List.of() : List.of(bare);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(victims, fig.low, fig.high, fig.qualifier, fig.from));
        if (kind == null) coordinated(tokens, fig, parts, person);
        skipApposition(tokens, fig);
        if (kind == null) kind = verbs.kindNear(tokens, fig, person);
        if (kind == null) return List.of();
        // The people of a list add up by victim group: "a man and a woman" are two; "17 soldiers and 20 civilians" two groups.
        java.util.Map<String, Part> byVictims = new java.util.LinkedHashMap<>();
        for (Part p : parts) byVictims.merge(p.victims(), p, Part::plus);
        List<Found> out = new ArrayList<>();
        int end = Math.max(fig.nounEnd, fig.to);
        boolean onePerson = fig.singular && parts.size() == 1;
        for (Part p : byVictims.values()) {
            String v = kind.equals("captured") && p.victims().equals("unknown") ? "attackers" : p.victims();
            out.add(new Found(kind, p.low(), p.high(), v, p.qualifier(), p.at(), end, false, onePerson));
        }
        return out;
    }

    /** One item of a list of people: "four engineers", "their interpreter", "a driver". */
    private record Part(String victims, Integer low, Integer high, String qualifier, int at) {
        Part plus(Part o) {
            return new Part(victims, low + o.low, high == null || o.high == null ? null : high + o.high,
                    qualifier.equals("exact") ? o.qualifier : qualifier, Math.min(at, o.at));
        }
    }

    /**
     * People listed together share what happened to them: "four engineers, their interpreter and a driver were
     * killed", "his brother and two cousins", "Ana Diaz and Luis Vega … were pronounced dead". Adds each item to
     * {@code parts} and extends the figure over the list.
     */
    private void coordinated(List<Token> tokens, Figures.Figure fig, List<Part> parts, boolean[] person) {
        int k = fig.nounEnd;
        while (k + 1 < tokens.size()) {
            int next = k;
            if (tokens.get(next).is(",")) next++;
            if (next < tokens.size() && lex.is(tokens.get(next), "conjunction")) next++;
            if (next == k || next >= tokens.size()) break;
            Figures.Figure more = figures.at(tokens, next, person);
            if (more == null || more.low == null || more.continuation) break;
            int at = figures.skipAge(tokens, more.to);
            int end;
            String v;
            if (at < tokens.size() && person[at]) {
                end = at;
                while (end < tokens.size() && person[end]) end++;
                v = "unknown";
            } else {
                PhraseIndex.Match<String> m = null;
                for (int skip = 0; skip <= 2 && at + skip < tokens.size() && m == null; skip++) {
                    m = lex.victims().longestAt(tokens, at + skip);
                    if (m == null && !figures.modifier(tokens.get(at + skip))) break;
                }
                if (m == null) break;
                // "12 soldiers were killed and eight wounded" is two counts; "a man and a woman were killed" one list.
                if (lex.casualtyWords().longestAt(tokens, m.to()) != null && tokens.get(k).is(",")) break;
                end = m.to();
                v = m.value();
            }
            parts.add(new Part(v, more.low, more.high, more.qualifier, more.from));
            fig.nounEnd = end;
            k = end;
        }
    }

    /** "Tyler Donaldson, 23, died", "Ana Diaz and Luis Vega, both 34, were": an age between the people and the verb. */
    private void skipApposition(List<Token> tokens, Figures.Figure fig) {
        int k = fig.nounEnd;
        if (k + 2 < tokens.size() && tokens.get(k).is(",")) {
            int n = k + 1;
            if (lex.is(tokens.get(n), "apposition_age")) n++;
            if (n < tokens.size() && tokens.get(n).isNumber()) {
                while (n < tokens.size() && (tokens.get(n).isNumber() || lex.is(tokens.get(n), "conjunction") || tokens.get(n).is(","))) n++;
                if (n < tokens.size() && tokens.get(n - 1).is(",")) fig.nounEnd = n;
            }
        }
    }

    /** "military" in "a military camp" is a modifier of the next noun, not the victims. */
    private boolean compoundHead(List<Token> tokens, PhraseIndex.Match<String> v) {
        if (!lex.isPhrase(tokens, v.from(), v.to(), "victim_as_modifier") || v.to() >= tokens.size()) return false;
        Token next = tokens.get(v.to());
        return next.isWord() && !next.capitalised() && !lex.is(next, "after_victim");
    }

    /**
     * A figure with no victim noun: a toll ("the death toll rose to 59", "put the toll at 40") or a count right
     * after a casualty verb ("killing 28", "injuring more than 200"); anything else counts something else.
     */
    private Found bareFigure(List<Token> tokens, Figures.Figure fig) {
        int after = fig.to;
        // "Dozens were killed", "Twelve have been wounded": the figure is the subject of a passive casualty verb.
        int v = after;
        if (v < tokens.size() && lex.is(tokens.get(v), "figure_auxiliary")) {
            v++;
            if (v < tokens.size() && lex.is(tokens.get(v), "be_participle")) v++;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = v > after + 0 && v < tokens.size() ? lex.casualtyWords().longestAt(tokens, v) : null;
            if (c != null && !c.value().qualitative() && (fig.from == 0 || tokens.get(fig.from - 1).type() == Token.Type.PUNCT)) {
                fig.nounEnd = c.to();
                return new Found(verbs.combined(tokens, c), fig.low, fig.high, "unknown", fig.qualifier, fig.from, c.to());
            }
        }
        boolean ends = after >= tokens.size() || tokens.get(after).type() == Token.Type.PUNCT
                || lex.is(tokens.get(after), "after_bare_figure");
        if (!ends) return null;
        if (fig.from > 0) {
            PhraseIndex.Match<Lexicon.CasualtyWord> c = verbs.endingAt(tokens, fig.from);
            if (c != null) {
                fig.nounEnd = fig.to;
                return new Found(c.value().kind(), fig.low, fig.high, "unknown", fig.qualifier, c.from(), fig.to);
            }
            Token before = tokens.get(fig.from - 1);
            if (lex.is(before, "toll_link")) {
                for (int k = fig.from - 2; k >= Math.max(0, fig.from - 20); k--) {
                    Token t = tokens.get(k);
                    if (t.is(".") || t.is(";") || t.isNumber()) break;
                    if (lex.is(t, "toll_noun")) {
                        fig.nounEnd = fig.to;
                        boolean injuries = k > 0 && lex.is(tokens.get(k - 1), "injury_toll");
                        return new Found(injuries ? "injured" : "killed", fig.low, fig.high, "unknown", fig.qualifier, k, fig.to);
                    }
                }
            }
        }
        return null;
    }

    /** "including the gunman", "including two attackers", "including himself" after a killed figure. */
    private Found includingAttackers(List<Token> tokens, Figures.Figure fig, Found f) {
        if (!f.kind().equals("killed") || f.victims().equals("attackers") || f.low() == null) return null;
        int end = Math.max(fig.nounEnd, fig.to);
        for (int k = end; k < Math.min(tokens.size() - 1, end + 6); k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is(";")) return null;
            if (!lex.is(t, "part_of_toll")) continue;
            int j = k + 1;
            int n = 1;
            if (lex.is(tokens.get(j), "article_any")) j++;
            else if (j < tokens.size() && lex.numbers().longestAt(tokens, j) != null) {
                int[] num = figures.number(tokens, j);
                n = num[0];
                j = num[1];
            } else if (tokens.get(j).isNumber()) {
                int[] num = figures.number(tokens, j);
                if (num == null) return null;
                n = num[0];
                j = num[1];
            }
            if (j < tokens.size() && lex.is(tokens.get(j), "attacker_self")) return attackers(n, f, k);
            if (j < tokens.size() && lex.is(tokens.get(j), "attacker_qualifier")) j++;
            PhraseIndex.Match<String> v = j < tokens.size() ? lex.victims().longestAt(tokens, j) : null;
            if (v != null && v.value().equals("attackers") || j < tokens.size() && lex.is(tokens.get(j), "attacker_noun")) {
                return attackers(n, f, k);
            }
            return null;
        }
        return null;
    }

    private static Found attackers(int n, Found f, int at) {
        if (n >= f.low()) return null;
        return new Found("killed", n, n, "attackers", "exact", at);
    }
}
