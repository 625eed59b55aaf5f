package io.triangulate.reconcile;

import io.triangulate.TestRules;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Armed groups a report names as background ("groups, among them A and B, operate in the area") are neither a
 * speaker nor a perpetrator of the event: the event rests on the army alone, and nobody claimed it.
 */
class BackgroundActorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "Several armed groups, among them JNIM and the Islamic State Sahel Province, operate in the area.",
            "Jihadist groups including JNIM and the Islamic State are active in the region.",
            "The region is home to fighters linked to al-Qaeda and the Islamic State group.",
            "Both JNIM and IS Sahel have carried out attacks in the area in the past."})
    void armedGroupsNamedAsBackgroundAreNoSpeakerAndNoPerpetrator(String background) throws IOException {
        Path a = Files.writeString(dir.resolve("wire.txt"), "Source: Example Wire\nPublished: 2024-03-02\n\nAttack on army post in Gao\n\n"
                + "Gunmen killed five soldiers at an army post in Gao on Friday, the army said. " + background + "\n");
        Path b = Files.writeString(dir.resolve("radio.txt"), "Source: Example Radio\nPublished: 2024-03-02\n\nFive soldiers killed in Gao\n\n"
                + "Five soldiers were killed on Friday in an attack on an army post in Gao, an army spokesman told the radio.\n");
        RunResult r = TestRules.pipeline().run(List.of(a, b));
        assertEquals(1, r.events().size());
        ReconciledEvent e = r.events().get(0);
        // the army's two voices are the official side, one speaker; no armed group is one
        assertEquals(List.of("government"), e.speakers());
        assertEquals(null, e.perpetrator().name());
        assertEquals("unknown", e.perpetrator().status());
    }
}
