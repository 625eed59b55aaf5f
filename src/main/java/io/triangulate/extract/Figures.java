package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.List;

/**
 * Reads how many people a figure counts, before anyone asks what happened to them: digits or number words, a
 * vague word ("dozens"), a qualifier ("at least"), a range ("between 20 and 30"), one person named without a
 * number ("the victim", "a 16-year-old"). Ages, years and days of a month are no figures.
 */
final class Figures {
    private final Lexicon lex;

    Figures(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** A figure: [from, to) covers qualifier and number; nounEnd is set once the victim noun is read. */
    static final class Figure {
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

    /** The figure starting at token i, or null. {@code person}: the tokens inside people's names. */
    Figure at(List<Token> tokens, int i, boolean[] person) {
        int start = i;
        if (anAge(tokens, i) || dayOfAMonth(tokens, i)) return null;
        String qualifier = null;
        PhraseIndex.Match<String> q = lex.qualifiers().longestAt(tokens, i);
        if (q != null) {
            qualifier = q.value();
            i = q.to();
        }
        boolean between = i < tokens.size() && lex.is(tokens.get(i), "range_opener");
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
        if (qualifier == null && !between && j + 1 < tokens.size() && lex.is(tokens.get(j), "genitive")) {
            int k = j + 1;
            if (lex.is(tokens.get(k), "whole_determiner")) k++;
            int[] whole = k < tokens.size() ? number(tokens, k) : null;
            if (whole != null) k = whole[1];
            if (whole == null && k < tokens.size() && lex.is(tokens.get(k), "part_pronoun")) {
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
            if (j + 1 < tokens.size() && lex.is(tokens.get(j), "age_unit") && lex.is(tokens.get(j + 1), "age_old") && tokens.get(i).isNumber()) {
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
            int k = joined ? j : (lex.is(tokens.get(j), "conjunction") && between) || lex.is(tokens.get(j), "range_to") ? j + 1 : -1;
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
            if (!modifier(tokens.get(k))) return null;
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
    static Figure exactly(int from, int to, int value) {
        Figure f = new Figure();
        f.from = from;
        f.to = to;
        f.low = value;
        f.high = value;
        f.qualifier = "exact";
        return f;
    }

    /** A person noun in the singular ("victim", "man", "girlfriend"), not a plural ("victims") or a group ("police"). */
    private boolean singularNoun(List<Token> tokens, PhraseIndex.Match<String> v) {
        Token lastWord = tokens.get(v.to() - 1);
        String last = lastWord.norm();
        boolean pluralEnding = lex.words("plural_ending").stream().anyMatch(last::endsWith);
        return !pluralEnding && !lex.is(lastWord, "group_of_people") || lex.is(lastWord, "singular_in_s");
    }

    /** Digits or number words at i: {value, end}; null if none. Years and clock times are numbers too; the noun decides. */
    int[] number(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        Token t = tokens.get(i);
        if (t.isNumber()) {
            String digits = t.raw().replace(",", "");
            // "6.000", "20.000": a point between groups of three is a thousands separator (French, German copy).
            if (digits.matches("[0-9]{1,3}(\\.[0-9]{3})+")) digits = digits.replace(".", "");
            if (!digits.matches("[0-9]{1,7}")) return null; // 08:00, 1.5
            int value = Integer.parseInt(digits);
            int end = i + 1;
            // "5 000", "20 000": groups of three after one space are the same number.
            while (value < 1_000_000 && end < tokens.size() && tokens.get(end).isNumber() && tokens.get(end).raw().matches("[0-9]{3}")
                    && tokens.get(end).start() == tokens.get(end - 1).end() + 1 && tokens.get(end - 1).raw().length() <= 3) {
                value = value * 1000 + Integer.parseInt(tokens.get(end).raw());
                end++;
            }
            return new int[] {value, end};
        }
        int total = 0;
        int current = 0;
        int j = i;
        boolean any = false;
        while (j < tokens.size()) {
            PhraseIndex.Match<Integer> m = lex.numbers().longestAt(tokens, j);
            if (m == null) {
                // "one hundred and five"
                if (any && lex.is(tokens.get(j), "conjunction") && j + 1 < tokens.size() && lex.numbers().longestAt(tokens, j + 1) != null) {
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
            } else if (v == 12 && lex.is(tokens.get(m.from()), "dozen_multiplier")) {
                current = Math.max(current, 1) * 12;
            } else {
                if (any && current % 10 != 0 && current < 100) break; // "two three" is not a number
                current += v;
            }
            any = true;
            j = m.to();
        }
        if (!any) return null;
        // "sept (7) déplacés": the figure written again in digits, in brackets.
        if (j + 2 < tokens.size() && tokens.get(j).is("(") && tokens.get(j + 1).isNumber() && tokens.get(j + 2).is(")")
                && tokens.get(j + 1).raw().equals(String.valueOf(total + current))) j += 3;
        return new int[] {total + current, j};
    }

    static int skipQuotes(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).type() == Token.Type.PUNCT && "\"'".contains(tokens.get(i).norm())) i++;
        return i;
    }

    /** "a 23-year-old man": the age between article and noun. */
    int skipAge(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && tokens.get(i).isNumber() && lex.is(tokens.get(i + 1), "age_unit") && lex.is(tokens.get(i + 2), "age_old")) return i + 3;
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
    boolean anAge(List<Token> tokens, int i) {
        int k = i;
        if (k > 0 && lex.is(tokens.get(k - 1), "range_opener")) k--;
        if (lex.endsAt(tokens, k, "age", 1, 2)) return true;
        // The second number of a range of ages: "11 and 15", "18 to 25".
        return i >= 2 && lex.is(tokens.get(i - 1), "age_range_joiner") && tokens.get(i - 2).isNumber() && tokens.get(i).isNumber()
                && anAge(tokens, i - 2);
    }

    /** "30 Malian soldiers", "12 more civilians", "a young man": a word that may stand between a figure and its noun. */
    boolean modifier(Token t) {
        if (t.capitalised() && t.isWord()) return true; // a demonym: Malian, Nigerien
        return lex.is(t, "victim_modifier");
    }
}
