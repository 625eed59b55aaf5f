package io.triangulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample cases show analysts every flag and every perpetrator status, a digest, an override and a
 * pooled stream: this fails when an edit leaves one of them without a case (`check` compares each case).
 */
class SamplesCoverageTest {
    static final List<String> FLAGS = List.of("CASUALTY_CONFLICT", "TOLL_REVISION", "PERPETRATOR_CONFLICT", "DATE_CONFLICT",
            "PLACE_CONFLICT", "SEPARATE_EVENT", "PARTISAN_CLAIM", "UNCONFIRMED", "SINGLE_SOURCE", "DERIVATIVE_REPORT", "COARSE_MATCH");
    static final List<String> STATUSES = List.of("claimed", "attributed", "suspected", "disputed", "denied", "unknown");

    @Test
    void everyFlagAndStatusHasASampleCase() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> flags = new TreeSet<>();
        Set<String> statuses = new TreeSet<>();
        boolean digest = false;
        boolean override = false;
        int cases = 0;
        int largestPool = 0;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path c : s.filter(p -> Files.exists(p.resolve("expected.json"))).sorted().toList()) {
                cases++;
                JsonNode root = json.readTree(c.resolve("expected.json").toFile());
                for (JsonNode e : root.get("events")) {
                    statuses.add(e.get("perpetrator").get("status").asText());
                    for (JsonNode f : e.get("flags")) flags.add(f.get("code").asText());
                    if (!e.get("overrides").isEmpty()) override = true;
                }
                for (JsonNode u : root.get("unassigned")) digest |= u.get("reason").asText().startsWith("digest");
                largestPool = Math.max(largestPool, root.get("events").size());
            }
        }
        assertTrue(cases >= 12, "at least 12 cases, found " + cases);
        assertEquals(new TreeSet<>(FLAGS), flags);
        assertEquals(new TreeSet<>(STATUSES), statuses);
        assertTrue(digest, "a digest");
        assertTrue(override, "an override applied");
        assertTrue(largestPool >= 3, "a case with three or more events");
    }

    @Test
    void nothingIsLostEveryReportEndsInAnEventOrUnassigned() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path c : s.filter(p -> Files.exists(p.resolve("expected.json"))).sorted().toList()) {
                JsonNode root = json.readTree(c.resolve("expected.json").toFile());
                Set<String> placed = new TreeSet<>();
                for (JsonNode e : root.get("events")) for (JsonNode r : e.get("reports")) placed.add(r.asText());
                for (JsonNode u : root.get("unassigned")) placed.add(u.get("report").asText());
                for (JsonNode r : root.get("reports")) {
                    assertTrue(placed.contains(r.get("id").asText()), c + ": report " + r.get("id") + " is in no event and not unassigned");
                }
                assertEquals(root.get("summary").get("rejected").asInt(), root.get("rejected").size(), c + ": rejected inputs are listed");
            }
        }
    }
}
