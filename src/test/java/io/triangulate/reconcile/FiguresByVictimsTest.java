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
        assertEquals(List.of(7, 8, 8), List.of(soldiers.low(), soldiers.best(), soldiers.high()), "army says 7, a security source at least 8");
        assertEquals(List.of(8, 8, 8), List.of(attackers.low(), attackers.best(), attackers.high()));
        Figure total = e.casualties().killed();
        assertEquals(List.of(15, 16, 16), List.of(total.low(), total.best(), total.high()));
        assertEquals("Firm figures set a count's low, best and high", soldiers.rule());
    }
}
