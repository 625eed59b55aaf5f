package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.text.Sentence;
import io.triangulate.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar is data: a row added to a table changes what is read, with no Java touched. */
class GrammarAsDataTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void aWordAddedToARoleIsReadAsThatRole(@TempDir Path dir) throws IOException {
        String text = "Twelve brave soldiers were killed in the ambush.";
        // "brave" is no word that may stand between a figure and its victims: nothing is counted.
        assertEquals(List.of(), casualties(Lexicon.load(RULES, "en"), text));
        Path rules = copy(RULES, dir.resolve("rules"));
        append(rules.resolve("tables/word-roles.csv"), "en,brave,victim_modifier");
        assertEquals(List.of("killed 12..12 military"), casualties(Lexicon.load(rules, "en"), text));
    }

    @Test
    void aFrenchPhraseAddedToARoleIsRead(@TempDir Path dir) throws IOException {
        String text = "L'explosion s'est produite sans faire le moindre blessé, selon la police.";
        assertEquals(List.of(), casualties(Lexicon.load(RULES, "fr"), text));
        Path rules = copy(RULES, dir.resolve("rules"));
        append(rules.resolve("tables/word-roles.csv"), "fr,sans faire le moindre blessé,nobody_hurt");
        assertEquals(List.of("killed_or_injured 0..0 unknown"), casualties(Lexicon.load(rules, "fr"), text));
        // control: the English lexicon does not read the French row
        assertEquals(List.of(), casualties(Lexicon.load(rules, "en"), text));
    }

    @Test
    void anAbbreviationAddedKeepsASentenceWhole(@TempDir Path dir) throws IOException {
        String text = "Title\nThe attack near the Mun. Hall killed two people. Police said so.\n";
        assertEquals(List.of("Title", "The attack near the Mun.", "Hall killed two people.", "Police said so."), sentences(Lexicon.load(RULES, "en"), text));
        Path rules = copy(RULES, dir.resolve("rules"));
        append(rules.resolve("tables/abbreviations.csv"), "en,mun");
        assertEquals(List.of("Title", "The attack near the Mun. Hall killed two people.", "Police said so."), sentences(Lexicon.load(rules, "en"), text));
    }

    @Test
    void aRowWithABadLanguageCodeIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copy(RULES, dir.resolve("rules"));
        append(rules.resolve("tables/victims.csv"), "english,brave soldiers,military");
        io.triangulate.lexicon.TableException e = org.junit.jupiter.api.Assertions.assertThrows(io.triangulate.lexicon.TableException.class,
                () -> io.triangulate.lexicon.Lexicons.load(rules));
        assertTrue(e.file().endsWith("victims.csv") && e.line() > 0, e::getMessage);
        assertTrue(e.getMessage().contains("language 'english' is not an ISO 639-1 code"), e::getMessage);
    }

    /** Every table's bad rows are reported with file and line, the last table read as much as the first. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "figure-bounds.csv|one_event,-5",
            "figure-bounds.csv|one_village,100",
            "date-tolerance.csv|day,many",
            "victims.csv|en,brave soldiers,heroes",
            "places.csv|Gao,,town,,,ML,16.27,-0.04",
            "page-furniture.csv|en,Read more,whenever",
            "reconcile-settings.csv|default_level,unsure",
            "reconcile-settings.csv|event_day_tie,middle",
            "reconcile-settings.csv|same_day_first,coin_toss",
            "reconcile-settings.csv|unknown_toll,doubled",
            "reconcile-settings.csv|survivors_of_the_hit,fine",
            "reliability.csv|witness,first",
            "speaker-sides.csv|witness,sometimes",
            "victim-groups.csv|bystanders,civilians",
            "conflict-severity.csv|high_ratio,0",
            "figure-tiers.csv|vague_firm_from_rating,-1"})
    void aBadRowInAnyTableIsNamedByFileAndLine(String table, String row, @TempDir Path dir) throws IOException {
        Path rules = copy(RULES, dir.resolve("rules"));
        append(rules.resolve("tables/" + table), row);
        int line = (int) Files.readAllLines(rules.resolve("tables/" + table)).stream().count();
        io.triangulate.lexicon.TableException e = org.junit.jupiter.api.Assertions.assertThrows(io.triangulate.lexicon.TableException.class,
                () -> io.triangulate.lexicon.Lexicons.load(rules));
        assertTrue(e.all().stream().anyMatch(p -> p.file().equals("tables/" + table) && p.line() == line),
                () -> "no problem at tables/" + table + ":" + line + " in " + e.all());
    }

    @Test
    void everyWordRoleIsDocumentedAndHasWords() throws IOException {
        String table = Files.readString(RULES.resolve("tables/word-roles.csv"), StandardCharsets.UTF_8);
        Lexicon english = Lexicon.load(RULES, "en");
        Lexicon french = Lexicon.load(RULES, "fr");
        for (String role : Lexicon.WORD_ROLES) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith("#   " + role + " ")), "word-roles.csv's header does not say what '" + role + "' means");
            // A role may be one language's only ("à Kishishe": unlisted_place_cue has no English word, on purpose).
            assertTrue(!english.words(role).isEmpty() || !french.words(role).isEmpty(), "no word plays '" + role + "'");
        }
    }

    private static List<String> casualties(Lexicon lex, String text) {
        return ExtractionFixture.of(lex, "Title").casualties(text).stream()
                .map(c -> c.kind() + " " + c.low() + ".." + c.high() + " " + c.victims()).toList();
    }

    private static List<String> sentences(Lexicon lex, String text) {
        return new SentenceSplitter(lex).split(text).sentences().stream().map(Sentence::text).toList();
    }

    private static void append(Path table, String row) throws IOException {
        Files.writeString(table, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
