package io.triangulate.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One {@link Lexicon} per language the tables have rows for: adding a language is adding its rows. A report is
 * read with the lexicon of its language; a language no table knows has none.
 */
public record Lexicons(Map<String, Lexicon> byLanguage) {

    /** The language a report is read in when it does not say and cannot be told: the tables' first language. */
    public static final String DEFAULT_LANGUAGE = "en";

    public Lexicons {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** Loads the tables once per language; every bad row is reported once, with its file and line. */
    public static Lexicons load(Path rulesDir) {
        Set<String> languages = new LinkedHashSet<>(Lexicon.languagesIn(rulesDir));
        languages.add(DEFAULT_LANGUAGE);
        Map<String, Lexicon> out = new TreeMap<>();
        // The language-neutral tables are read for each language: one problem there would be reported once per language.
        Set<String> seen = new LinkedHashSet<>();
        List<TableException> problems = new ArrayList<>();
        for (String lang : languages) {
            try {
                out.put(lang, Lexicon.load(rulesDir, lang));
            } catch (TableException e) {
                for (TableException p : e.all()) {
                    if (seen.add(p.file() + ":" + p.line() + ":" + p.getMessage())) problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) throw new Lexicon.Problems(problems);
        return new Lexicons(out);
    }

    /** The lexicon of {@code language}, or null when no table has rows in it. */
    public Lexicon of(String language) {
        return language == null ? null : byLanguage.get(language);
    }

    /** The lexicon of {@code language}, or the default language's when no table has rows in it. */
    public Lexicon ofOrShared(String language) {
        Lexicon l = of(language);
        return l == null ? shared() : l;
    }

    /** The lexicon of the default language, for what every language shares (actors, places, date tolerances). */
    public Lexicon shared() {
        return byLanguage.get(DEFAULT_LANGUAGE);
    }

    public Set<String> languages() {
        return new java.util.TreeSet<>(byLanguage.keySet());
    }
}
