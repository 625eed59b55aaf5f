package io.triangulate.eval;

import io.triangulate.eval.Corpus.PlaceName;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;
import io.triangulate.words.Normal;

import java.util.List;

/**
 * Whether an event's place is the one a label gives: a GVA-style name with its state and country, or a MUC location
 * path. Two spellings of one place match ("St. Louis" and "Saint Louis", "Lima" and "Lima Province"), and a part of a
 * city matches its city.
 */
final class GoldPlace {
    private final Gazetteer gazetteer;

    GoldPlace(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The event's place is the labelled one, or a neighbourhood of it ("Logan Square" in a "Chicago" incident). */
    boolean matches(Place p, PlaceName gold) {
        if (named(p, gold)) return true;
        Place city = p == null || p.cityId() == null || p.cityId().equals(p.id()) ? null : gazetteer.place(p.cityId());
        return city != null && named(city, gold);
    }

    /** The place is the labelled one: the same name, in the same state where both say. */
    static boolean named(Place p, PlaceName gold) {
        if (p == null || gold == null || gold.name() == null) return false;
        if (gold.country() != null && p.countryCode() != null && !gold.country().equalsIgnoreCase(p.countryCode())) return false;
        if (gold.admin1() != null && p.admin1() != null && !sameDivision(gold.admin1(), p.admin1())
                && !name(gold.name()).equals(name(gold.admin1()))) return false;
        // GVA writes a part of a city in brackets: "Chicago (Englewood)", "Reading (Sinking Spring)"; either is right.
        String g = gold.name();
        int open = g.indexOf('(');
        List<String> wants = open > 0 && g.endsWith(")") ? List.of(name(g.substring(0, open)), name(g.substring(open + 1, g.length() - 1)))
                : List.of(name(g));
        for (String want : wants) {
            if (want.equals(name(p.name())) || p.precision().equals("admin1") && want.equals(name(p.admin1()))) return true;
        }
        return false;
    }

    /** "Francisco Morazan" and "Francisco Morazán Department", "Lima" and "Lima Province" are one division. */
    static boolean sameDivision(String a, String b) {
        String x = division(a);
        String y = division(b);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static String division(String s) {
        String n = name(s);
        for (String w : List.of(" department", " province", " region", " state", " district", " governorate", " dc", " d c")) {
            if (n.endsWith(w)) n = n.substring(0, n.length() - w.length());
        }
        for (String w : List.of("departamento de ", "department of ", "provincia de ", "region ")) {
            if (n.startsWith(w)) n = n.substring(w.length());
        }
        return n.strip();
    }

    /** A MUC location path ("EL SALVADOR", "SAN MIGUEL", "SAN LUIS DE LA REINA"): the event's place is its finest part. */
    boolean matches(Place p, List<String> path) {
        if (onPath(p, path)) return true;
        Place city = p == null || p.cityId() == null || p.cityId().equals(p.id()) ? null : gazetteer.place(p.cityId());
        return city != null && onPath(city, path);
    }

    static boolean onPath(Place p, List<String> path) {
        if (p == null || path.isEmpty()) return false;
        String finest = name(path.get(path.size() - 1));
        return finest.equals(name(p.name())) || path.size() == 1 && p.precision().equals("country") && finest.equals(name(p.country()));
    }

    /** A place name in a form two spellings share: lower case, no accents, no "county"/"city of", "st." = "saint". */
    static String name(String s) {
        if (s == null) return "";
        String n = Normal.form(s).replace('-', ' ').replace(".", "").replaceAll("\\s+", " ").strip();
        if (n.startsWith("city of ")) n = n.substring(8);
        if (n.startsWith("borough of ")) n = n.substring(11);
        if (n.startsWith("town of ")) n = n.substring(8);
        for (String suffix : List.of(" county", " parish", " township", " city", " (county)")) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) n = n.substring(0, n.length() - suffix.length());
        }
        if (n.startsWith("st ")) n = "saint " + n.substring(3);
        if (n.startsWith("ft ")) n = "fort " + n.substring(3);
        return n;
    }
}
