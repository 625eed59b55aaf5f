package io.triangulate.rules;

/**
 * The rules decided two mentions describe different events, and why: {@code firstSide} and {@code secondSide} say
 * how each mention reads ("Boulkessi, Sunday", "Bamako, Tuesday"), or are null when the reason is not the mentions
 * themselves ("kept apart by the analyst").
 */
public record SeparateEvent(String first, String second, String reason, String rule, String firstSide, String secondSide) {
    public SeparateEvent(String first, String second, String reason, String rule) {
        this(first, second, reason, rule, null, null);
    }

    /** Two mentions apart for what they say: each side in words that tell them apart (namesakes get their division). */
    public static SeparateEvent of(Mention a, Mention b, String rule) {
        String[] sides = a.sidesAgainst(b);
        return new SeparateEvent(a.id(), b.id(), sides[0] + " ≠ " + sides[1], rule, sides[0], sides[1]);
    }

    public boolean between(String a, String b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }

    /** The reason told from the side of the mentions in {@code side}: "this one ≠ the other". */
    public String reasonFrom(java.util.Collection<?> side) {
        if (firstSide == null) return reason;
        return side.contains(first) ? firstSide + " ≠ " + secondSide : secondSide + " ≠ " + firstSide;
    }
}
