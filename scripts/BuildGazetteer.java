// Builds Triangulate's compact gazetteer resource from the GeoNames files in ../shared/gazetteer/.
// Run from the project root:  java scripts/BuildGazetteer.java ../shared/gazetteer
// Output: src/main/resources/io/triangulate/extract/gazetteer.tsv.gz (committed, so a clone needs nothing else).
// Data: GeoNames (https://www.geonames.org), CC BY 4.0.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.*;
import java.util.zip.GZIPOutputStream;

public class BuildGazetteer {
    // Flat JSON objects of string values, as the GeoNames JSON files hold: {"name": "...", "lat": "..."}.
    static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)\\}");
    static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/gazetteer");
        Path out = Path.of("src/main/resources/io/triangulate/extract/gazetteer.tsv.gz");
        List<String> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Countries: ISO 3166 names from the JDK.
        for (String cc : Locale.getISOCountries()) {
            String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            String fr = new Locale("", cc).getDisplayCountry(Locale.FRENCH);
            rows.add(String.join("\t", "C:" + cc, name, alternates(name, List.of(fr)), "PCLI", cc, "", "", "", "0", "country", ""));
        }
        // First-level divisions.
        for (Map<String, String> a : objects(Files.readString(dir.resolve("geonames-admin1.json")))) {
            String code = a.get("code");
            String[] p = code.split("\\.");
            if (p.length != 2) continue;
            rows.add(String.join("\t", "A:" + code, a.get("name"), "", "ADM1", p[0], p[1], "", "", "0", "admin1", ""));
        }
        // Second-level divisions (counties, cercles, departments' municipalities): names only.
        for (Map<String, String> a : objects(Files.readString(dir.resolve("geonames-admin2.json")))) {
            String code = a.get("code");
            String[] p = code.split("\\.");
            if (p.length != 3 || a.get("name") == null || !latin(a.get("name"))) continue;
            rows.add(String.join("\t", "B:" + code, a.get("name"), "", "ADM2", p[0], p[1], "", "", "0", "admin2", p[2]));
        }
        // The 15,000+ file is a 2012 snapshot: where a country has redrawn its provinces since (the DRC in 2015: Bunia is
        // in Ituri, no longer in Orientale), its division codes name none of today's; the 1,000+ file has the new ones.
        Set<String> knownAdmin1 = new HashSet<>();
        for (Map<String, String> a : objects(Files.readString(dir.resolve("geonames-admin1.json")))) knownAdmin1.add(a.get("code"));
        List<Map<String, String>> cities1000 = objects(Files.readString(dir.resolve("geonames-cities1000.json")));
        Map<String, List<Map<String, String>>> byNameAndCountry = new HashMap<>();
        for (Map<String, String> c : cities1000) {
            if (c.get("name") != null) byNameAndCountry.computeIfAbsent(norm(c.get("name")) + "|" + c.get("country"), k -> new ArrayList<>()).add(c);
        }
        // Places of 15,000+ with population and alternate names.
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("geonames-cities15000.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                if (!knownAdmin1.contains(f[8] + "." + f[10])) {
                    for (Map<String, String> c : byNameAndCountry.getOrDefault(norm(f[1]) + "|" + f[8], List.of())) {
                        boolean near = Math.abs(Double.parseDouble(c.get("lat")) - Double.parseDouble(f[4])) < 0.1
                                && Math.abs(Double.parseDouble(c.get("lng")) - Double.parseDouble(f[5])) < 0.1;
                        if (near && knownAdmin1.contains(f[8] + "." + c.get("admin1"))) {
                            f[10] = c.get("admin1");
                            f[11] = c.getOrDefault("admin2", "");
                            break;
                        }
                    }
                }
                seen.add(key(f[1], f[8], f[10]));
                rows.add(String.join("\t", f[0], f[1], alternates(f[1], Arrays.asList(f[3].split(","))), f[7], f[8], f[10],
                        f[4], f[5], f[14], "cities15000", f[11]));
            }
        }
        // Places of 1,000+: names only; they count in text only after a locative cue ("in", "town of").
        int n = 0;
        for (Map<String, String> c : cities1000) {
            String name = c.get("name");
            if (name == null || !seen.add(key(name, c.get("country"), c.get("admin1")))) continue;
            if (!latin(name)) continue;
            rows.add(String.join("\t", "S" + (n++), name, "", "PPL", c.get("country"), c.getOrDefault("admin1", ""),
                    c.get("lat"), c.get("lng"), "", "cities1000", c.getOrDefault("admin2", "")));
        }
        // Parts of big cities: a place of under 50,000 (or of unknown size) within 10 km of the centre of a city of
        // 300,000 or more in the same first-level division is one of its neighbourhoods ("Logan Square", Chicago):
        // its last column names that city.
        List<String[]> big = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            if (f[8].isEmpty() || f[6].isEmpty() || !f[3].startsWith("PPL")) continue;
            if (Long.parseLong(f[8]) >= 300_000) big.add(f);
        }
        List<String> withCity = new ArrayList<>();
        int parts = 0;
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            String city = "";
            boolean small = f[8].isEmpty() || f[8].equals("0") || Long.parseLong(f[8]) < 50_000;
            if (f[3].startsWith("PPL") && small && !f[6].isEmpty()) {
                double lat = Double.parseDouble(f[6]), lon = Double.parseDouble(f[7]);
                double nearest = 10.0;
                for (String[] b : big) {
                    if (b[0].equals(f[0]) || !b[4].equals(f[4]) || !b[5].equals(f[5])) continue;
                    double d = km(lat, lon, Double.parseDouble(b[6]), Double.parseDouble(b[7]));
                    if (d <= nearest) {
                        nearest = d;
                        city = b[0];
                    }
                }
            }
            if (!city.isEmpty()) parts++;
            withCity.add(row + "\t" + city);
        }
        Files.createDirectories(out.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Derived from GeoNames (https://www.geonames.org), CC BY 4.0, by scripts/BuildGazetteer.java\n");
            w.write("id\tname\talternates\tfeature\tcountry\tadmin1\tlat\tlon\tpopulation\tsource\tadmin2\tcity\n");
            for (String row : withCity) w.write(row + "\n");
        }
        System.out.println(parts + " places are parts of a big city");
        System.out.println("wrote " + rows.size() + " places to " + out + " (" + Files.size(out) + " bytes)");
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2), dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    static String key(String name, String cc, String admin1) {
        return norm(name) + "|" + cc + "|" + admin1;
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static boolean latin(String s) {
        String n = norm(s);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c >= 'a' && c <= 'z') && " -'.()".indexOf(c) < 0) return false;
        }
        return n.chars().filter(Character::isLetter).count() >= 3;
    }

    /** Alternate names worth matching in text: Latin script, 3+ letters, not an airport code, distinct. */
    static String alternates(String name, List<String> alts) {
        Set<String> norms = new HashSet<>(List.of(norm(name)));
        List<String> keep = new ArrayList<>();
        for (String a : alts) {
            String t = a.strip();
            if (t.isEmpty() || !latin(t) || t.equals(t.toUpperCase(Locale.ROOT)) || t.equals(t.toLowerCase(Locale.ROOT)) || t.length() > 40) continue;
            if (norms.add(norm(t))) keep.add(t);
        }
        return String.join("|", keep);
    }

    static List<Map<String, String>> objects(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = OBJECT.matcher(json);
        while (m.find()) {
            Map<String, String> o = new HashMap<>();
            Matcher f = FIELD.matcher(m.group(1));
            while (f.find()) o.put(f.group(1), unescape(f.group(2)));
            out.add(o);
        }
        return out;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                if (d == 'u' && i + 4 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else b.append(d);
            } else b.append(c);
        }
        return b.toString();
    }
}
