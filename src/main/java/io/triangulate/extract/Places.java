package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds place names in a sentence: runs of capitalised words looked up in the gazetteer. Among places of the
 * same name, one in a country the report names wins, then the larger ({@link Namesakes}). A name that is also an
 * ordinary word of the report ("Police"), or a small place from the 1,000+ list, counts only after a locative cue.
 * A place named for an agency, a residence or a hospital is marked incidental ({@link IncidentalPlaces}).
 */
final class Places {
    private static final int MAX_WORDS = 5;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Settlements settlements;
    private final IncidentalPlaces incidental;
    /** Abbreviations of divisions, read after a comma: "Towson, Md.", "SAVANNAH, GA". */
    private final PhraseIndex<List<Place>> aliases = new PhraseIndex<>();

    Places(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.settlements = new Settlements(gazetteer, lexicon);
        this.incidental = new IncidentalPlaces(lexicon);
        java.util.Map<String, List<Place>> byAlias = new java.util.LinkedHashMap<>();
        for (Lexicon.PlaceAlias a : lexicon.placeAliases()) {
            for (Gazetteer.Entry e : gazetteer.candidates(Gazetteer.key(a.name()))) {
                Place p = e.place();
                if (p.precision().equals(a.precision()) && p.countryCode().equalsIgnoreCase(a.country())) {
                    byAlias.computeIfAbsent(a.alias(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        byAlias.forEach((alias, found) -> aliases.add(alias, List.copyOf(found)));
    }

    /**
     * A place named at tokens [from, to). {@code incidental}: named for something else than where the event
     * happened — an institution ("Chicago police", "the Kern County Sheriff's Office"), a residence ("a Pocatello
     * man", "Shaw, 37, of St. Albans"), a hospital ("taken to a hospital in Putnam").
     */
    record Found(Place place, int from, int to, boolean cued, boolean incidental, boolean dateline, boolean agency) {}

    /**
     * The countries and first-level divisions (states, provinces) a report names: places inside them win.
     * {@code admin1s}: divisions the report names or its places imply, preferred among namesakes; {@code stated}: those
     * it names itself, outside which only big cities count; {@code group}: the region of the report's analyst group.
     */
    record Context(Set<String> countries, Set<String> admin1s, Set<String> stated, Set<String> group) {
        Context(Set<String> countries, Set<String> admin1s, Set<String> stated) {
            this(countries, admin1s, stated, Set.of());
        }

        /**
         * Where the report names no division and no other country, its group's region is preferred among namesakes
         * ("Clearwater" in South Carolina), and small towns elsewhere count only after a cue (a group may hold several
         * events: "the town of Boulikessi" beside reports from Bamako).
         */
        Context within(Region group) {
            if (group.isEmpty() || !stated.isEmpty()) return this;
            if (!countries.isEmpty() && countries.stream().noneMatch(group.countries()::contains)) return this;
            Set<String> all = new java.util.TreeSet<>(countries);
            all.addAll(group.countries());
            return new Context(Set.copyOf(all), group.admin1s(), stated, group.admin1s());
        }
    }

    /**
     * What a report says of where it is: countries by name; first-level divisions followed by their kind
     * ("Borno state"), after a place and a comma ("Savannah, Georgia", "Towson, Md."), or named on their own
     * when no country bears the name ("Connecticut State Police"). A division brings its country.
     */
    Context context(List<List<Token>> sentences, List<boolean[]> people) {
        Set<String> countries = new java.util.TreeSet<>();
        Set<String> admin1s = new java.util.TreeSet<>();
        // "Georgia" alone: a country, or a state of the country the report's other places are in; decided after them.
        java.util.Map<String, List<Place>> countryOrDivision = new java.util.TreeMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            boolean[] person = people.get(s).clone();
            // Names of armed groups and words that are no places ("IS Sahel", "Sahel") say nothing of where a report is.
            for (var m : lexicon.actors().findAll(tokens)) for (int k = m.from(); k < m.to(); k++) person[k] = true;
            for (var m : lexicon.notPlaces().findAll(tokens)) {
                // "South" alone is no place, but "South Carolina" names a state.
                if (longerName(tokens, m.from(), m.to())) continue;
                for (int k = m.from(); k < m.to(); k++) person[k] = true;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (person[i]) continue;
                boolean afterPlace = i >= 2 && tokens.get(i - 1).is(",") && tokens.get(i - 2).capitalised();
                if (afterPlace) {
                    for (Place a : aliasesAt(tokens, i)) {
                        admin1s.add(a.admin1Code());
                        countries.add(a.countryCode());
                    }
                }
                // The longest name here only: "Three Rivers" is a town, not Nigeria's Rivers State.
                int longest = 0;
                List<Gazetteer.Entry> found = List.of();
                for (int n = 3; n >= 1 && longest == 0; n--) {
                    if (i + n > tokens.size()) continue;
                    found = gazetteer.candidates(tokens, i, i + n);
                    if (!found.isEmpty()) longest = n;
                }
                for (int n = longest; n >= 1 && n == longest; n--) {
                    boolean region = i + n < tokens.size() && lexicon.is(tokens.get(i + n), "region_word")
                            || n > 1 && lexicon.is(tokens.get(i + n - 1), "region_word") || lexicon.endsAt(tokens, i, "division_before", 1, 4);
                    boolean country = found.stream().anyMatch(e -> e.place().precision().equals("country") && !e.alternate());
                    // "Manchester" is the city before it is Jamaica's parish, "Gao" the town before its region: a division named
                    // alone counts only if no big city anywhere, and no town in its own country, bears its name.
                    boolean bigCity = found.stream().anyMatch(e -> e.place().precision().equals("city") && e.population() >= 100_000);
                    // "Waynesboro, Georgia": after a place and a comma, the division or country that holds that place.
                    List<Place> before = afterPlace ? placesEndingAt(tokens, i - 1) : List.of();
                    boolean holds = found.stream().anyMatch(e -> before.stream().anyMatch(b -> e.place().contains(b) && !e.place().id().equals(b.id())));
                    List<Place> divisions = found.stream().filter(e -> e.place().precision().equals("admin1") && !e.alternate())
                            .map(Gazetteer.Entry::place).toList();
                    if (country && !holds && !region && !divisions.isEmpty() && tokens.get(i).capitalised()) {
                        countryOrDivision.put(join(tokens, i, i + n), divisions);
                        continue;
                    }
                    for (Gazetteer.Entry e : found) {
                        String precision = e.place().precision();
                        if (holds) {
                            if (before.stream().anyMatch(b -> e.place().contains(b) && !e.place().id().equals(b.id()))) {
                                if (precision.equals("admin1")) admin1s.add(e.place().admin1Code());
                                countries.add(e.place().countryCode());
                            }
                            continue;
                        }
                        boolean townOfItsName = found.stream().anyMatch(o -> o.place().precision().equals("city")
                                && o.place().countryCode().equals(e.place().countryCode()));
                        if (precision.equals("admin1") && !e.alternate() && tokens.get(i).capitalised()
                                && (region || afterPlace && !country || !country && !bigCity && !townOfItsName && (n > 1 || tokens.get(i).raw().length() > 4))) {
                            admin1s.add(e.place().admin1Code());
                            countries.add(e.place().countryCode());
                        } else if (precision.equals("country") && !e.alternate()) {
                            countries.add(e.place().countryCode());
                        } else if (precision.equals("admin2") && n > 1 && lexicon.is(tokens.get(i + n - 1), "county_word")
                                && found.stream().filter(o -> o.place().precision().equals("admin2")).count() == 1) {
                            // "Tulare County": a county only one state has says where the report is.
                            countries.add(e.place().countryCode());
                        }
                    }
                }
                if (longest > 1) i += longest - 1;
            }
        }
        if (!countryOrDivision.isEmpty()) {
            // The other places decide: "Albany" and "Georgia" together are Georgia the state.
            Set<String> around = countries.isEmpty() ? implied(sentences, people, new java.util.TreeSet<>(), countryOrDivision.keySet()) : countries;
            countryOrDivision.forEach((name, divisions) -> {
                List<Place> inside = divisions.stream().filter(d -> around.contains(d.countryCode())).toList();
                if (inside.size() == 1) {
                    admin1s.add(inside.get(0).admin1Code());
                    countries.add(inside.get(0).countryCode());
                } else {
                    gazetteer.candidates(name).stream().filter(e -> e.place().precision().equals("country") && !e.alternate())
                            .forEach(e -> countries.add(e.place().countryCode()));
                }
            });
        }
        Set<String> stated = Set.copyOf(admin1s);
        if (countries.isEmpty()) countries.addAll(implied(sentences, people, admin1s, Set.of()));
        return new Context(Set.copyOf(countries), Set.copyOf(admin1s), stated);
    }

    /**
     * A report that names no country still tells where it is by its places taken together: the country where
     * most of its place names have a namesake ("Detroit", "Ardmore", "Michigan" → US), and the division there
     * that most of them share. Named once each; the winner must lead by a name. One sense per report.
     */
    private Set<String> implied(List<List<Token>> sentences, List<boolean[]> people, Set<String> admin1s, Set<String> leaveOut) {
        java.util.Map<String, java.util.Map<String, Double>> byCountry = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Map<String, Double>> byAdmin1 = new java.util.TreeMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (people.get(s)[i] || !tokens.get(i).isWord() || !tokens.get(i).capitalised()) continue;
                for (int n = 1; n <= 3 && i + n <= tokens.size(); n++) {
                    List<Gazetteer.Entry> named = gazetteer.candidates(tokens, i, i + n);
                    if (named.isEmpty()) continue;
                    String name = join(tokens, i, i + n);
                    if (leaveOut.contains(name)) continue;
                    for (Gazetteer.Entry e : named) {
                        if (e.alternate() || e.needsCue()) continue;
                        // A big city says more about where a report is than a hamlet of the same name.
                        double weight = 1 + Math.log10(1 + e.population() / 10_000.0);
                        byCountry.computeIfAbsent(e.place().countryCode(), k -> new java.util.HashMap<>()).merge(name, weight, Math::max);
                        if (e.place().admin1Code() != null) {
                            byAdmin1.computeIfAbsent(e.place().admin1Code(), k -> new java.util.HashMap<>()).merge(name, weight, Math::max);
                        }
                    }
                }
            }
        }
        String best = leader(byCountry);
        if (best == null) return Set.of();
        java.util.Map<String, java.util.Map<String, Double>> inCountry = new java.util.TreeMap<>();
        byAdmin1.forEach((a, names) -> { if (a.startsWith(best + ".")) inCountry.put(a, names); });
        String admin1 = leader(inCountry);
        if (admin1 != null && admin1s.isEmpty()) admin1s.add(admin1);
        return Set.of(best);
    }

    /** The key whose names weigh most (two names, or one big city), clearly more than any other; null if none leads. */
    private static String leader(java.util.Map<String, java.util.Map<String, Double>> names) {
        String best = null;
        double top = 0;
        double second = 0;
        for (java.util.Map.Entry<String, java.util.Map<String, Double>> e : names.entrySet()) {
            double w = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            // One name is enough when it is a city of 100,000 or more ("San Antonio"); else two names are needed.
            if (e.getValue().size() < 2 && w < 2) continue;
            if (w > top) {
                second = top;
                top = w;
                best = e.getKey();
            } else if (w > second) {
                second = w;
            }
        }
        return best != null && top > second * 1.5 ? best : null;
    }

    /** Tokens [from, to) are joined by a hyphen to a capitalised word before or after them, as part of one longer name. */
    private static boolean inCompound(List<Token> tokens, int from, int to) {
        boolean joinedBefore = tokens.get(from).hyphenated() && from > 0 && tokens.get(from - 1).isWord() && tokens.get(from - 1).capitalised();
        boolean joinedAfter = to < tokens.size() && tokens.get(to).hyphenated() && tokens.get(to).isWord() && tokens.get(to).capitalised();
        return joinedBefore || joinedAfter;
    }

    /** The places whose names end right before token {@code end} (one to three words). */
    private List<Place> placesEndingAt(List<Token> tokens, int end) {
        List<Place> out = new ArrayList<>();
        for (int n = 1; n <= 3 && end - n >= 0; n++) {
            for (Gazetteer.Entry e : gazetteer.candidates(tokens, end - n, end)) out.add(e.place());
        }
        return out;
    }

    /** A place's name of more words than [from, to) starts at {@code from} ("South Carolina" over "South"). */
    private boolean longerName(List<Token> tokens, int from, int to) {
        for (int n = to - from + 1; n <= to - from + 2 && from + n <= tokens.size(); n++) {
            if (tokens.get(from + n - 1).capitalised() && !gazetteer.candidates(tokens, from, from + n).isEmpty()) return true;
        }
        return false;
    }

    /** The first-level divisions an abbreviation at token i stands for ("Md.", "N.C.", "GA"). */
    private List<Place> aliasesAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).capitalised()) return List.of(); // "or" is no Oregon
        PhraseIndex.Match<List<Place>> m = aliases.longestAt(tokens, i);
        return m == null ? List.of() : m.value();
    }

    /** The name of the first country the report names, for "the army" of that country; null if none. */
    String firstCountryName(List<List<Token>> sentences) {
        for (List<Token> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).capitalised()) continue;
                for (int n = 3; n >= 1; n--) {
                    if (i + n > tokens.size()) continue;
                    for (Gazetteer.Entry e : gazetteer.candidates(tokens, i, i + n)) {
                        if (e.place().precision().equals("country")) return e.place().name();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The places a sentence names. In an ALL-CAPS sentence (wire and radio transcripts) capitals say nothing,
     * so a name other than a country's counts only after a locative cue or where {@code cued} marks it (a dateline).
     */
    List<Found> find(List<Token> tokens, Context context, Set<String> ordinaryWords, boolean[] masked, boolean allCaps, boolean[] cued) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.capitalised() || masked[i]) {
                i++;
                continue;
            }
            Found best = null;
            for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
                if (!tokens.get(i + n - 1).isWord() || masked[i + n - 1]) continue;
                // Most spans name no place: nothing below can find one there.
                List<Gazetteer.Entry> all = gazetteer.candidates(tokens, i, i + n);
                if (all.isEmpty()) continue;
                // A word that is no place on its own ("North", "West") may still open one ("North Carolina").
                PhraseIndex.Match<Boolean> notPlace = lexicon.notPlaces().longestAt(tokens, i);
                if (notPlace != null && notPlace.to() >= i + n) continue;
                // "Beni-Mbau", "Beu-Manyama": a part of a name joined by hyphens is not the place its part names.
                if (inCompound(tokens, i, i + n)) continue;
                String name = join(tokens, i, i + n);
                // "in Gao", "in the Tillaberi region", "près de Fada" ("at the Union offices" is no place).
                boolean division = i + n < tokens.size() && lexicon.is(tokens.get(i + n), "region_word")
                        || n > 1 && lexicon.is(tokens.get(i + n - 1), "region_word");
                int before = i > 1 && lexicon.is(tokens.get(i - 1), "definite_article") && division ? i - 1 : i;
                // "the town of X", a dateline: the report points at a place, more than a locative word does.
                boolean pointed = cued[i] || i > 1 && lexicon.is(tokens.get(i - 1), "genitive") && lexicon.is(tokens.get(i - 2), "kind_of_place");
                boolean cue = pointed || before > 0 && (lexicon.plays(tokens, before - 1, "locative") || lexicon.endsAt(tokens, before, "locative", 2, 3));
                // "Gao region", or, where the word stands before the name, "the province of Kunar", "le territoire de Djugu".
                boolean region = i + n < tokens.size() && lexicon.is(tokens.get(i + n), "region_word") || lexicon.endsAt(tokens, i, "division_before", 1, 4);
                // "Washington Street", "Madison Avenue": a street, not the town.
                if (lexicon.plays(tokens, i + n, "street")) continue;
                // "the Adamsville neighborhood": a part of the town the story is in, not a namesake town elsewhere.
                if (lexicon.plays(tokens, i + n, "neighbourhood") && all.stream().noneMatch(e -> e.place().precision().equals("neighbourhood"))) continue;
                List<Gazetteer.Entry> candidates = narrowedByWhatFollows(all, tokens, i + n);
                // A division named right after ("Jackson, Tennessee") vouches for its place, wherever the report is.
                boolean stated = candidates.size() < all.size() || statedDivision(tokens, i + n, candidates);
                // A small place named by the word that opens a sentence ("More than 70 …", "Police said …") needs a cue.
                boolean agency = incidental.agency(tokens, i + n);
                boolean opening = i == 0 && n == 1 && !agency; // "Alma police say …" is a name
                // "Alma police say": a town with its own police is named as a town, as after "in".
                Place p = Namesakes.choose(name, candidates, context, cue || agency, pointed, allCaps || n == 1 && ordinaryWords.contains(name), region, opening, stated);
                if (p != null) {
                    // "near Menaka", "outside Bamako" name a landmark to place the event by, not the place itself.
                    boolean strong = cue && !(i > 0 && (lexicon.is(tokens.get(i - 1), "landmark") || i > 1 && lexicon.is(tokens.get(i - 2), "landmark")));
                    best = new Found(p, i, i + n, strong, incidental.incidental(tokens, i, i + n), cued[i], agency);
                    break;
                }
            }
            // "le village de Ndimo": a village the gazetteer lacks, or knows only as a namesake in another country.
            if (best == null || !context.countries().isEmpty() && !context.countries().contains(best.place().countryCode())) {
                Settlements.Named s = settlements.at(tokens, i, context, masked);
                if (s != null) best = new Found(s.place(), i, s.to(), true, incidental.incidental(tokens, i, s.to()), cued[i], false);
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "Birmingham, Alabama", "Palma, Mozambique": a first-level division or a country right after a comma keeps
     * the candidates inside it (all of them when none is).
     */
    private List<Gazetteer.Entry> narrowedByWhatFollows(List<Gazetteer.Entry> candidates, List<Token> tokens, int after) {
        if (candidates.size() < 2 || after + 1 >= tokens.size() || !tokens.get(after).is(",")) return candidates;
        for (Place a : aliasesAt(tokens, after + 1)) {
            List<Gazetteer.Entry> inside = candidates.stream().filter(c -> a.contains(c.place()) && !c.place().id().equals(a.id())).toList();
            if (!inside.isEmpty()) return inside;
        }
        for (int n = Math.min(3, tokens.size() - after - 1); n >= 1; n--) {
            for (Gazetteer.Entry area : gazetteer.candidates(tokens, after + 1, after + 1 + n)) {
                Place a = area.place();
                if (!a.precision().equals("admin1") && !a.precision().equals("country")) continue;
                List<Gazetteer.Entry> inside = candidates.stream().filter(c -> a.contains(c.place()) && !c.place().id().equals(a.id())).toList();
                if (!inside.isEmpty()) return inside;
            }
        }
        return candidates;
    }

    /** "Jackson, Tennessee", "Towson, Md.": a division after a comma that holds one of the candidates. */
    private boolean statedDivision(List<Token> tokens, int after, List<Gazetteer.Entry> candidates) {
        if (after + 1 >= tokens.size() || !tokens.get(after).is(",")) return false;
        for (Place a : aliasesAt(tokens, after + 1)) if (candidates.stream().anyMatch(c -> a.contains(c.place()))) return true;
        for (int n = Math.min(3, tokens.size() - after - 1); n >= 1; n--) {
            for (Gazetteer.Entry area : gazetteer.candidates(tokens, after + 1, after + 1 + n)) {
                if (candidates.stream().anyMatch(c -> area.place().contains(c.place()) && !c.place().id().equals(area.place().id()))) return true;
            }
        }
        return false;
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append(' ');
            b.append(tokens.get(k).norm());
        }
        return b.toString();
    }
}
