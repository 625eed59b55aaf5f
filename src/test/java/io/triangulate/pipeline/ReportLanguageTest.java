package io.triangulate.pipeline;

import io.triangulate.TestRules;
import io.triangulate.ingest.Report;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report is read in its language: as stated, else as detected, else the default; a language without tables is said so. */
class ReportLanguageTest {
    @TempDir
    Path dir;

    // Written for the project: one attack told in French and in Spanish (no Spanish tables), and a short English note.
    private static final String FRENCH = "Published: 2023-05-10\nRDC : six civils tués dans une attaque à Makumo\n"
            + "Au moins six civils ont été tués lundi soir dans une attaque de rebelles contre le village de Makumo, "
            + "dans le territoire de Mambasa, a indiqué mardi un responsable de la société civile.\n";
    private static final String SPANISH = "Published: 2023-05-10\nSeis civiles muertos en un ataque\n"
            + "Al menos seis civiles murieron el lunes por la noche en un ataque de rebeldes contra la aldea de Makumo, "
            + "en el territorio de Mambasa, según un responsable de la sociedad civil.\n";

    private Report read(String name, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve(name + ".txt"), text);
        RunResult r = TestRules.pipeline().run(List.of(d));
        return r.ingested().reports().get(0);
    }

    @Test
    void aFrenchReportIsDetectedAndReadInFrench() throws IOException {
        Report r = read("fr", FRENCH);
        assertEquals("fr", r.language());
        assertEquals("detected", r.languageFrom());
    }

    @Test
    void aStatedLanguageIsNotSecondGuessed() throws IOException {
        Report r = read("stated", "Language: en\n" + FRENCH);
        assertEquals("en", r.language());
        assertEquals("stated", r.languageFrom());
    }

    @Test
    void aLanguageWithNoTablesGoesToUnassignedWithTheReason() throws IOException {
        Path d = Files.createDirectories(dir.resolve("es"));
        Files.writeString(d.resolve("es.txt"), SPANISH);
        RunResult r = TestRules.pipeline().run(List.of(d));
        assertEquals("es", r.ingested().reports().get(0).language());
        assertEquals(0, r.events().size());
        assertEquals(1, r.unassigned().size());
        assertEquals("language es: no tables", r.unassigned().get(0).reason());
    }

    @Test
    void aShortTextIsToldOnlyAmongTheLanguagesWithTables() throws IOException {
        Report fr = read("short-fr", "Published: 2023-05-10\nDeux morts à Makumo\nDeux personnes ont été tuées lundi à Makumo.\n");
        assertEquals("fr", fr.language());
        // control: a short Spanish text is not sent to "no tables" on a guess; it is read in the default language
        Report es = read("short-es", "Published: 2023-05-10\nDos muertos en Makumo\nDos personas murieron el lunes en Makumo.\n");
        assertEquals("en", es.language());
        assertEquals("default", es.languageFrom());
    }

    @Test
    void aStatedLanguageThatIsNoCodeIsRejectedWithItsLine() throws IOException {
        Path d = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(d.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"Two killed in Makumo.\", \"language\": \"French\"}\n");
        RunResult r = TestRules.pipeline().run(List.of(d));
        assertEquals(1, r.ingested().rejected().size());
        assertEquals(1, r.ingested().rejected().get(0).line());
        assertTrue(r.ingested().rejected().get(0).error().contains("language 'French' is not an ISO 639-1 code"), r.ingested().rejected().get(0).error());
    }
}
