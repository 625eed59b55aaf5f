package io.triangulate.cli;

import io.triangulate.pipeline.Progress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar: drawn for long phases, silent for short ones and when not on a terminal. */
class TerminalProgressTest {
    @Test
    void aLongPhaseDrawsABarAndAShortOneNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalProgress p = new TerminalProgress(true, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            p.phase("Reconciling", 300);
            for (int i = 0; i < 300; i++) p.step();
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("Reconciling") && drawn.contains("300/300"), drawn);

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        try (TerminalProgress p = new TerminalProgress(true, new PrintStream(none, true, StandardCharsets.UTF_8))) {
            p.phase("Reading", TerminalProgress.MIN_STEPS - 1);
            p.step();
        }
        assertEquals("", none.toString(StandardCharsets.UTF_8), "a short run has nothing to wait for");
    }

    @Test
    void offATerminalOrWhenQuietThereIsNoBar() {
        assertTrue(TerminalProgress.onTerminal(true) == Progress.NONE);
    }
}
