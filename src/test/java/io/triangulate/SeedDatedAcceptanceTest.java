package io.triangulate;

import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.reconcile.EventFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 4's acceptance: the five seeds as one group with the Published: dates EXPECTED.md gives (000
 * 2025-06-02; 001 and 003 2024-09-17; 002 and 004 unknown) yield events A, B and C, with 004 derivative,
 * JNIM's boast partisan, the Boulikessi figure unconfirmed and single-source, 000 split off, 002 a digest.
 */
class SeedDatedAcceptanceTest {
    static final Map<String, String> PUBLISHED = Map.of("000", "2025-06-02", "001", "2024-09-17", "003", "2024-09-17");
    @TempDir
    static Path tmp;
    static RunResult result;

    @BeforeAll
    static void run() throws IOException {
        assumeTrue(Files.isDirectory(SeedAcceptanceTest.SEEDS), "../shared/seeds is not beside the project");
        Path group = tmp.resolve("seeds");
        Files.createDirectories(group);
        try (var s = Files.list(SeedAcceptanceTest.SEEDS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String published = PUBLISHED.get(name.substring(0, 3));
                Files.writeString(group.resolve(name), published == null ? text : "Published: " + published + "\n" + text, StandardCharsets.UTF_8);
            }
        }
        result = TestRules.pipeline().run(List.of(group));
    }

    static ReconciledEvent at(String place) {
        return result.events().stream().filter(e -> e.place().name().equals(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no event at " + place + ": " + result.events().stream().map(ReconciledEvent::id).toList()));
    }

    static List<EventFlag> flags(ReconciledEvent e, String code) {
        return e.flags().stream().filter(f -> f.code().code().equals(code)).toList();
    }

    @Test
    void eventA_BamakoOn17September2024WithADerivativeRewrite() {
        ReconciledEvent a = at("Bamako");
        assertEquals(List.of("001_79b201037927ce81", "003_41016450ebbdf287", "004_f027c1806a22b6dc"), a.reports());
        assertEquals("2024-09-17", a.date().value().toString());
        assertEquals("JNIM", a.perpetrator().name());
        assertEquals("claimed", a.perpetrator().status());
        List<EventFlag> derivative = flags(a, "DERIVATIVE_REPORT");
        assertEquals(1, derivative.size(), () -> "flags: " + a.flags());
        assertTrue(derivative.get(0).note().startsWith("004_f027c1806a22b6dc"), derivative.get(0)::note);
        assertTrue(flags(a, "PARTISAN_CLAIM").stream().anyMatch(f -> f.note().contains("JNIM")), "JNIM's boast is partisan");
        assertFalse(flags(a, "CASUALTY_CONFLICT").isEmpty());
        assertTrue(flags(a, "UNCONFIRMED").stream().anyMatch(f -> f.note().contains("military airport")), "the unverified airport claim");
        assertTrue(a.casualties().injured().low() >= 2);
        assertTrue(a.confidence().notes().stream().anyMatch(n -> n.contains("004_f027c1806a22b6dc repeats")));
    }

    @Test
    void eventB_BoulikessiOn1June2025SplitOffUnconfirmedSingleSource() {
        ReconciledEvent b = at("Boulkessi");
        assertEquals(List.of("000_f134a2f514dd589a"), b.reports());
        assertEquals("2025-06-01", b.date().value().toString());
        assertEquals(31, b.casualties().killed().low());
        assertEquals(1, flags(b, "UNCONFIRMED").size());
        assertEquals(1, flags(b, "SINGLE_SOURCE").size());
        assertTrue(flags(b, "SEPARATE_EVENT").get(0).note().contains("Boulkessi, 2025-06-01 ≠ Bamako, 2024-09-17"), b.flags()::toString);
        assertTrue(flags(b, "CASUALTY_CONFLICT").isEmpty(), "more than 30 killed is not set against Bamako's no casualties");
    }

    @Test
    void eventC_TimbuktuOn2June2025AndTheDigestUnassigned() {
        ReconciledEvent c = at("Timbuktu");
        assertEquals("2025-06-02", c.date().value().toString());
        assertEquals("JNIM", c.perpetrator().name());
        assertEquals(3, result.events().size());
        assertTrue(result.unassigned().stream().anyMatch(u -> u.report().equals("002_30e9627b389e5810") && u.reason().startsWith("digest")));
    }
}
