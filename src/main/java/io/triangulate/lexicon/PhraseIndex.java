package io.triangulate.lexicon;

import io.triangulate.words.Token;
import io.triangulate.words.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of a table, matched on token sequences (longest first). Matching walks a trie, so it costs
 * at most the longest phrase's length per position: linear in the text, whatever the table holds.
 */
public final class PhraseIndex<V> {
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    /** A phrase found at tokens [from, to). */
    public record Match<V>(int from, int to, V value) {}

    public void add(String phrase, V value) {
        Node<V> n = root;
        for (Token t : Tokenizer.tokens(phrase)) {
            n = n.next.computeIfAbsent(t.norm(), k -> new Node<>());
        }
        if (n != root && n.value == null) n.value = value; // the first row for a phrase wins
    }

    /** The longest phrase starting at token {@code from}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size(); i++) {
            n = n.next.get(tokens.get(i).norm());
            if (n == null) break;
            if (n.value != null) best = new Match<>(from, i + 1, n.value);
        }
        return best;
    }

    /** Every longest match, scanning left to right without overlaps. */
    public List<Match<V>> findAll(List<Token> tokens) {
        java.util.ArrayList<Match<V>> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    public boolean containsIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (longestAt(tokens, i) != null) return true;
        }
        return false;
    }
}
