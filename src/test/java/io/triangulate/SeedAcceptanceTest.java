package io.triangulate;

import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The user's own example: the five seed reports of ../shared/seeds, undated, as one group. What a careful
 * analyst reads in them is in ../shared/seeds/EXPECTED.md.
 */
class SeedAcceptanceTest {
    static final Path SEEDS = Path.of("..", "shared", "seeds");
    @TempDir
    static Path tmp;
    static RunResult result;

    @BeforeAll
    static void run() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project");
        Path group = tmp.resolve("seeds");
        Files.createDirectories(group);
        try (var s = Files.list(SEEDS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, group.resolve(p.getFileName()));
        }
        result = TestRules.pipeline().run(List.of(group));
    }

    static ReconciledEvent eventWith(String report) {
        return result.events().stream().filter(e -> e.reports().contains(report)).findFirst().orElse(null);
    }

    static ReconciledEvent at(String place) {
        return result.events().stream().filter(e -> e.place().name().equals(place)).findFirst().orElseThrow(() -> new AssertionError("no event at " + place + ": " + result.events()));
    }

    static boolean flagged(ReconciledEvent e, String code) {
        return e.flags().stream().map(f -> f.code().code()).anyMatch(code::equals);
    }

    @Test
    void bamakoIsOneEventOf001_003_004() {
        ReconciledEvent bamako = at("Bamako");
        assertEquals(List.of("001_79b201037927ce81", "003_41016450ebbdf287", "004_f027c1806a22b6dc"), bamako.reports());
        assertEquals("city", bamako.place().precision());
        assertEquals("TUESDAY", bamako.date().weekday().toString());
        assertTrue(flagged(bamako, "CASUALTY_CONFLICT"));
        assertNotNull(bamako.casualties().injured().low());
        assertTrue(bamako.casualties().injured().low() >= 2);
        assertEquals("JNIM", bamako.perpetrator().name());
        assertEquals("claimed", bamako.perpetrator().status());
    }

    @Test
    void boulikessiAndTimbuktuAreSeparateEventsOf000() {
        ReconciledEvent boulikessi = at("Boulkessi");
        assertEquals(List.of("000_f134a2f514dd589a"), boulikessi.reports());
        assertEquals(31, boulikessi.casualties().killed().low());
        assertTrue(boulikessi.claims().stream().filter(c -> c.kind().equals("killed")).allMatch(c -> c.source().hedged()));
        assertTrue(flagged(boulikessi, "SEPARATE_EVENT"));
        assertTrue(flagged(boulikessi, "UNCONFIRMED"));
        assertTrue(flagged(boulikessi, "SINGLE_SOURCE"));
        assertEquals("JNIM", boulikessi.perpetrator().name());
        assertEquals("claimed", boulikessi.perpetrator().status());
        assertEquals(List.of("000_f134a2f514dd589a"), at("Timbuktu").reports());
        assertFalse(at("Bamako").reports().contains("000_f134a2f514dd589a"));
    }

    @Test
    void digestIsUnassignedAndNothingOfItEntersAnEvent() {
        assertTrue(result.unassigned().stream().anyMatch(u -> u.report().equals("002_30e9627b389e5810") && u.reason().startsWith("digest")));
        for (ReconciledEvent e : result.events()) {
            assertFalse(e.reports().contains("002_30e9627b389e5810"));
            assertTrue(e.claims().stream().noneMatch(c -> c.source().report().startsWith("002")));
        }
        assertEquals(3, result.events().size());
        assertEquals(0, result.ingested().rejected().size());
    }
}
