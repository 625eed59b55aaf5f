package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds casualty figures in a sentence's tokens: a figure (digits, number words or a vague word, with a
 * qualifier or as a range) followed by who the victims are, with a casualty word near it; negations
 * ("no casualties", "no one was killed"); and qualitative losses. A number with no victim noun or casualty
 * word beside it (times, years, ages, distances, vehicles) is not a casualty figure.
 */
final class Casualties {
    /** A figure found: kind, interval, victims, qualifier, and the token where it starts. */
    /** {@code onePerson}: one person named without a number ("a man", "the girl", "Reginald Robinson"). */
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

    private static final int KIND_WINDOW = 8;
    private final Lexicon lex;

    Casualties(Lexicon lexicon) {
        this.lex = lexicon;
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
        negations(tokens, out, used);
        int i = 0;
        while (i < tokens.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            Figure fig = figureAt(tokens, i, person);
            if (fig == null) {
                i++;
                continue;
            }
            if (i > 0 && tokens.get(i - 1).is("including")) {
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
        qualitative(tokens, out, used);
        out.replaceAll(Found::asCount);
        out.sort(java.util.Comparator.comparingInt(Found::at));
        return out;
    }

    /**
     * One person, without a number: a person's name ("Reginald Robinson"), or a determiner before a person noun
     * ("the victim", "his girlfriend", "the mayor"), with at most two modifiers or an age between.
     */
    private Figure singular(List<Token> tokens, int i, boolean[] person) {
        if (person[i] && (i == 0 || !person[i - 1])) return one(i, i);
        if (!lex.plays(tokens, i, "determiner")) return null;
        int k = skipAge(tokens, i + 1);
        for (int m = 0; m <= 2 && k < tokens.size(); m++) {
            PhraseIndex.Match<String> v = lex.victims().longestAt(tokens, k);
            if (v != null && singularNoun(tokens, v)) return one(i, i + 1);
            if (!modifier(tokens.get(k)) && !tokens.get(k).is("other")) return null;
            k = skipAge(tokens, k + 1);
        }
        return null;
    }

    /** One person named without a number. */
    private static Figure one(int from, int to) {
        Figure f = exactly(from, to, 1);
        f.singular = true;
        return f;
    }

    /** An exact count over tokens [from, to). */
    private static Figure exactly(int from, int to, int value) {
        Figure f = new Figure();
        f.from = from;
        f.to = to;
        f.low = value;
        f.high = value;
        f.qualifier = "exact";
        return f;
    }

    /** A person noun in the singular ("victim", "man", "girlfriend"), not a plural ("victims") or a group ("police"). */
    private static boolean singularNoun(List<Token> tokens, PhraseIndex.Match<String> v) {
        String last = tokens.get(v.to() - 1).norm();
        return !last.endsWith("s") && !last.equals("police") && !last.equals("military") && !last.equals("army")
                && !last.equals("men") && !last.equals("women") && !last.equals("children") && !last.equals("people")
                && !last.equals("personnel") && !last.equals("youth") || last.equals("boss");
    }

    /** A figure: [from, to) covers qualifier and number; nounEnd is set once the victim noun is read. */
    private static final class Figure {
        int from;
        int to;
        int nounEnd;
        Integer low;
        Integer high;
        String qualifier;
        /** One person without a number: a name, "the victim", "a 16-year-old". */
        boolean singular;
        /** "a third", "a fifth": one more of the count before it. */
        boolean continuation;
        /** "one of them": a part of the people counted before. */
        boolean pronoun;
    }

    private Figure figureAt(List<Token> tokens, int i, boolean[] person) {
        int start = i;
        if (anAge(tokens, i) || dayOfAMonth(tokens, i)) return null;
        String qualifier = null;
        PhraseIndex.Match<String> q = lex.qualifiers().longestAt(tokens, i);
        if (q != null) {
            qualifier = q.value();
            i = q.to();
        }
        boolean between = i < tokens.size() && tokens.get(i).is("between");
        if (between) i++;
        i = skipQuotes(tokens, i);
        if (i >= tokens.size()) return null;
        Figure f = new Figure();
        f.from = start;
        PhraseIndex.Match<Lexicon.Quantity> vague = lex.quantities().longestAt(tokens, i);
        int[] num = number(tokens, i);
        if (vague != null && (num == null || vague.to() > num[1])) {
            f.low = vague.value().low();
            f.high = vague.value().high();
            f.qualifier = "vague";
            f.to = skipQuotes(tokens, vague.to());
            return f;
        }
        if (num == null) return qualifier == null && !between ? singular(tokens, start, person) : null;
        int value = num[0];
        int j = num[1];
        // "the May 2016 death", "in 2015": a year is no count, unless people follow ("1990 people").
        if (tokens.get(i).isNumber() && tokens.get(i).raw().length() == 4 && value >= 1900 && value <= 2099
                && (j >= tokens.size() || lex.victims().longestAt(tokens, j) == null)) return null;
        // "one of five victims … has died": the count is the one, of the five.
        if (qualifier == null && !between && j + 1 < tokens.size() && tokens.get(j).is("of")) {
            int k = j + 1;
            if (tokens.get(k).is("the") || tokens.get(k).is("those") || tokens.get(k).is("these")) k++;
            int[] whole = k < tokens.size() ? number(tokens, k) : null;
            if (whole != null) k = whole[1];
            if (whole == null && k < tokens.size() && (tokens.get(k).is("them") || tokens.get(k).is("whom"))) {
                Figure part = exactly(start, k + 1, value);
                part.pronoun = true;
                return part;
            }
            if (k < tokens.size() && lex.victims().longestAt(tokens, k) != null && (whole == null || whole[0] > value)) {
                return exactly(start, k, value);
            }
        }
        if (qualifier == null && !between) {
            // "17-year-old Reginald Robinson", "a 16-year-old has died": an age, and one person of that age.
            if (j + 1 < tokens.size() && AGE_UNITS.contains(tokens.get(j).norm()) && tokens.get(j + 1).is("old") && tokens.get(i).isNumber()) {
                if (i > 0 && (tokens.get(i - 1).isNumber() || lex.numbers().longestAt(tokens, i - 1) != null)) return null;
                return one(i, i);
            }
            // "a third", "a fifth": one more of the count before it.
            if (value == 1 && j == i + 1 && lex.plays(tokens, j, "ordinal")) {
                Figure next = one(i, j + 1);
                next.continuation = true;
                return next;
            }
        }
        // A range: "between 20 and 30", "20 to 30", "20-30".
        if (j < tokens.size()) {
            boolean joined = tokens.get(j).hyphenated() && tokens.get(j).isNumber();
            int k = joined ? j : (tokens.get(j).is("and") && between) || tokens.get(j).is("to") ? j + 1 : -1;
            // "… 20 to" at the sentence's end: a range that never closes is no range.
            int[] second = k < 0 || k >= tokens.size() ? null : number(tokens, k);
            if (second != null && second[0] > value) {
                f.low = value;
                f.high = second[0];
                f.qualifier = "range";
                f.to = skipQuotes(tokens, second[1]);
                return f;
            }
        }
        f.to = skipQuotes(tokens, j);
        f.qualifier = qualifier == null ? "exact" : qualifier;
        // "a man", "an officer": an article names one person; "one man" counts.
        f.singular = qualifier == null && value == 1 && j == i + 1 && !tokens.get(i).isNumber() && lex.plays(tokens, i, "article");
        switch (f.qualifier) {
            case "more_than" -> { f.low = value + 1; f.high = null; }
            case "at_least" -> { f.low = value; f.high = null; }
            case "up_to" -> { f.low = Math.min(1, value); f.high = value; }
            default -> { f.low = value; f.high = value; }
        }
        return f;
    }

    /** Digits or number words at i: {value, end}; null if none. Years and clock times are numbers too; the noun decides. */
    private int[] number(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        Token t = tokens.get(i);
        if (t.isNumber()) {
            String digits = t.raw().replace(",", "");
            if (!digits.matches("[0-9]{1,7}")) return null; // 08:00, 1.5
            return new int[] {Integer.parseInt(digits), i + 1};
        }
        int total = 0;
        int current = 0;
        int j = i;
        boolean any = false;
        while (j < tokens.size()) {
            PhraseIndex.Match<Integer> m = lex.numbers().longestAt(tokens, j);
            if (m == null) {
                // "one hundred and five"
                if (any && tokens.get(j).is("and") && j + 1 < tokens.size() && lex.numbers().longestAt(tokens, j + 1) != null) {
                    j++;
                    continue;
                }
                break;
            }
            int v = m.value();
            if (v == 100 || v == 1000) {
                current = Math.max(current, 1) * v;
                if (v == 1000) {
                    total += current;
                    current = 0;
                }
            } else if (v == 12 && tokens.get(m.from()).norm().startsWith("dozen")) {
                current = Math.max(current, 1) * 12;
            } else {
                if (any && current % 10 != 0 && current < 100) break; // "two three" is not a number
                current += v;
            }
            any = true;
            j = m.to();
        }
        if (!any) return null;
        return new int[] {total + current, j};
    }

    private static int skipQuotes(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).type() == Token.Type.PUNCT && "\"'".contains(tokens.get(i).norm())) i++;
        return i;
    }

    /** Words that may follow a bare figure after a casualty verb: "injuring more than 200 in the blast". */
    private static final java.util.Set<String> AFTER_BARE_FIGURE = java.util.Set.of(
            "in", "on", "at", "and", "near", "when", "during", "across", "after", "while", "as", "including", "before", "by",
            "with", "of", "overnight", "yesterday", "today", "last", "this", "since", "according");
    /** Victim words that are also modifiers: "a military camp", "a police post" count nobody. */
    private static final java.util.Set<String> MODIFIER_VICTIMS = java.util.Set.of("military", "police", "army", "civilian", "security forces");
    /** Words that may follow a victim noun: verbs and linkers, not the head of a compound ("camp", "post"). */
    private static final java.util.Set<String> AFTER_VICTIM = java.util.Set.of(
            "was", "were", "is", "are", "had", "have", "has", "and", "or", "who", "in", "on", "at", "of", "from", "during", "died",
            "including", "among", "as", "by", "near", "while", "when", "also", "reportedly", "allegedly", "later", "all");

    /**
     * Reads the victims after a figure and the casualty word near it; null if the figure counts something else.
     * {@code previous} is the figure read before in the sentence: "12 soldiers were killed and eight wounded".
     */
    private List<Found> casualtyAfter(List<Token> tokens, Figure fig, Found previous, boolean[] person) {
        int i = skipAge(tokens, fig.to);
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
                if (skip >= 1 && !modifier(tokens.get(i + skip - 1)) && !anyWord && !lex.victims().containsIn(tokens.subList(i + skip - 1, i + skip))) break;
                // A word let in only because one person may be qualified by any word opens no casualty word ("a motorbike killed").
                if (anyWord && !modifier(tokens.get(i))) c = null;
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
        if (kind == null) kind = kindNear(tokens, fig, person);
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
    private void coordinated(List<Token> tokens, Figure fig, List<Part> parts, boolean[] person) {
        int k = fig.nounEnd;
        while (k + 1 < tokens.size()) {
            int next = k;
            if (tokens.get(next).is(",")) next++;
            if (next < tokens.size() && tokens.get(next).is("and")) next++;
            if (next == k || next >= tokens.size()) break;
            Figure more = figureAt(tokens, next, person);
            if (more == null || more.low == null || more.continuation) break;
            int at = skipAge(tokens, more.to);
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
                    if (m == null && !modifier(tokens.get(at + skip))) break;
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
    private static void skipApposition(List<Token> tokens, Figure fig) {
        int k = fig.nounEnd;
        if (k + 2 < tokens.size() && tokens.get(k).is(",")) {
            int n = k + 1;
            if (tokens.get(n).is("both") || tokens.get(n).is("all") || tokens.get(n).is("ages") || tokens.get(n).is("aged")) n++;
            if (n < tokens.size() && tokens.get(n).isNumber()) {
                while (n < tokens.size() && (tokens.get(n).isNumber() || tokens.get(n).is("and") || tokens.get(n).is(","))) n++;
                if (n < tokens.size() && tokens.get(n - 1).is(",")) fig.nounEnd = n;
            }
        }
    }

    /** "a 23-year-old man": the age between article and noun. */
    private static int skipAge(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).isNumber() && AGE_UNITS.contains(tokens.get(i + 1).norm()) && tokens.get(i + 2).is("old")) return i + 3;
        return i;
    }

    /** "the June 30 death", "the Sept. 14 homicide": the number is a day of the month, not a count. */
    private boolean dayOfAMonth(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).isNumber()) return false;
        int k = tokens.get(i - 1).is(".") && i >= 2 ? i - 2 : i - 1;
        PhraseIndex.Match<Lexicon.DateWord> m = lex.dateWords().longestAt(tokens, k);
        return m != null && m.to() == k + 1 && m.value().type().equals("month");
    }

    /** "aged 18 to 25", "between the ages of 11 and 15", "aged between 18 and 25": the numbers are ages, not counts. */
    private boolean anAge(List<Token> tokens, int i) {
        int k = i;
        if (k > 0 && tokens.get(k - 1).is("between")) k--;
        if (lex.endsAt(tokens, k, "age", 1, 2)) return true;
        // The second number of a range of ages: "11 and 15", "18 to 25".
        return i >= 2 && AGE_RANGE.contains(tokens.get(i - 1).norm()) && tokens.get(i - 2).isNumber() && tokens.get(i).isNumber()
                && anAge(tokens, i - 2);
    }

    private static final java.util.Set<String> AGE_RANGE = java.util.Set.of("and", "to", "-", "et", "a");

    /** "who was not injured", "had never been shot", "n'a pas été blessé": the casualty word is denied. */
    private boolean denied(List<Token> tokens, int k) {
        if (k >= 1 && lex.plays(tokens, k - 1, "denial")) return true;
        return k >= 2 && (tokens.get(k - 1).is("been") || tokens.get(k - 1).is("ete")) && lex.plays(tokens, k - 2, "denial");
    }

    /** "16-year-old", "9-month-old", "2-week-old". */
    private static final java.util.Set<String> AGE_UNITS = java.util.Set.of("year", "month", "week", "day");

    /** "military" in "a military camp" is a modifier of the next noun, not the victims. */
    private static boolean compoundHead(List<Token> tokens, PhraseIndex.Match<String> v) {
        String phrase = Places.join(tokens, v.from(), v.to());
        if (!MODIFIER_VICTIMS.contains(phrase) || v.to() >= tokens.size()) return false;
        Token next = tokens.get(v.to());
        return next.isWord() && !next.capitalised() && !AFTER_VICTIM.contains(next.norm());
    }

    /**
     * A figure with no victim noun: a toll ("the death toll rose to 59", "put the toll at 40") or a count right
     * after a casualty verb ("killing 28", "injuring more than 200"); anything else counts something else.
     */
    private Found bareFigure(List<Token> tokens, Figure fig) {
        int after = fig.to;
        // "Dozens were killed", "Twelve have been wounded": the figure is the subject of a passive casualty verb.
        int v = after;
        if (v < tokens.size() && (tokens.get(v).is("were") || tokens.get(v).is("was") || tokens.get(v).is("have") || tokens.get(v).is("had")
                || tokens.get(v).is("has"))) {
            v++;
            if (v < tokens.size() && tokens.get(v).is("been")) v++;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = v > after + 0 && v < tokens.size() ? lex.casualtyWords().longestAt(tokens, v) : null;
            if (c != null && !c.value().qualitative() && (fig.from == 0 || tokens.get(fig.from - 1).type() == Token.Type.PUNCT)) {
                fig.nounEnd = c.to();
                return new Found(combined(tokens, c), fig.low, fig.high, "unknown", fig.qualifier, fig.from, c.to());
            }
        }
        boolean ends = after >= tokens.size() || tokens.get(after).type() == Token.Type.PUNCT
                || AFTER_BARE_FIGURE.contains(tokens.get(after).norm());
        if (!ends) return null;
        if (fig.from > 0) {
            PhraseIndex.Match<Lexicon.CasualtyWord> c = casualtyWordEndingAt(tokens, fig.from);
            if (c != null) {
                fig.nounEnd = fig.to;
                return new Found(c.value().kind(), fig.low, fig.high, "unknown", fig.qualifier, c.from(), fig.to);
            }
            Token before = tokens.get(fig.from - 1);
            if (before.is("to") || before.is("at") || before.is("reached") || before.is("of") || before.is("hit")) {
                for (int k = fig.from - 2; k >= Math.max(0, fig.from - 20); k--) {
                    Token t = tokens.get(k);
                    if (t.is(".") || t.is(";") || t.isNumber()) break;
                    if (t.is("toll") || t.is("tolls")) {
                        fig.nounEnd = fig.to;
                        boolean injuries = k > 0 && (tokens.get(k - 1).is("injury") || tokens.get(k - 1).is("casualty"));
                        return new Found(injuries ? "injured" : "killed", fig.low, fig.high, "unknown", fig.qualifier, k, fig.to);
                    }
                }
            }
        }
        return null;
    }

    /** The casualty word that ends right before token {@code at} ("killing", "wounded"), or null. */
    private PhraseIndex.Match<Lexicon.CasualtyWord> casualtyWordEndingAt(List<Token> tokens, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, k);
            if (c != null && c.to() == at && !c.value().qualitative()) return c;
        }
        // "the murder of 7-year-old …", "the shooting death of a man": a casualty noun, "of", then the people.
        if (at >= 2 && tokens.get(at - 1).is("of")) return casualtyWordEndingAt(tokens, at - 1);
        return null;
    }

    /** "including the gunman", "including two attackers", "including himself" after a killed figure. */
    private Found includingAttackers(List<Token> tokens, Figure fig, Found f) {
        if (!f.kind().equals("killed") || f.victims().equals("attackers") || f.low() == null) return null;
        int end = Math.max(fig.nounEnd, fig.to);
        for (int k = end; k < Math.min(tokens.size() - 1, end + 6); k++) {
            Token t = tokens.get(k);
            if (t.is(".") || t.is(";")) return null;
            if (!t.is("including")) continue;
            int j = k + 1;
            int n = 1;
            if (tokens.get(j).is("the") || tokens.get(j).is("a") || tokens.get(j).is("an")) j++;
            else if (j < tokens.size() && lex.numbers().longestAt(tokens, j) != null) {
                int[] num = number(tokens, j);
                n = num[0];
                j = num[1];
            } else if (tokens.get(j).isNumber()) {
                int[] num = number(tokens, j);
                if (num == null) return null;
                n = num[0];
                j = num[1];
            }
            if (j < tokens.size() && (tokens.get(j).is("himself") || tokens.get(j).is("themselves"))) return attackers(n, f, k);
            if (j < tokens.size() && tokens.get(j).is("suicide")) j++;
            PhraseIndex.Match<String> v = j < tokens.size() ? lex.victims().longestAt(tokens, j) : null;
            if (v != null && v.value().equals("attackers") || j < tokens.size() && (tokens.get(j).is("bomber") || tokens.get(j).is("shooter"))) {
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

    private static boolean modifier(Token t) {
        if (t.capitalised() && t.isWord()) return true; // a demonym: Malian, Nigerien
        return switch (t.norm()) {
            case "more", "other", "unarmed", "innocent", "local", "foreign", "young", "civilian", "malian" -> true;
            default -> false;
        };
    }

    /** The casualty word after the victims ("were killed"), or just before the figure ("killing at least 14"). */
    private String kindNear(List<Token> tokens, Figure fig, boolean[] person) {
        // "killed at least 14 civilians and wounded 30 others": the verb right before the figure decides.
        if (fig.from > 0) {
            PhraseIndex.Match<Lexicon.CasualtyWord> before = casualtyWordEndingAt(tokens, fig.from);
            if (before != null) return before.value().kind();
        }
        // "Seventeen soldiers and at least 20 civilians died": a figure joined by "and" shares the verb.
        boolean coordinated = fig.nounEnd < tokens.size() && tokens.get(fig.nounEnd).is("and");
        for (int k = fig.nounEnd; k < Math.min(tokens.size(), fig.nounEnd + KIND_WINDOW); k++) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".") || (t.isNumber() && k > fig.nounEnd && !coordinated && !anAge(tokens, k))) break;
            // "Two women charged in the death of …": people charged, arrested or sentenced for a killing are not its victims.
            if (lex.plays(tokens, k, "aftermath")) break;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, k);
            if (c != null && !c.value().qualitative()) {
                // "The victim, who was not injured, …": the people named are denied the casualty, not counted.
                if (denied(tokens, k)) return null;
                // "A suicide bomber killed 22 people": the noun before an active verb with an object is the killer.
                if (k == fig.nounEnd && c.to() < tokens.size() && figureAt(tokens, c.to(), person) != null) return null;
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
    private String combined(List<Token> tokens, PhraseIndex.Match<Lexicon.CasualtyWord> c) {
        int j = c.to();
        if (j + 1 < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is("or"))) {
            PhraseIndex.Match<Lexicon.CasualtyWord> d = lex.casualtyWords().longestAt(tokens, j + 1);
            if (d != null && !d.value().kind().equals(c.value().kind()) && !d.value().qualitative()
                    && !d.value().kind().equals("captured") && !c.value().kind().equals("captured")) {
                return "killed_or_injured";
            }
        }
        return c.value().kind();
    }

    /** "no casualties", "no civilian casualties", "no one was killed", "without loss of life". */
    private void negations(List<Token> tokens, List<Found> out, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int j = -1;
            if (t.is("no") && i + 1 < tokens.size() && (tokens.get(i + 1).is("one"))) j = i + 2;
            else if (t.is("nobody") || t.is("none")) j = i + 1;
            else if (t.is("no")) j = i + 1;
            // "no one else was hurt", "nobody else", "no other injuries".
            if (j >= 0 && j < tokens.size() && (tokens.get(j).is("else") || tokens.get(j).is("other") || tokens.get(j).is("further"))) j++;
            if (j >= 0) {
                String victims = "unknown";
                if (t.is("no") && j == i + 1 && j < tokens.size() && lex.victims().longestAt(tokens, j) != null
                        && lex.casualtyWords().longestAt(tokens, j) == null) {
                    PhraseIndex.Match<String> v = lex.victims().longestAt(tokens, j);
                    // "police reported no victims": nobody hurt, a soft zero of killed or injured.
                    if (lex.plays(tokens, j, "either_when_denied") && (v.to() >= tokens.size() || lex.casualtyWords().longestAt(tokens, v.to()) == null)) {
                        out.add(new Found("killed_or_injured", 0, 0, "unknown", "negated", i, v.to()));
                        for (int k = i; k < v.to(); k++) used[k] = true;
                        continue;
                    }
                    victims = v.value();
                    j = v.to(); // "no civilian casualties"
                }
                if (j < tokens.size() && (tokens.get(j).is("was") || tokens.get(j).is("were"))) j++;
                PhraseIndex.Match<Lexicon.CasualtyWord> c = j < tokens.size() ? lex.casualtyWords().longestAt(tokens, j) : null;
                if (c != null && !c.value().qualitative() && !c.value().kind().equals("captured")) {
                    // "no one was killed" is a zero of the dead, "no injuries" of the injured; "no one was hurt", "no
                    // casualties" a zero of both, killed or injured (a soft zero: the absence of reports).
                    String kind = lex.plays(tokens, j, "either_when_denied") ? "killed_or_injured"
                            : c.value().kind().equals("wound") || c.value().kind().equals("hit") ? "injured" : combined(tokens, c);
                    out.add(new Found(kind, 0, 0, victims, "negated", i, c.to()));
                    for (int k = i; k < c.to(); k++) used[k] = true;
                }
            }
            if (t.is("without") && i + 3 < tokens.size() && tokens.get(i + 1).is("loss") && tokens.get(i + 2).is("of") && tokens.get(i + 3).is("life")) {
                out.add(new Found("killed", 0, 0, "unknown", "negated", i, i + 4));
                for (int k = i; k <= i + 3; k++) used[k] = true;
            }
            // "the explosion caused only material damage": nobody was hurt; "all are expected to survive": nobody died.
            PhraseIndex.Match<java.util.Set<String>> none = lex.phraseAt(tokens, i, "nobody_hurt");
            PhraseIndex.Match<java.util.Set<String>> alive = none == null ? lex.phraseAt(tokens, i, "nobody_killed") : null;
            if (none != null || alive != null) {
                PhraseIndex.Match<java.util.Set<String>> m = none != null ? none : alive;
                out.add(new Found(none != null ? "killed_or_injured" : "killed", 0, 0, "unknown", "negated", i, m.to()));
                for (int k = i; k < m.to(); k++) used[k] = true;
            }
        }
    }

    /** "heavy human and material losses": a claim of losses with no figure. */
    private void qualitative(List<Token> tokens, List<Found> out, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) continue;
            PhraseIndex.Match<Lexicon.CasualtyWord> c = lex.casualtyWords().longestAt(tokens, i);
            if (c != null && c.value().qualitative()) {
                out.add(new Found(c.value().kind(), null, null, "unknown", "qualitative", i, c.to()));
                for (int k = i; k < c.to(); k++) used[k] = true;
                i = c.to() - 1;
            }
        }
    }
}
