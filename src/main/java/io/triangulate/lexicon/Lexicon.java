package io.triangulate.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysts' word tables from {@code rules/tables/} for one language, loaded into phrase indexes: the rows of
 * that language from every table with a {@code language} column, and the language-neutral tables (actors,
 * places, given names, date tolerances). {@link Lexicons} holds one per language. Any bad row stops loading with
 * its file and line.
 */
public record Lexicon(
        String language,
        PhraseIndex<Actor> actors,
        PhraseIndex<Quantity> quantities,
        PhraseIndex<Integer> numbers,
        PhraseIndex<CasualtyWord> casualtyWords,
        PhraseIndex<String> victims,
        PhraseIndex<String> qualifiers,
        PhraseIndex<Speaker> speakers,
        PhraseIndex<Boolean> hedges,
        PhraseIndex<Boolean> background,
        PhraseIndex<String> targets,
        PhraseIndex<DateWord> dateWords,
        PhraseIndex<Responsibility> responsibility,
        PhraseIndex<SpeakerSide> speechVerbs,
        PhraseIndex<Boolean> eventWords,
        PhraseIndex<Boolean> notPlaces,
        List<CuratedPlace> places,
        Map<String, Integer> dateTolerance,
        Set<String> descriptorNames,
        Map<String, Actor> actorsByName,
        PhraseIndex<String> tollWords,
        PhraseIndex<String> timesOfDay,
        Set<String> givenNames,
        PhraseIndex<Set<String>> wordRoles,
        Map<String, Set<String>> wordsByRole,
        Map<String, Set<String>> openingWordsByRole,
        List<PlaceAlias> placeAliases,
        Set<String> abbreviations,
        List<String> pageFurniture,
        PolicyTables policy) {

    public record Actor(String name, String kind, String affiliation) {
        public boolean isDescriptor() { return "descriptor".equals(kind); }

        public boolean isState() { return "state".equals(kind); }

        public boolean isArmedGroup() { return "armed_group".equals(kind); }
    }

    /** Where a speech verb's speaker stands: before it ("the army said"), after it ("according to residents"), or either. */
    public enum SpeakerSide { BEFORE, AFTER, EITHER }

    /** A vague quantity: its interval (high null when open) and ACLED's point code. */
    public record Quantity(int low, Integer high, int acled) {}

    public record CasualtyWord(String kind, boolean qualitative) {}

    public record Speaker(String kind, String name) {}

    public record DateWord(String type, int value) {}

    /** A phrase naming who did it: the stance it expresses and whether the actor stands before or after it. */
    public record Responsibility(String stance, boolean actorBefore) {}

    public record CuratedPlace(String name, List<String> aliases, String precision, String parent, String admin1,
                               String country, Double lat, Double lon, String file, int line) {}

    /** Another name of a gazetteer place, read only after a comma ("Towson, Md."): the place's name, precision and country. */
    public record PlaceAlias(String alias, String name, String precision, String country) {}

    /** The roles of word-roles.csv (what each means is said at the top of the table). */
    public static final Set<String> WORD_ROLES = Set.of("title", "place_head", "street", "institution", "taken_to", "resident",
            "determiner", "ordinal", "nobody_hurt", "nobody_killed", "either_when_denied", "aftermath", "neighbourhood", "locative",
            "age", "denial", "article", "settlement", "division_before", "unlisted_place_cue",
            "part_of_toll", "range_opener", "genitive", "whole_determiner", "part_pronoun", "age_unit", "age_old", "conjunction", "range_to", "dozen_multiplier", "plural_ending", "group_of_people", "singular_in_s", "age_range_joiner", "victim_modifier", "after_bare_figure", "victim_as_modifier", "after_victim", "apposition_age", "figure_auxiliary", "be_participle", "toll_link", "toll_noun", "injury_toll", "article_any", "attacker_self", "attacker_qualifier", "attacker_noun", "and_or", "negator", "nobody_phrase", "nobody_else", "was_were",
            "anonymous_sources", "same_sources", "source_noun", "source_link", "group_pronoun", "passive_auxiliary", "speaking_participle", "before_speaker", "group_noun", "same_group", "affiliation", "affiliation_link", "definite_article", "actor_joiner", "attack_noun", "deed", "group_members", "deed_auxiliary", "group_says", "group_self", "demonstrative", "back_reference", "headline_small_word", "refers_back", "claim_noun",
            "landmark", "kind_of_place", "region_word", "county_word", "division_word", "agency_place_word", "resident_of",
            "before_ordinal_day", "ordinal_suffix", "clock_am", "clock_pm", "clock_zone", "before_clock", "age_in_years",
            "page_age_unit", "time_ago");

    /**
     * Whether this one word, on its own, is a phrase of {@code role} ("were" a passive auxiliary), whatever longer
     * phrase it may open: a test of the word, not of the words that follow it.
     */
    public boolean is(io.triangulate.words.Token t, String role) {
        return words(role).contains(t.norm());
    }

    /** The phrases of {@code role} in matching form, their words joined by one space. */
    public Set<String> words(String role) {
        Set<String> words = wordsByRole.get(role);
        if (words != null) return words;
        // A role no row plays is still a role; a misspelt one is a mistake in the code.
        if (!WORD_ROLES.contains(role)) throw new IllegalArgumentException("no such word role: " + role);
        return Set.of();
    }

    /** Tokens [from, to) are exactly a phrase of {@code role} ("security forces" a victim word that modifies a noun). */
    public boolean isPhrase(List<io.triangulate.words.Token> tokens, int from, int to, String role) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(tokens.get(k).norm());
        return words(role).contains(b.toString());
    }

    private static String matchingForm(String phrase) {
        StringBuilder b = new StringBuilder();
        for (io.triangulate.words.Token t : io.triangulate.words.Tokenizer.tokens(phrase)) b.append(b.length() > 0 ? " " : "").append(t.norm());
        return b.toString();
    }

    /** Whether the words at token {@code i} play {@code role} (the longest phrase there). */
    public boolean plays(List<io.triangulate.words.Token> tokens, int i, String role) {
        return phraseAt(tokens, i, role) != null;
    }

    /** The phrase at token {@code i} playing {@code role}, or null. */
    public PhraseIndex.Match<Set<String>> phraseAt(List<io.triangulate.words.Token> tokens, int i, String role) {
        // Most words open no phrase of the role: say so without walking the phrases (asked of every word of a text).
        if (i >= tokens.size() || !openingWordsByRole.getOrDefault(role, Set.of()).contains(tokens.get(i).norm())) return null;
        PhraseIndex.Match<Set<String>> m = wordRoles.longestAt(tokens, i);
        return m != null && m.value().contains(role) ? m : null;
    }

    /**
     * Whether a phrase playing {@code role}, of {@code minWords} to {@code maxWords} words, ends right before token
     * {@code at} ("Sheriff" before a name, "aged" before a number, "in the town of" before a place).
     */
    public boolean endsAt(List<io.triangulate.words.Token> tokens, int at, String role, int minWords, int maxWords) {
        for (int from = Math.max(0, at - maxWords); from <= at - minWords; from++) {
            PhraseIndex.Match<Set<String>> m = phraseAt(tokens, from, role);
            if (m != null && m.to() == at) return true;
        }
        return false;
    }

    public static final Set<String> CASUALTY_KINDS = Set.of("killed", "injured", "killed_or_injured", "captured");
    /**
     * Kinds a casualty word may have: the claim kinds, "hit" (shot, stabbed: killed or injured, counted as people hit)
     * and "wound" (an injury noun: "gunshot wounds" says someone was injured, but a number before it counts wounds).
     */
    public static final Set<String> CASUALTY_WORD_KINDS = Set.of("killed", "injured", "killed_or_injured", "captured", "hit", "wound");
    public static final Set<String> VICTIMS = io.triangulate.codes.Coded.codes(io.triangulate.codes.Victims.class);
    public static final Set<String> QUALIFIERS = io.triangulate.codes.Coded.codes(io.triangulate.codes.Qualifier.class);
    public static final Set<String> SOURCE_KINDS = io.triangulate.codes.Coded.codes(io.triangulate.codes.SourceKind.class);
    public static final Set<String> PRECISIONS = io.triangulate.codes.Coded.codes(io.triangulate.codes.Precision.class);

    /** The stances a report's words can state (disputed and unknown are verdicts the rules reach). */
    public static final Set<String> STATED_STANCES = java.util.stream.Stream.of(io.triangulate.codes.Stance.CLAIMED, io.triangulate.codes.Stance.ATTRIBUTED,
            io.triangulate.codes.Stance.SUSPECTED, io.triangulate.codes.Stance.DENIED).map(io.triangulate.codes.Stance::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A language code as the tables and reports write it: ISO 639-1, two lower-case letters. */
    public static final java.util.regex.Pattern LANGUAGE_CODE = java.util.regex.Pattern.compile("[a-z]{2}");

    /** Loads every table under {@code rulesDir/tables}, keeping the rows of {@code language} where a table has a language column. */
    public static Lexicon load(Path rulesDir, String language) {
        Path dir = rulesDir.resolve("tables");
        // Every bad row of every table is collected, so that an analyst sees them all at once.
        List<TableException> problems = new ArrayList<>();
        Each each = (ps, d, file, columns, row) -> Lexicon.each(ps, d, file, columns, language, row);
        PhraseIndex<Actor> actors = new PhraseIndex<>();
        Set<String> descriptorNames = new java.util.TreeSet<>();
        Map<String, Actor> actorsByName = new HashMap<>();
        each.read(problems, dir, "actors.csv", List.of("actor", "alias", "kind", "affiliation"), r -> {
            Actor a = new Actor(r.required("actor"), r.oneOf("kind", Set.of("armed_group", "state", "descriptor")), r.get("affiliation"));
            actors.add(r.required("alias"), a);
            actorsByName.putIfAbsent(a.name(), a);
            if (a.isDescriptor()) descriptorNames.add(a.name());
        });
        PhraseIndex<Quantity> quantities = new PhraseIndex<>();
        each.read(problems, dir, "quantities.csv", List.of("language", "word", "low", "high", "acled"), r -> {
            Integer low = r.integerOrNull("low");
            Integer acled = r.integerOrNull("acled");
            if (low == null || acled == null) throw new TableException(r.file(), r.line(), "low and acled must be whole numbers");
            quantities.add(r.required("word"), new Quantity(low, r.integerOrNull("high"), acled));
        });
        PhraseIndex<Integer> numbers = new PhraseIndex<>();
        each.read(problems, dir, "numbers.csv", List.of("language", "word", "value"), r -> {
            Integer v = r.integerOrNull("value");
            if (v == null) throw new TableException(r.file(), r.line(), "value is empty");
            numbers.add(r.required("word"), v);
        });
        PhraseIndex<CasualtyWord> casualtyWords = new PhraseIndex<>();
        each.read(problems, dir, "casualty-words.csv", List.of("language", "phrase", "kind", "qualitative"), r -> {
            casualtyWords.add(r.required("phrase"), new CasualtyWord(r.oneOf("kind", CASUALTY_WORD_KINDS), "yes".equals(r.get("qualitative"))));
        });
        PhraseIndex<String> victims = new PhraseIndex<>();
        each.read(problems, dir, "victims.csv", List.of("language", "phrase", "victims"), r -> {
            victims.add(r.required("phrase"), r.oneOf("victims", VICTIMS));
        });
        PhraseIndex<String> qualifiers = new PhraseIndex<>();
        each.read(problems, dir, "qualifiers.csv", List.of("language", "phrase", "qualifier"), r -> {
            qualifiers.add(r.required("phrase"), r.oneOf("qualifier", QUALIFIERS));
        });
        PhraseIndex<Speaker> speakers = new PhraseIndex<>();
        each.read(problems, dir, "speakers.csv", List.of("language", "phrase", "kind", "name"), r -> {
            speakers.add(r.required("phrase"), new Speaker(r.oneOf("kind", SOURCE_KINDS), r.required("name")));
        });
        PhraseIndex<Boolean> hedges = new PhraseIndex<>();
        each.read(problems, dir, "hedges.csv", List.of("language", "phrase"), r -> hedges.add(r.required("phrase"), true));
        PhraseIndex<Boolean> background = new PhraseIndex<>();
        each.read(problems, dir, "background.csv", List.of("language", "phrase"), r -> background.add(r.required("phrase"), true));
        PhraseIndex<String> targets = new PhraseIndex<>();
        each.read(problems, dir, "targets.csv", List.of("language", "phrase", "target"), r -> targets.add(r.required("phrase"), r.required("target")));
        PhraseIndex<DateWord> dateWords = new PhraseIndex<>();
        each.read(problems, dir, "dates.csv", List.of("language", "word", "type", "value"), r -> {
            Integer v = r.integerOrNull("value");
            if (v == null) throw new TableException(r.file(), r.line(), "value is empty");
            dateWords.add(r.required("word"), new DateWord(r.oneOf("type", Set.of("weekday", "month", "relative", "week", "calendar_month", "weekend", "ordinal_day")), v));
        });
        PhraseIndex<Responsibility> responsibility = new PhraseIndex<>();
        each.read(problems, dir, "responsibility.csv", List.of("language", "phrase", "stance", "actor"), r -> {
            responsibility.add(r.required("phrase"), new Responsibility(r.oneOf("stance", STATED_STANCES),
                    "before".equals(r.oneOf("actor", Set.of("before", "after")))));
        });
        PhraseIndex<SpeakerSide> speechVerbs = new PhraseIndex<>();
        each.read(problems, dir, "speech-verbs.csv", List.of("language", "phrase", "speaker"), r -> {
            speechVerbs.add(r.required("phrase"), SpeakerSide.valueOf(r.oneOf("speaker", Set.of("before", "after", "either")).toUpperCase(java.util.Locale.ROOT)));
        });
        PhraseIndex<Boolean> eventWords = new PhraseIndex<>();
        each.read(problems, dir, "event-words.csv", List.of("language", "phrase"), r -> eventWords.add(r.required("phrase"), true));
        PhraseIndex<Boolean> notPlaces = new PhraseIndex<>();
        each.read(problems, dir, "not-places.csv", List.of("language", "phrase"), r -> notPlaces.add(r.required("phrase"), true));
        List<CuratedPlace> places = new ArrayList<>();
        each.read(problems, dir, "places.csv", List.of("name", "aliases", "precision", "parent", "admin1", "country", "lat", "lon"), r -> {
            List<String> aliases = r.get("aliases").isEmpty() ? List.of() : List.of(r.get("aliases").split("\\|"));
            places.add(new CuratedPlace(r.required("name"), aliases, r.oneOf("precision", PRECISIONS), r.get("parent"),
                    r.get("admin1"), r.required("country"), r.doubleOrNull("lat"), r.doubleOrNull("lon"), r.file(), r.line()));
        });
        Map<String, Integer> tolerance = new HashMap<>();
        each.read(problems, dir, "date-tolerance.csv", List.of("precision", "days"), r -> {
            int d = r.wholeNumber("days", 0);
            tolerance.put(r.oneOf("precision", Set.of("day", "weekday", "week", "month", "analyst_group_days", "analyst_group_km")), d);
        });
        PhraseIndex<String> tollWords = new PhraseIndex<>();
        each.read(problems, dir, "toll-words.csv", List.of("language", "phrase", "meaning"), r -> {
            tollWords.add(r.required("phrase"), r.oneOf("meaning", Set.of("revision", "earlier")));
        });
        PhraseIndex<String> timesOfDay = new PhraseIndex<>();
        each.read(problems, dir, "times-of-day.csv", List.of("language", "phrase", "part"),
                r -> timesOfDay.add(r.required("phrase"), r.oneOf("part", Set.of("dawn", "morning", "midday", "afternoon", "evening", "night"))));
        Set<String> givenNames = new java.util.HashSet<>();
        each.read(problems, dir, "given-names.csv", List.of("name"), r -> givenNames.add(io.triangulate.words.Normal.form(r.required("name"))));
        // A word may play several roles ("hospital": an institution, and where someone is taken): group them first, by
        // matching form, so that "à" (French) and "a" (English) are one phrase with both their roles.
        Map<String, Set<String>> roles = new java.util.LinkedHashMap<>();
        each.read(problems, dir, "word-roles.csv", List.of("language", "phrase", "role"),
                r -> roles.computeIfAbsent(matchingForm(r.required("phrase")), k -> new java.util.TreeSet<>()).add(r.oneOf("role", WORD_ROLES)));
        PhraseIndex<Set<String>> wordRoles = new PhraseIndex<>();
        roles.forEach((phrase, set) -> wordRoles.add(phrase, Set.copyOf(set)));
        // The same rows by role, each phrase in matching form, for asking about one word or one exact phrase.
        Map<String, Set<String>> byRole = new HashMap<>();
        roles.forEach((phrase, set) -> set.forEach(role -> byRole.computeIfAbsent(role, k -> new java.util.HashSet<>()).add(phrase)));
        byRole.replaceAll((role, words) -> Set.copyOf(words));
        Map<String, Set<String>> opening = new HashMap<>();
        byRole.forEach((role, words) -> opening.put(role, words.stream().map(w -> w.split(" ", 2)[0]).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        List<PlaceAlias> placeAliases = new ArrayList<>();
        each.read(problems, dir, "place-aliases.csv", List.of("alias", "name", "precision", "country"),
                r -> placeAliases.add(new PlaceAlias(r.required("alias"), r.required("name"), r.oneOf("precision", PRECISIONS), r.required("country"))));
        Set<String> abbreviations = new java.util.HashSet<>();
        each.read(problems, dir, "abbreviations.csv", List.of("language", "abbreviation"),
                r -> abbreviations.add(io.triangulate.words.Normal.form(r.required("abbreviation"))));
        List<String> furniture = new ArrayList<>();
        each.read(problems, dir, "page-furniture.csv", List.of("language", "start", "then"), r -> {
            String then = r.oneOf("then", Set.of("anything", "space"));
            furniture.add(io.triangulate.words.Normal.form(r.required("start")) + (then.equals("space") ? " " : ""));
        });
        PolicyTables policy = PolicyTables.read(each, problems, dir);
        if (!problems.isEmpty()) throw new Problems(problems);
        return new Lexicon(language, actors, quantities, numbers, casualtyWords, victims, qualifiers, speakers, hedges, background,
                targets, dateWords, responsibility, speechVerbs, eventWords, notPlaces, List.copyOf(places), Map.copyOf(tolerance),
                Set.copyOf(descriptorNames), Map.copyOf(actorsByName), tollWords, timesOfDay, Set.copyOf(givenNames), wordRoles,
                Map.copyOf(byRole), Map.copyOf(opening), List.copyOf(placeAliases), Set.copyOf(abbreviations), List.copyOf(furniture),
                policy);
    }

    /**
     * Reads a table and hands each row to {@code row}: a row it rejects (a TableException) is noted in
     * {@code problems} and the next row is read; a missing or unreadable table is noted too.
     */
    private static void each(List<TableException> problems, Path dir, String file, List<String> columns, String language,
                             java.util.function.Consumer<TableRow> row) {
        Path p = dir.resolve(file);
        List<TableRow> rows;
        try {
            if (!Files.isRegularFile(p)) throw new TableException("tables/" + file, 0, "table is missing");
            rows = Table.read(p, "tables/" + file, columns);
        } catch (TableException e) {
            problems.add(e);
            return;
        }
        boolean keyed = columns.contains("language");
        for (TableRow r : rows) {
            try {
                if (keyed) {
                    String lang = r.required("language");
                    if (!LANGUAGE_CODE.matcher(lang).matches()) {
                        throw new TableException(r.file(), r.line(), "language '" + lang + "' is not an ISO 639-1 code (two lower-case letters)");
                    }
                    if (!lang.equals(language)) continue;
                }
                row.accept(r);
            } catch (TableException e) {
                problems.add(e);
            }
        }
    }

    /** Reads one table for {@link #load}, keeping the rows of the language being loaded. */
    @FunctionalInterface
    interface Each {
        void read(List<TableException> problems, Path dir, String file, List<String> columns, java.util.function.Consumer<TableRow> row);
    }

    /** The language codes that the rows of the language-keyed tables name, in order (a bad table is reported by {@link #load}). */
    static java.util.SortedSet<String> languagesIn(Path rulesDir) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.list(rulesDir.resolve("tables"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                try {
                    for (TableRow r : Table.read(p, "tables/" + p.getFileName(), List.of())) {
                        String lang = r.get("language");
                        if (lang != null && LANGUAGE_CODE.matcher(lang).matches()) out.add(lang);
                    }
                } catch (TableException e) {
                    // load() reports it with its line.
                }
            }
        } catch (java.io.IOException e) {
            // load() reports the missing folder.
        }
        return out;
    }

    /** All the problems of a folder of tables; reads as the first. */
    static final class Problems extends TableException {
        private final List<TableException> all;

        Problems(List<TableException> all) {
            super(all.get(0).file(), all.get(0).line(), all.get(0).getMessage()
                    + (all.size() > 1 ? " (and " + (all.size() - 1) + " more problems in the tables)" : ""));
            this.all = List.copyOf(all);
        }

        @Override
        public List<TableException> all() {
            return all;
        }
    }

}
