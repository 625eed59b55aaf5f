package io.triangulate.reconcile;

import io.triangulate.ingest.Report;
import io.triangulate.words.Token;
import io.triangulate.words.Tokenizer;
import org.apache.commons.text.similarity.CosineSimilarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What two reports share, for telling a rewrite from an independent report: the quotations of one found in
 * the other, and the cosine similarity of their word counts (Commons Text). N-gram overlap alone misses a
 * reworded blend; quotations survive rewording.
 */
final class SourceOverlap {
    private static final int MIN_QUOTE_WORDS = 2;
    private static final int MAX_QUOTE_WORDS = 40;
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    /** One report read once: its quotations and words in matching form, and its whole text in that form. */
    record Read(String report, List<String> quotations, Map<CharSequence, Integer> words, String flat) {
        /** A report with no other in its event: nothing of it is compared. */
        static Read alone(String report) {
            return new Read(report, List.of(), Map.of(), " ");
        }
    }

    static Read read(Report r) {
        List<Token> tokens = Tokenizer.tokens(r.text());
        Map<CharSequence, Integer> words = new HashMap<>();
        StringBuilder flat = new StringBuilder(" ");
        for (Token t : tokens) {
            if (!t.isWord() && !t.isNumber()) continue;
            flat.append(t.norm()).append(' ');
            if (t.norm().length() >= 3) words.merge(t.norm(), 1, Integer::sum);
        }
        return new Read(r.id(), quotations(r.text()), words, flat.toString());
    }

    /** Words between quotation marks (“…”, "…", «…»), in matching form, between 2 and 40 words long. */
    static List<String> quotations(String text) {
        List<String> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '\u201c' || c == '\u00ab' || (c == '"' && open < 0);
            boolean closing = c == '\u201d' || c == '\u00bb' || (c == '"' && open >= 0);
            if (open >= 0 && closing) {
                StringBuilder q = new StringBuilder(" ");
                int n = 0;
                for (Token t : Tokenizer.tokens(text.substring(open + 1, i))) {
                    if (!t.isWord() && !t.isNumber()) continue;
                    q.append(t.norm()).append(' ');
                    n++;
                }
                if (n >= MIN_QUOTE_WORDS && n <= MAX_QUOTE_WORDS) out.add(q.toString());
                open = -1;
            } else if (opening) {
                open = i;
            } else if (c == '\n') {
                open = -1; // a quotation does not run over a paragraph break here
            }
        }
        return out;
    }

    /** How many of {@code a}'s quotations appear word for word in any of the others. */
    static int sharedQuotations(Read a, List<Read> others) {
        int n = 0;
        for (String q : a.quotations()) {
            for (Read o : others) {
                if (o != a && o.flat().contains(q)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static double similarity(Read a, Read b) {
        if (a.words().isEmpty() || b.words().isEmpty()) return 0;
        Double d = COSINE.cosineSimilarity(a.words(), b.words());
        return d == null || d.isNaN() ? 0 : d;
    }
}
