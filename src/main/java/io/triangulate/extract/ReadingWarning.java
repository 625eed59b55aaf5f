package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.text.Sentence;
import io.triangulate.words.Token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Something in a report's text that looks like a figure or a date but cannot be one, said out loud instead of
 * silently left unread: a casualty figure of more than {@link #MAX_DIGITS} digits ("99999999999 killed"), a day
 * that no month has ("31 February"). {@code start}/{@code end}: offsets into the report's text.
 */
public record ReadingWarning(int start, int end, String text, String warning) {
    /** The longest figure read as a count; a longer one is a misprint, a phone number or an id. */
    public static final int MAX_DIGITS = 7;

    /** The warnings of one sentence of a report. */
    static List<ReadingWarning> find(Lexicon lex, Sentence s, List<Token> toks) {
        List<ReadingWarning> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isNumber()) continue;
            String digits = t.raw().replaceAll("[^0-9]", "");
            if (digits.length() > MAX_DIGITS && countsPeople(lex, toks, i + 1)) {
                out.add(at(s, t, t, "a figure of " + digits.length() + " digits is not read as a count (the most is " + MAX_DIGITS + ")"));
            }
            if (digits.length() <= 2 && !digits.isEmpty()) {
                int day = Integer.parseInt(digits);
                // "31 February" or "February 31"
                PhraseIndex.Match<Lexicon.DateWord> after = i + 1 < toks.size() ? lex.dateWords().longestAt(toks, i + 1) : null;
                PhraseIndex.Match<Lexicon.DateWord> before = null;
                for (int k = Math.max(0, i - 3); k < i && before == null; k++) {
                    PhraseIndex.Match<Lexicon.DateWord> m = lex.dateWords().longestAt(toks, k);
                    if (m != null && m.to() == i) before = m;
                }
                PhraseIndex.Match<Lexicon.DateWord> month = after != null && after.value().type().equals("month") ? after
                        : before != null && before.value().type().equals("month") ? before : null;
                if (month != null && !possible(month.value().value(), day)) {
                    Token first = month == after ? t : toks.get(month.from());
                    Token last = month == after ? toks.get(month.to() - 1) : t;
                    out.add(at(s, first, last, "no month has this day: not read as a date"));
                }
            }
        }
        return out;
    }

    /** A casualty word or a victims word within the next three tokens ("99999999999 civilians were killed"). */
    private static boolean countsPeople(Lexicon lex, List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
            if (lex.casualtyWords().longestAt(toks, k) != null || lex.victims().longestAt(toks, k) != null) return true;
        }
        return false;
    }

    /** Whether some year (a leap year, 2024) has this day in this month. */
    private static boolean possible(int month, int day) {
        if (day < 1) return false;
        try {
            LocalDate.of(2024, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static ReadingWarning at(Sentence s, Token first, Token last, String warning) {
        return new ReadingWarning(s.start() + first.start(), s.start() + last.end(), s.text().substring(first.start(), last.end()), warning);
    }
}
