package io.triangulate.words;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into tokens in one pass (no regular expressions, so linear in the text).
 * Hyphens and apostrophes inside words split them ("al-Qaeda-linked" → al, qaeda, linked; the parts
 * after a hyphen are marked {@code hyphenated}) so that tables match any spelling of the joins.
 * Digits with separators stay one number ("1,300", "08:00", "2024-09-17" is split at the hyphens).
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        boolean hyphenBefore = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // no-break and thin spaces too ("5 000")
                hyphenBefore = false;
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetter(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) j++;
                // Elision: "d'Irumu", "l'armée" are two words, the particle keeping its apostrophe.
                if (j + 1 < n && isApostrophe(s.charAt(j)) && Character.isLetter(s.charAt(j + 1)) && elided(s, i, j)) {
                    add(out, s, i, j + 1, Token.Type.WORD, hyphenBefore);
                    hyphenBefore = false;
                    i = j + 1;
                    continue;
                }
                // "Jama'at", "Nusrat ul-Islam": an apostrophe between letters stays inside the word.
                while (j + 1 < n && isApostrophe(s.charAt(j)) && Character.isLetter(s.charAt(j + 1))) {
                    int k = j + 1;
                    while (k < n && Character.isLetter(s.charAt(k))) k++;
                    // English possessive "Mali's": keep the word and the 's as separate tokens.
                    if (k - (j + 1) == 1 && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')) break;
                    j = k;
                }
                add(out, s, i, j, Token.Type.WORD, hyphenBefore);
                hyphenBefore = false;
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isDigit(d)) j++;
                    else if ((d == ',' || d == '.' || d == ':') && j + 1 < n && Character.isDigit(s.charAt(j + 1))) j += 2;
                    else break;
                }
                add(out, s, i, j, Token.Type.NUMBER, hyphenBefore);
                hyphenBefore = false;
                i = j;
            } else if (isHyphen(c) && !out.isEmpty() && out.get(out.size() - 1).end() == i && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                hyphenBefore = true; // joins two parts of one expression
                i++;
            } else {
                add(out, s, i, i + 1, Token.Type.PUNCT, false);
                hyphenBefore = false;
                i++;
            }
        }
        return out;
    }

    private static void add(List<Token> out, String s, int from, int to, Token.Type type, boolean hyphenated) {
        String raw = s.substring(from, to);
        out.add(new Token(raw, Normal.form(raw), from, to, type, hyphenated));
    }

    /**
     * A one-letter word before an apostrophe is elided ("d'Irumu", "l'armée", "D'après"): the letter and the apostrophe
     * are a word of their own. Not when both are capitals: "O'Brien", "D'Angelo" are names.
     */
    private static boolean elided(String s, int from, int to) {
        return to - from == 1 && !(Character.isUpperCase(s.charAt(from)) && Character.isUpperCase(s.charAt(to + 1)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }
}
