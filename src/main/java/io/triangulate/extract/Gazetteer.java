package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.words.Normal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Place names to places: the compact GeoNames resource (CC BY 4.0) built by scripts/BuildGazetteer.java,
 * with the analysts' curated table on top (a curated name wins over GeoNames for that name in its country).
 */
public final class Gazetteer implements PlaceNames {
    /** The built-in places, and the names of countries and first-level divisions that places refer to, in file order. */
    record BuiltIn(PlaceNames names, Set<String> divisionWords, Map<String, String> countryNames, Map<String, String> admin1Names) {}

    /** A candidate for a name: the place, its population (0 when unknown), and whether it needs a locative cue. */
    public record Entry(Place place, long population, boolean needsCue, int featureRank, boolean alternate) {
        public Entry(Place place, long population, boolean needsCue, int featureRank) {
            this(place, population, needsCue, featureRank, false);
        }

        /** A row of the analysts' table (feature rank 5), not of GeoNames. */
        public boolean curated() {
            return featureRank == 5;
        }

        /** The same place found by one of its other names ("Soul" for Seoul, "Ariel" for Jerusalem): weaker evidence. */
        Entry asAlternate() {
            return new Entry(place, population, needsCue, featureRank, true);
        }
    }

    private static volatile BuiltIn builtIn;
    /**
     * The built-in gazetteer under this one, shared and never changed (null in the built-in one itself): a pipeline's
     * gazetteer holds only what its curated table and extra file add, not a copy of the 500,000 built-in names.
     */
    private final PlaceNames base;
    private final Map<String, List<Entry>> byName;
    private final Map<String, Place> byId;
    /** The most words of a name beginning with each first word: most words begin none, and are looked up no further. */
    private final Map<String, Integer> wordsFrom = new HashMap<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    /** The last words of divisions' names that the name goes without ("Borno State" is "Borno"), in matching form. */
    private Set<String> divisionWords = Set.of();

    private Gazetteer(PlaceNames base) {
        this.base = base;
        // The built-in one holds ~560,000 names of ~217,000 places: sized once, not grown by doubling.
        this.byName = base == null ? new HashMap<>(1 << 20) : new HashMap<>();
        this.byId = base == null ? new HashMap<>(1 << 19) : new HashMap<>();
    }

    /**
     * The built-in gazetteer, loaded once per JVM (again only if the tables' division words change). With an
     * {@code indexDir}, from the compact file there (made by the first load, then memory-mapped: BENCHMARKS.md,
     * "Start-up"); without one, or if that file cannot be made or read, from the resource.
     */
    private static BuiltIn builtIn(Set<String> divisionWords, Path indexDir) {
        BuiltIn b = builtIn;
        if (b == null || !b.divisionWords().equals(divisionWords)) {
            synchronized (Gazetteer.class) {
                if (builtIn == null || !builtIn.divisionWords().equals(divisionWords)) builtIn = GazetteerIndex.builtIn(divisionWords, indexDir);
                b = builtIn;
            }
        }
        return b;
    }

    /** The built-in gazetteer read from the resource into maps. */
    static BuiltIn eager(Gazetteer g) {
        return new BuiltIn(g, g.divisionWords, g.countryNames, g.admin1Names);
    }

    /** The resource's rows, in order: countries, then first-level divisions, then the rest. */
    static void eachRow(java.util.function.Consumer<String> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv.gz")) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing: run scripts/BuildGazetteer.java");
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.startsWith("id\t")) row.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gazetteer load(Set<String> divisionWords) {
        Gazetteer g = new Gazetteer(null);
        g.divisionWords = Set.copyOf(divisionWords);
        // One pass, each row made into its place as it is read (holding all rows first cost a third of the load in
        // garbage collection): the resource lists countries, then first-level divisions, then the rest, so the names
        // places refer to are known before them (scripts/BuildGazetteer.java writes it so; GazetteerTest checks).
        eachRow(line -> {
            String[] f = line.split("\t", -1);
            if (f[3].equals("PCLI")) g.countryNames.put(f[4], f[1]);
            else if (f[3].equals("ADM1")) g.admin1Names.put(f[4] + "." + f[5], f[1]);
            g.addRow(f);
        });
        return g;
    }

    /** The names and their places, for {@link GazetteerIndex} to write. */
    Map<String, List<Entry>> byName() {
        return byName;
    }

    /** The most words of a name beginning with each first word, for {@link GazetteerIndex} to write. */
    Map<String, Integer> firstWords() {
        return wordsFrom;
    }

    /** A row of the resource as the entry it makes (its place by its own name), given the names it refers to. */
    static Entry entryOf(String[] f, Map<String, String> countryNames, Map<String, String> admin1Names) {
        String feature = f[3];
        String cc = f[4];
        String a1 = f[5].isEmpty() ? null : cc + "." + f[5];
        Place place;
        int featureRank;
        if (feature.equals("PCLI")) {
            place = new Place(f[0], f[1], null, null, f[1], cc, null, null, "country", null);
            featureRank = 4;
        } else if (feature.equals("ADM1")) {
            place = new Place(f[0], f[1], f[1], a1, countryNames.get(cc), cc, null, null, "admin1", null);
            featureRank = 2;
        } else if (feature.equals("ADM2")) {
            place = new Place(f[0], f[1], a1 == null ? null : admin1Names.get(a1), a1, countryNames.get(cc), cc, null, null, "admin2", null,
                    a1 == null || f[10].isEmpty() ? null : a1 + "." + f[10]);
            featureRank = 0; // a town of the same name wins over its district ("Marib" the town, not the district)
        } else {
            // A part of a big city (the resource's last column names the city): a neighbourhood of it.
            String city = f.length > 11 && !f[11].isEmpty() ? f[11] : null;
            place = new Place(f[0], f[1], a1 == null ? null : admin1Names.get(a1), a1, countryNames.get(cc), cc,
                    parse(f[6]), parse(f[7]), city == null ? "city" : "neighbourhood", city == null ? f[0] : city,
                    a1 == null || f[10].isEmpty() ? null : a1 + "." + f[10]);
            featureRank = feature.equals("PPLC") ? 3 : feature.startsWith("PPLA") ? 2 : 1;
        }
        long pop = f[8].isEmpty() ? 0 : Long.parseLong(f[8]);
        // Small places, and one-word counties ("Lincoln"), need a locative cue; "Lincoln County" does not.
        boolean needsCue = "cities1000".equals(f[9]) || "admin2".equals(f[9]) && f[1].indexOf(' ') < 0;
        return new Entry(place, pop, needsCue, featureRank);
    }

    private void addRow(String[] f) {
        Entry e = entryOf(f, countryNames, admin1Names);
        Place place = e.place();
        String feature = f[3];
        byId.put(place.id(), place);
        index(f[1], e);
        if (!f[2].isEmpty()) for (String alt : f[2].split("\\|")) index(alt, e.asAlternate());
        // "Borno State" is also "Borno", "Cabo Delgado Province" also "Cabo Delgado".
        if (feature.equals("ADM1")) {
            int sp = f[1].lastIndexOf(' ');
            if (sp > 0 && divisionWords.contains(f[1].substring(sp + 1).toLowerCase(Locale.ROOT))) index(f[1].substring(0, sp), e);
        }
    }

    private void index(String name, Entry e) {
        editable(key(name)).add(e);
        // "Ma'rib" is written "Marib" too: index the name without its apostrophes (ʼ ‘ ’ ' ʻ).
        String bare = APOSTROPHES.matcher(name).replaceAll("");
        if (!bare.equals(name) && !key(bare).equals(key(name))) {
            List<Entry> list = editable(key(bare));
            if (!list.contains(e)) list.add(e);
        }
    }

    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2018\u2019\u02bb\u02bc`]");

    /** This gazetteer's own list of places named {@code key}, begun as a copy of the base's. */
    private List<Entry> editable(String key) {
        List<Entry> own = byName.get(key);
        if (own == null) {
            own = base == null ? new ArrayList<>(1) : new ArrayList<>(base.candidates(key));
            putName(key, own);
        }
        return own;
    }

    private void putName(String key, List<Entry> entries) {
        byName.put(key, entries);
        int space = key.indexOf(' ');
        int words = 1;
        for (int i = space; i >= 0; i = key.indexOf(' ', i + 1)) words++;
        wordsFrom.merge(space < 0 ? key : key.substring(0, space), words, Math::max);
    }

    /** The lookup form of a name: its tokens' matching forms joined by spaces, as text is read. */
    public static String key(String name) {
        // Names of plain letters and single spaces ("San Salvador") are their own key in lower case.
        boolean simple = !name.isEmpty() && name.charAt(0) != ' ' && name.charAt(name.length() - 1) != ' ';
        for (int i = 0; i < name.length() && simple; i++) {
            char c = name.charAt(i);
            simple = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' && name.charAt(i - 1) != ' ';
        }
        if (simple) return name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (io.triangulate.words.Token t : io.triangulate.words.Tokenizer.tokens(name)) {
            if (b.length() > 0) b.append(' ');
            b.append(t.norm());
        }
        return b.toString();
    }

    private static Double parse(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** The built-in places with the analysts' curated table on top. */
    public static Gazetteer withCurated(Lexicon lexicon) {
        return withCurated(lexicon, null);
    }

    /**
     * The built-in places, the populated places of a larger GeoNames file ({@code extra}: cities500.txt, a
     * country's file such as ML.txt, or allCountries.txt — the "geoname" table format, tab-separated) where
     * given, and the analysts' curated table on top of both. Places from the file under 15,000 people count
     * only after a locative cue, as the built-in small places do.
     */
    public static Gazetteer withCurated(Lexicon lexicon, Path extra) {
        return withCurated(lexicon, extra, null);
    }

    /** The same, the built-in places read from the compact file in {@code indexDir} (made there on first use) where given. */
    public static Gazetteer withCurated(Lexicon lexicon, Path extra, Path indexDir) {
        return over(builtIn(lexicon.words("division_word"), indexDir), lexicon, extra);
    }

    /** The analysts' places (and an extra file's) over the built-in ones, whichever form those are read in. */
    static Gazetteer over(BuiltIn base, Lexicon lexicon, Path extra) {
        Gazetteer g = new Gazetteer(base.names());
        g.divisionWords = base.divisionWords();
        g.admin1Names.putAll(base.admin1Names());
        g.countryNames.putAll(base.countryNames());
        if (extra != null) g.addGeoNames(extra);
        for (Lexicon.CuratedPlace c : lexicon.places()) g.addCurated(c);
        return g;
    }

    private static final int GEONAMES_COLUMNS = 15;

    private void addGeoNames(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < GEONAMES_COLUMNS) {
                    throw new io.triangulate.lexicon.TableException(name, n, "not a GeoNames row: " + f.length + " columns, expected 19");
                }
                if (!f[6].equals("P") || place(f[0]) != null) continue; // populated places we do not have yet
                String cc = f[8];
                String a1 = f[10].isEmpty() ? null : cc + "." + f[10];
                long pop;
                Double lat;
                Double lon;
                try {
                    pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                    lat = parse(f[4]);
                    lon = parse(f[5]);
                } catch (NumberFormatException e) {
                    throw new io.triangulate.lexicon.TableException(name, n, "not a number: " + e.getMessage());
                }
                Place place = new Place(f[0], f[1], a1 == null ? null : admin1Names.get(a1), a1, countryNames.get(cc), cc, lat, lon, "city", f[0],
                        a1 == null || f[11].isEmpty() ? null : a1 + "." + f[11]);
                int rank = f[7].equals("PPLC") ? 3 : f[7].startsWith("PPLA") ? 2 : 1;
                Entry e = new Entry(place, pop, pop < 15_000, rank);
                byId.put(place.id(), place);
                index(f[1], e);
                if (!f[2].equals(f[1])) index(f[2], e);
                for (String alt : f[3].isEmpty() ? new String[0] : f[3].split(",")) index(alt, e.asAlternate());
            }
        } catch (IOException e) {
            throw new io.triangulate.lexicon.TableException(name, 0, "cannot read: " + e.getMessage());
        }
    }

    private void addCurated(Lexicon.CuratedPlace c) {
        String cc = c.country().toUpperCase(Locale.ROOT);
        String countryName = countryNames.getOrDefault(cc, c.country());
        Place place;
        String division = c.precision().equals("admin1") ? admin1CodeOf(c.admin1().isEmpty() ? c.name() : c.admin1(), cc) : null;
        if (c.precision().equals("country")) {
            Place known = place("C:" + cc);
            place = known != null ? known : new Place("C:" + cc, c.name(), null, null, c.name(), cc, null, null, "country", null);
        } else if (division != null && place("A:" + division) != null) {
            // Another name of a division GeoNames knows ("Nord-Kivu" for North Kivu): the same place, by this name too.
            place = place("A:" + division);
        } else {
            Place parent = c.parent().isEmpty() ? null : lookupCity(c.parent(), cc);
            if (!c.parent().isEmpty() && parent == null) {
                throw new io.triangulate.lexicon.TableException(c.file(), c.line(), "parent '" + c.parent() + "' is not a known city in " + cc);
            }
            String a1Code = parent != null ? parent.admin1Code() : admin1CodeOf(c.admin1(), cc);
            String a1Name = a1Code == null ? (c.admin1().isEmpty() ? null : c.admin1()) : admin1Names.get(a1Code);
            String id = "P:" + Normal.form(c.name()).replace(' ', '-') + "." + cc;
            boolean city = c.precision().equals("city");
            place = new Place(id, c.name(), a1Name, a1Code, countryName, cc, c.lat(), c.lon(), c.precision(),
                    city ? id : parent == null ? null : parent.cityId());
        }
        byId.put(place.id(), place);
        // A curated row replaces GeoNames' places of that name in its country (Faladié the Bamako neighbourhood,
        // not the village); places of the same name elsewhere (Palma in Spain) stay candidates.
        Entry e = new Entry(place, 0, false, 5);
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.name());
        for (String n : names) {
            List<Entry> kept = new ArrayList<>();
            for (Entry old : candidates(key(n))) {
                if (!old.place().countryCode().equals(cc)) kept.add(old);
            }
            kept.add(e);
            putName(key(n), new ArrayList<>(kept));
        }
    }

    private Place lookupCity(String name, String cc) {
        Place best = null;
        long pop = -1;
        for (Entry e : candidates(key(name))) {
            if (e.place().countryCode().equals(cc) && e.place().precision().equals("city") && e.population() > pop) {
                best = e.place();
                pop = e.population();
            }
        }
        return best;
    }

    private String admin1CodeOf(String name, String cc) {
        if (name.isEmpty()) return null;
        for (Map.Entry<String, String> a : admin1Names.entrySet()) {
            if (a.getKey().startsWith(cc + ".") && withoutDivisionWord(a.getValue()).equals(withoutDivisionWord(name))) return a.getKey();
        }
        return null;
    }

    /** "Cabo Delgado Province" and "Cabo Delgado" are one division. */
    private String withoutDivisionWord(String name) {
        String n = Normal.form(name);
        int sp = n.lastIndexOf(' ');
        return sp > 0 && divisionWords.contains(n.substring(sp + 1)) ? n.substring(0, sp) : n;
    }

    @Override
    public List<Entry> candidates(String normName) {
        List<Entry> own = byName.get(normName);
        if (own != null) return own;
        return base == null ? List.of() : base.candidates(normName);
    }

    /**
     * The places named by tokens [from, to) of a sentence. Most words begin no name of that many words, and are
     * answered without building the name's key.
     */
    public List<Entry> candidates(List<io.triangulate.words.Token> tokens, int from, int to) {
        if (to - from > wordsFrom(tokens.get(from).norm())) return List.of();
        if (to - from == 1) return candidates(tokens.get(from).norm());
        StringBuilder b = new StringBuilder(tokens.get(from).norm());
        for (int k = from + 1; k < to; k++) b.append(' ').append(tokens.get(k).norm());
        return candidates(b.toString());
    }

    @Override
    public int wordsFrom(String firstWord) {
        int own = wordsFrom.getOrDefault(firstWord, 0);
        return base == null ? own : Math.max(own, base.wordsFrom(firstWord));
    }

    @Override
    public Place place(String id) {
        Place own = byId.get(id);
        if (own != null || base == null) return own;
        return base.place(id);
    }

    public Place country(String countryCode) {
        return place("C:" + countryCode);
    }
}
