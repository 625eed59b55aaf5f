package io.triangulate.words;

import java.text.Normalizer;
import java.util.Locale;

/** The matching form of words: lower case, accents removed, typographic quotes made plain. */
public final class Normal {
    private Normal() {}

    public static String form(String s) {
        // Most words are plain ASCII: lower case is all they need (the decomposition below is the slow part).
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x80 && c != '`';
        }
        if (plain) return s.toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            b.append(switch (c) {
                case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> '\'';
                case '\u201c', '\u201d', '\u00ab', '\u00bb' -> '"';
                case '\u2013', '\u2014', '\u2011', '\u2010' -> '-';
                default -> c;
            });
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
