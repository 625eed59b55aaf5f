package io.triangulate.extract;

import io.triangulate.words.Token;

import java.time.LocalDate;
import java.util.List;

/**
 * The dateline that opens a wire or radio story — "SAN SALVADOR, 31 OCT 89 (AFP) --", "BAMAKO, Sept 17
 * (Reuters) -", "KABUL (AP) —": where it was filed, and the filing day when it gives one. The place is a
 * place of the story; the day anchors "today" and "last night" when the report has no publication date, but
 * is not itself the event's date.
 */
record Dateline(int placeFrom, int placeTo, int end, LocalDate date) {
    private static final int MAX_PLACE_WORDS = 4;
    private static final int MAX_LENGTH = 12;

    /** The dateline at the start of a sentence's tokens, or null. */
    static Dateline read(List<Token> toks, String text, Dates dates) {
        int i = 0;
        while (i < toks.size() && i < MAX_PLACE_WORDS && toks.get(i).isWord() && toks.get(i).capitalised()) i++;
        if (i == 0 || i >= toks.size()) return null;
        int placeTo = i;
        if (toks.get(i).is(",")) i++;
        // The dateline ends at the agency in brackets or at a dash, within a few tokens.
        int end = -1;
        boolean agency = false;
        for (int k = i; k < Math.min(toks.size(), placeTo + MAX_LENGTH); k++) {
            Token t = toks.get(k);
            if (t.is("(")) {
                int close = k + 1;
                while (close < toks.size() && close < k + 5 && !toks.get(close).is(")")) close++;
                if (close >= toks.size() || !toks.get(close).is(")")) return null;
                end = close + 1;
                agency = true;
                while (end < toks.size() && isDash(toks.get(end))) end++;
                break;
            }
            if (isDash(t)) {
                end = k + 1;
                while (end < toks.size() && isDash(toks.get(end))) end++;
                break;
            }
        }
        if (end < 0) return null;
        // "[TEXT]" after the dash is transcript furniture.
        if (end + 2 < toks.size() && toks.get(end).is("[") && toks.get(end + 2).is("]")) end += 3;
        Dates.Found f = dates.find(toks.subList(0, end), placeTo, text, null);
        // Without an agency in brackets, only a dated or ALL-CAPS opening is a dateline ("Gunmen, who … -" is not).
        if (!agency && f == null && !upperCase(toks, placeTo)) return null;
        return new Dateline(0, placeTo, end, f == null ? null : f.date().value());
    }

    private static boolean upperCase(List<Token> toks, int to) {
        for (int k = 0; k < to; k++) if (!toks.get(k).raw().equals(toks.get(k).raw().toUpperCase(java.util.Locale.ROOT))) return false;
        return true;
    }

    private static boolean isDash(Token t) {
        return t.is("-") || t.is("\u2014") || t.is("\u2013");
    }
}
