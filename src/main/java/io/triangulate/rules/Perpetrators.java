package io.triangulate.rules;

import java.util.List;
import java.util.TreeSet;

/**
 * Wording for perpetrator.drl's verdicts: the actors named (named groups before descriptions, which only stand
 * in when no group is named), the competing claims with who makes them, and the claim ids.
 */
public final class Perpetrators {
    private Perpetrators() {}

    public static String names(List<?> responsibility) {
        TreeSet<String> named = new TreeSet<>();
        TreeSet<String> described = new TreeSet<>();
        for (Object o : responsibility) {
            Responsibility r = (Responsibility) o;
            if (r.stance().equals("denied") && responsibility.size() > 1) continue;
            (r.descriptor() ? described : named).add(r.actor());
        }
        if (named.isEmpty()) named.addAll(described);
        if (named.isEmpty()) for (Object o : responsibility) named.add(((Responsibility) o).actor());
        return named.isEmpty() ? null : String.join(" / ", named);
    }

    /** "JNIM (claimed by JNIM)", "Boko Haram (attributed by authorities)". */
    public static List<String> claimants(List<?> responsibility) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : responsibility) out.add(((Responsibility) o).describe());
        return List.copyOf(out);
    }

    public static List<String> claims(List<?> responsibility) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : responsibility) out.add(((Responsibility) o).claim());
        return List.copyOf(out);
    }
}
