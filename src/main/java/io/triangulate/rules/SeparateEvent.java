package io.triangulate.rules;

/** The rules decided two mentions describe different events, and why ("Boulkessi, Sunday ≠ Bamako, Tuesday"). */
public record SeparateEvent(String first, String second, String reason, String rule) {
    public boolean between(String a, String b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }
}
