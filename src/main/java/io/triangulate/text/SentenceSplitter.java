package io.triangulate.text;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Normal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a report into sentences after dropping boilerplate lines. Offsets always point into the
 * original report text, so every claim can be traced back to its words. Abbreviations that do not end a
 * sentence ("Sept.", "Gen.", "Md.") come from {@code abbreviations.csv}.
 */
public final class SentenceSplitter {
    /** A line at least this long that ends mid-sentence is wrapped, not a heading. */
    static final int WRAPPED = 50;

    private final Set<String> abbreviations;
    private final Boilerplate boilerplate;

    public SentenceSplitter(Lexicon lexicon) {
        this.abbreviations = lexicon.abbreviations();
        this.boilerplate = new Boilerplate(lexicon);
    }

    public CleanText split(String text) {
        List<Sentence> out = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        int dropped = 0;
        int lineStart = 0;
        boolean first = true;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                int tail = Boilerplate.runOnTail(line);
                if (tail >= 0) {
                    dropped++;
                    if (tail < line.length()) splitLine(text, lineStart + tail, lineEnd, out, false);
                    first = false;
                } else {
                    Boilerplate.Kind kind = boilerplate.classify(line, first);
                    switch (kind) {
                        case CONTENT -> {
                            // Hard-wrapped copy (wire and radio transcripts at 70-odd columns): a long line that ends
                            // mid-sentence goes on in the next line, so the sentence is read whole.
                            int end = lineEnd;
                            String last = line;
                            while (end < text.length() && last.strip().length() >= WRAPPED && !Boilerplate.endsSentence(last.strip())) {
                                int nextStart = end + 1;
                                int nextNl = text.indexOf('\n', nextStart);
                                int nextEnd = nextNl < 0 ? text.length() : nextNl;
                                String next = text.substring(nextStart, nextEnd);
                                if (next.isBlank() || Boilerplate.runOnTail(next) >= 0 || !boilerplate.continuesSentence(next)) break;
                                end = nextEnd;
                                last = next;
                            }
                            splitLine(text, lineStart, end, out, first && end == lineEnd && !Boilerplate.endsSentence(line.strip()));
                            first = false;
                            if (end != lineEnd) {
                                nl = end >= text.length() ? -1 : end;
                            }
                        }
                        case HINT -> hints.add(line.strip().replaceFirst("^[•·*\\s]+", ""));
                        default -> dropped++;
                    }
                }
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return new CleanText(List.copyOf(out), List.copyOf(hints), dropped);
    }

    private void splitLine(String text, int from, int to, List<Sentence> out, boolean heading) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < to && "\"'\u201d\u2019)]\u00bb".indexOf(text.charAt(j)) >= 0) j++;
                int next = skipSpace(text, j, to);
                boolean gap = next > j;
                if (next < to && (gap || j > i + 1) && startsSentence(text.charAt(next)) && !isAbbreviation(text, start, i)) {
                    add(text, start, j, out, heading);
                    start = next;
                    i = next;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        if (start < to) add(text, start, to, out, heading);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201c\u2018\u00ab(".indexOf(c) >= 0;
    }

    /** "Sept." or an initial ("U.") does not end a sentence. */
    private boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) w--;
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return abbreviations.contains(Normal.form(word));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static void add(String text, int from, int to, List<Sentence> out, boolean heading) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to <= from) return;
        out.add(new Sentence(out.size(), from, to, text.substring(from, to), heading));
    }
}
