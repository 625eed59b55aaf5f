package io.triangulate.rules;

/**
 * A claim another one stands for: a toll a later claim revised upward (it does not conflict with its revision), or,
 * with {@code part}, a count of some of the people the other counts ("one man was shot" beside "four were shot"),
 * which conflicts with nothing. Either way it no longer sets figures.
 */
public record Superseded(String event, String claim, String by, String rule, boolean part) {
    public Superseded(String event, String claim, String by, String rule) {
        this(event, claim, by, rule, false);
    }
}
