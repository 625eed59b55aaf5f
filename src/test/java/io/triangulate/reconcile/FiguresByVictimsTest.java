package io.triangulate.reconcile;

import io.triangulate.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures per victim group as the rules set them, and the total Java adds up from them. */
class FiguresByVictimsTest {
    @Test
    void soldiersAndAttackersAreReconciledApartThenAddedUp() {
        RunResult r = TestRules.pipeline().run(List.of(Path.of("samples/ouagadougou-three-ways/reports")));
        ReconciledEvent e = r.events().stream().filter(x -> x.place().name().equals("Ouagadougou")).findFirst().orElseThrow();
        Figure soldiers = e.casualties().of("killed", "military");
        Figure attackers = e.casualties().of("killed", "attackers");
        // The army says 7, a security source at least 8: the high is that "at least", a lower bound, 8+.
        assertEquals(List.of("7", "8", "8+"), List.of(String.valueOf(soldiers.low()), String.valueOf(soldiers.best()), soldiers.highText()));
        assertEquals(List.of(8, 8, 8), List.of(attackers.low(), attackers.best(), attackers.high()));
        Figure total = e.casualties().killed();
        assertEquals(List.of("15", "16", "16+"), List.of(String.valueOf(total.low()), String.valueOf(total.best()), total.highText()));
        org.junit.jupiter.api.Assertions.assertNull(total.high(), "an open high is never printed as if closed");
        assertEquals("Firm figures set a count's low, best and high", soldiers.rule());
    }

    @Test
    void aVagueTollFromALowRatedBlogNeverRaisesTheFirmCountsSum() {
        // Officials: 7 civilians; the army: 2 soldiers; an unattributed rating-1 blog: "dozens".
        RunResult r = TestRules.pipeline().run(List.of(Path.of("samples/vague-blog-beside-counts/reports")));
        assertEquals(1, r.events().size());
        Figure total = r.events().get(0).casualties().killed();
        assertEquals(List.of(9, 9, 99), java.util.Arrays.asList(total.low(), total.best(), total.high()),
                "the firm counts add up to 9; the blog's 24–99 only widens the high");
    }

    @Test
    void aFirmTollOfUnknownVictimsStillRaisesTheSum() {
        // control: the same toll as a firm figure from named groups and a larger firm total (Totals: the larger of the two)
        List<io.triangulate.rules.GroupFigure> groups = List.of(
                new io.triangulate.rules.GroupFigure("E", "killed", "civilians", 7, 7, 7, "r", List.of()),
                new io.triangulate.rules.GroupFigure("E", "killed", "military", 2, 2, 2, "r", List.of()),
                new io.triangulate.rules.GroupFigure("E", "killed", "unknown", 24, 24, 99, "r", List.of(), io.triangulate.codes.Tier.FIRM));
        Figure firm = Totals.of(groups, "killed");
        assertEquals(List.of(24, 24, 99), List.of(firm.low(), firm.best(), firm.high()));
        List<io.triangulate.rules.GroupFigure> hedged = List.of(groups.get(0), groups.get(1),
                new io.triangulate.rules.GroupFigure("E", "killed", "unknown", 24, 24, 99, "r", List.of(), io.triangulate.codes.Tier.HEDGED));
        Figure h = Totals.of(hedged, "killed");
        assertEquals(List.of(9, 9, 99), List.of(h.low(), h.best(), h.high()));
    }
}
