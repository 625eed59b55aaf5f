package io.triangulate.extract;

import io.triangulate.TestRules;
import io.triangulate.lexicon.Lexicons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact gazetteer file answers every lookup as the maps it was made from do, and a bad file is never trusted. */
class GazetteerIndexTest {
    @TempDir
    static Path dir;
    private static Set<String> divisionWords;
    private static Gazetteer eager;
    private static Gazetteer.BuiltIn compact;

    @BeforeAll
    static void write() throws IOException {
        divisionWords = Lexicons.load(TestRules.RULES).shared().words("division_word");
        eager = Gazetteer.load(divisionWords);
        Path file = dir.resolve("written.idx");
        GazetteerIndex.write(eager, file);
        compact = GazetteerIndex.open(file, divisionWords);
    }

    /** The maps hold ~150 MB: not for the rest of the test JVM's life. */
    @org.junit.jupiter.api.AfterAll
    static void letGo() {
        eager = null;
        compact = null;
    }

    @Test
    void everyNameHasTheSamePlacesInTheSameOrder() {
        GazetteerIndex index = (GazetteerIndex) compact.names();
        assertEquals(new TreeSet<>(eager.byName().keySet()), new TreeSet<>(index.keys()));
        int places = 0;
        for (Map.Entry<String, List<Gazetteer.Entry>> e : eager.byName().entrySet()) {
            assertEquals(e.getValue(), index.candidates(e.getKey()), e.getKey());
            for (Gazetteer.Entry c : e.getValue()) {
                assertEquals(c.place(), index.place(c.place().id()), c.place().id());
                places++;
            }
        }
        assertTrue(places > 250_000, "entries compared: " + places);
        assertEquals(List.of(), index.candidates("no such place anywhere"));
        assertNull(index.place("P:nowhere"));
    }

    @Test
    void everyFirstWordHasTheSameLongestName() {
        for (Map.Entry<String, Integer> w : eager.firstWords().entrySet()) {
            assertEquals(w.getValue().intValue(), compact.names().wordsFrom(w.getKey()), w.getKey());
        }
        assertEquals(0, compact.names().wordsFrom("zzqqxx"));
    }

    @Test
    void theCountryAndDivisionNamesComeInTheSameOrder() {
        Gazetteer.BuiltIn maps = Gazetteer.eager(eager);
        assertEquals(new ArrayList<>(maps.countryNames().entrySet()), new ArrayList<>(compact.countryNames().entrySet()));
        assertEquals(new ArrayList<>(maps.admin1Names().entrySet()), new ArrayList<>(compact.admin1Names().entrySet()));
    }

    /** The analysts' table and an extra GeoNames file on top give the same gazetteer over the file as over the maps. */
    @Test
    void theCuratedPlacesAndAnExtraFileLayerOverTheFileAsOverTheMaps() throws IOException {
        io.triangulate.lexicon.Lexicon lex = Lexicons.load(TestRules.RULES).shared();
        Path extra = dir.resolve("ML.txt");
        Files.writeString(extra, String.join("\t", "9999001", "Testvillage", "Testvillage", "Village-Test", "14.1", "-4.2", "P", "PPL", "ML",
                "", "06", "", "", "", "800", "", "300", "Africa/Bamako", "2024-01-01") + "\n");
        Gazetteer overMaps = Gazetteer.over(Gazetteer.eager(eager), lex, extra);
        Gazetteer overFile = Gazetteer.over(compact, lex, extra);
        List<String> names = new ArrayList<>(List.of("testvillage", "village test", "bamako", "faladie", "gao", "menaka", "beni", "palma"));
        for (io.triangulate.lexicon.Lexicon.CuratedPlace c : lex.places()) {
            names.add(Gazetteer.key(c.name()));
            for (String a : c.aliases()) names.add(Gazetteer.key(a));
        }
        assertTrue(names.size() > 50, "names compared: " + names.size());
        for (String n : names) assertEquals(overMaps.candidates(n), overFile.candidates(n), n);
        assertEquals(overMaps.country("ML"), overFile.country("ML"));
        assertTrue(!overFile.candidates("testvillage").isEmpty());
    }

    @Test
    void theFirstLoadMakesTheFileAndALaterOneReadsIt() throws IOException {
        Path cache = dir.resolve("cache");
        Gazetteer.BuiltIn first = GazetteerIndex.builtIn(divisionWords, cache);
        assertInstanceOf(Gazetteer.class, first.names(), "the first load reads the resource");
        Path file = cache.resolve("gazetteer-" + GazetteerIndex.hash(divisionWords) + ".idx");
        assertTrue(Files.isRegularFile(file));
        assertInstanceOf(GazetteerIndex.class, GazetteerIndex.builtIn(divisionWords, cache).names());
        // Other division words make another file: the keys of divisions' short names differ.
        assertTrue(!GazetteerIndex.hash(Set.of("state")).equals(GazetteerIndex.hash(divisionWords)));
    }

    @Test
    void aDamagedFileIsIgnoredAndTheResourceServes() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("damaged"));
        Files.writeString(cache.resolve("gazetteer-" + GazetteerIndex.hash(divisionWords) + ".idx"), "not an index");
        Gazetteer.BuiltIn b = GazetteerIndex.builtIn(divisionWords, cache);
        assertInstanceOf(Gazetteer.class, b.names());
        assertTrue(!b.names().candidates("bamako").isEmpty());
    }
}
