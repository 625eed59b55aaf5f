package io.triangulate.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.TestRules;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV, GeoJSON, JSONL and Markdown exports of a sample, and the CSV's guard against formula injection. */
class ExportsTest {
    static RunResult run;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        run = TestRules.pipeline().run(List.of(Path.of("samples/ouagadougou-three-ways/reports")));
    }

    @Test
    void csvHasTheAcledLikeColumnsAndOneRowPerEvent() {
        List<String> lines = CsvReport.write(run).lines().toList();
        assertEquals(String.join(",", EventRow.COLUMNS), lines.get(0));
        assertEquals(1 + run.events().size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"ouagadougou-2018-03-02-") && l.contains("JNIM,claimed")), lines::toString);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
            +1+2                    | '+1+2
            @SUM(A1)                | '@SUM(A1)
            -cmd                    | '-cmd
            -12                     | -12
            +3.5                    | +3.5
            Gao                     | Gao
            """)
    void spreadsheetFormulasAreNeutralised(String cell, String written) {
        assertEquals(written, CsvReport.neutralised(cell));
    }

    @Test
    void geoJsonHasAPointPerLocatedEventLongitudeFirst() throws Exception {
        JsonNode g = JSON.readTree(GeoJsonReport.write(run));
        assertEquals("FeatureCollection", g.get("type").asText());
        assertEquals(run.events().size(), g.get("features").size());
        JsonNode f = g.get("features").get(0);
        assertEquals("Point", f.get("geometry").get("type").asText());
        assertEquals(run.events().get(0).place().lon(), f.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(run.events().get(0).id(), f.get("properties").get("event_id").asText());
    }

    @Test
    void jsonlHasOneEventPerLineAsInTheJsonOutput() throws Exception {
        List<String> lines = JsonlReport.write(run).lines().toList();
        assertEquals(run.events().size(), lines.size());
        JsonNode full = JSON.readTree(JsonReport.write(run));
        for (int i = 0; i < lines.size(); i++) assertEquals(full.get("events").get(i), JSON.readTree(lines.get(i)));
    }

    @Test
    void theSummariesShowEachVictimGroupAndAnOpenHighAsALowerBound() throws Exception {
        // Ouagadougou: 7-8 soldiers (one source says "at least 8") and 8 attackers; the total is no longer silent about them.
        String text = TextReport.write(run);
        assertTrue(text.contains("Killed:      low 15, best 16, high 16+\n               of which attackers 8/8/8; military 7/8/8+\n"), text);
        assertTrue(text.contains("Injured:     low 81, best 81, high 81+"), text);
        assertTrue(!text.contains("high ?"), "one convention for an open high, killed and injured alike");
        String md = MarkdownReport.write(run);
        assertTrue(md.contains("| 15/16/16+ | 81/81/81+ |"), md);
        assertTrue(md.contains("- Killed by victim group (low/best/high): attackers 8/8/8; military 7/8/8+"), md);
        JsonNode killed = JSON.readTree(JsonReport.write(run)).get("events").get(1).get("casualties").get("killed");
        assertTrue(killed.get("high").isNull());
        assertEquals(16, killed.get("highAtLeast").asInt());
    }

    @Test
    void theHtmlDrawsEachCountOfEachVictimGroupOnItsOwnAxisAndThePerpetratorOnce() {
        HtmlView.Event ouaga = HtmlReport.view(run).events().stream().filter(e -> e.place().startsWith("Ouagadougou")).findFirst().orElseThrow();
        assertEquals(List.of("Killed — attackers", "Killed — military", "Injured — victims not said"),
                ouaga.charts().stream().map(HtmlView.Chart::title).toList());
        HtmlView.Chart soldiers = ouaga.charts().get(1);
        assertEquals(List.of("military, army", "military, security sources"), soldiers.bars().stream().map(HtmlView.Bar::label).toList());
        // the soldiers' own low, best and high (7, 8, 8+), not the total's (15, 16, 16+)
        assertEquals(List.of("low 7", "best 8", "high 8+"), soldiers.marks().stream().map(HtmlView.Mark::label).toList());
        // an axis of its own: the 81 injured do not stretch the soldiers' chart
        assertTrue(soldiers.ticks().stream().allMatch(t -> Integer.parseInt(t.label()) <= 10), soldiers.ticks()::toString);
        // "JNIM (claimed)" is not followed by "JNIM (claimed by JNIM)"
        assertEquals("JNIM", ouaga.perpetrator());
        assertEquals(List.of(), ouaga.claimants());
    }

    @Test
    void markdownHasATableAndASectionPerEventWithEscapedText() {
        String md = MarkdownReport.write(run);
        assertTrue(md.startsWith("# Triangulate report"));
        assertTrue(md.contains("| event | date | place |"));
        for (var e : run.events()) assertTrue(md.contains("| " + e.id() + " |"), e.id());
        assertEquals("a \\| b &lt;script&gt; \\*x\\*", MarkdownReport.esc("a | b <script> *x*"));
        assertFalse(MarkdownReport.esc("<img src=x onerror=alert(1)>").contains("<"));
    }
}
