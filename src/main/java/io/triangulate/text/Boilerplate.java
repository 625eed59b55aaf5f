package io.triangulate.text;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Normal;
import io.triangulate.words.Token;
import io.triangulate.words.Tokenizer;

import java.util.List;

/**
 * Classifies the lines of a captured web page. Lines are judged before sentences are split, as a person
 * skimming the page would: metadata, navigation, share and follow prompts, captions, teasers of other stories.
 * The words of page furniture and of age hints come from the tables ({@code page-furniture.csv}, word roles).
 */
public final class Boilerplate {
    private final Lexicon lexicon;

    public Boilerplate(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public enum Kind { CONTENT, METADATA, HINT, NAVIGATION }

    /** "18 minutes ago", "3 hours ago": when the page was captured relative to publication. */
    public boolean isAgeHint(String line) {
        // A hint is three tokens: a line of more than five words (a figure may be written "1 000") is none, and is
        // not tokenised to learn it (every line of every report is asked).
        if (words(line) > 5) return false;
        String t = Normal.form(stripBullet(line.strip()));
        List<Token> toks = Tokenizer.tokens(t);
        return toks.size() == 3 && toks.get(0).isNumber() && lexicon.is(toks.get(1), "page_age_unit") && lexicon.is(toks.get(2), "time_ago");
    }

    public Kind classify(String line, boolean isFirstContentLine) {
        String t = line.strip();
        if (t.isEmpty()) return Kind.NAVIGATION;
        if (io.triangulate.ingest.MetadataLine.is(t)) return Kind.METADATA;
        if (isAgeHint(t)) return Kind.HINT;
        String bare = stripBullet(t);
        String norm = Normal.form(bare);
        if (bare.isEmpty() || norm.chars().noneMatch(Character::isLetterOrDigit)) return Kind.NAVIGATION;
        for (String start : lexicon.pageFurniture()) {
            if (norm.startsWith(start)) return Kind.NAVIGATION;
        }
        if (isFirstContentLine) return Kind.CONTENT; // the headline
        int words = bare.split("\\s+").length;
        boolean ends = endsSentence(bare);
        // Short lines without a full stop are captions, section heads and link labels.
        if (!ends && words <= 10) return Kind.NAVIGATION;
        if (words <= 3 && bare.endsWith("?")) return Kind.NAVIGATION; // "What happened?"
        return Kind.CONTENT;
    }

    /**
     * A line that may go on a hard-wrapped sentence of the line before: anything but metadata, an age hint or page
     * furniture, however short ("PELAEZ GONZALEZ, 45, WAS SHOT TO DEATH BY UNIDENTIFIED INDIVIDUALS,").
     */
    public boolean continuesSentence(String line) {
        // What classify lets through as a headline: every test but the caption's length.
        return classify(line, true) == Kind.CONTENT;
    }

    /** Whitespace-separated words, counted up to six. */
    private static int words(String line) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < line.length() && words <= 5; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !in) words++;
            in = !space;
        }
        return words;
    }

    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]\u00bb".indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0;
    }

    private static String stripBullet(String t) {
        int i = 0;
        while (i < t.length() && ("•·*-–—".indexOf(t.charAt(i)) >= 0 || Character.isWhitespace(t.charAt(i)))) i++;
        return t.substring(i);
    }

    /**
     * A menu run-on is a line of navigation words glued together ("HomeNewsSportBusiness…"). Returns the
     * offset where the story's own text starts at the end of such a line, or -1 if the line is not a run-on.
     * The tail is kept from the last glue point after which every glued segment reads as a sentence.
     */
    public static int runOnTail(String line) {
        int glues = 0;
        int[] points = new int[line.length() + 1];
        int np = 0;
        for (int i = 1; i < line.length(); i++) {
            char prev = line.charAt(i - 1);
            char c = line.charAt(i);
            if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || prev == '"' || prev == '\u201d' || prev == ')')) {
                glues++;
                points[np++] = i;
            }
        }
        if (glues < 5) return -1;
        // Walk segments from the end: keep those that are sentences (4+ words, closing punctuation).
        int keepFrom = -1;
        int end = line.length();
        for (int k = np - 1; k >= 0; k--) {
            String seg = line.substring(points[k], end).strip();
            if (seg.split("\\s+").length >= 4 && endsSentence(seg)) {
                keepFrom = points[k];
                end = points[k];
            } else {
                break;
            }
        }
        return keepFrom < 0 ? line.length() : keepFrom;
    }
}
