package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.TableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A larger GeoNames file (--gazetteer) adds populated places; a bad row names its line; the built-in set is untouched. */
class GazetteerTest {
    static Lexicon lex;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        lex = Lexicon.load(Path.of("rules"), "en");
    }

    /** A row of GeoNames' "geoname" table for a village the built-in set lacks (test data). */
    static final String VILLAGE = "9999001\tTestvillage\tTestvillage\tTest-Village\t14.2\t-3.6\tP\tPPL\tML\t\t04\t\t\t\t1200\t\t\t\t\n";

    /** The loader reads the resource in one pass: countries first, then first-level divisions, then everything else. */
    @Test
    void theResourceListsCountriesThenDivisionsThenPlaces() throws IOException {
        int stage = 0;
        long rows = 0;
        try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv.gz");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(in), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("id\t")) continue;
                String feature = line.split("\t", -1)[3];
                int s = feature.equals("PCLI") ? 0 : feature.equals("ADM1") ? 1 : 2;
                String row = line;
                assertTrue(s >= stage, () -> "a " + feature + " row after the " + (s == 0 ? "divisions or places" : "places") + ": " + row);
                stage = s;
                rows++;
            }
        }
        assertEquals(2, stage);
        assertTrue(rows > 200_000, "rows: " + rows);
    }

    @Test
    void populatedPlacesOfAGeoNamesFileJoinNeedingACue() throws IOException {
        Path file = dir.resolve("ML.txt");
        Files.writeString(file, VILLAGE + "9999002\tSomeRiver\tSomeRiver\t\t14\t-3\tH\tSTM\tML\t\t04\t\t\t\t0\t\t\t\t\n");
        Gazetteer g = Gazetteer.withCurated(lex, file);
        Gazetteer.Entry e = g.candidates("testvillage").get(0);
        assertEquals("ML", e.place().countryCode());
        assertTrue(e.needsCue(), "a village of 1,200 counts only after 'in', 'near'…");
        assertEquals(1, g.candidates("test village").size(), "alternate names are indexed");
        assertTrue(g.candidates("someriver").isEmpty(), "only populated places");
        assertTrue(Gazetteer.withCurated(lex).candidates("testvillage").isEmpty(), "the built-in set is not changed");
    }

    @Test
    void aBadRowNamesFileAndLine() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, VILLAGE + "not\ta\tgeonames\trow\n");
        TableException e = assertThrows(TableException.class, () -> Gazetteer.withCurated(lex, file));
        assertEquals("bad.txt:2: not a GeoNames row: 4 columns, expected 19", e.located());
    }
}
