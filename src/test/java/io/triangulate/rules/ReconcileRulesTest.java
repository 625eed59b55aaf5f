package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.triangulate.rules.RuleHarness.judge;
import static io.triangulate.rules.RuleHarness.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** reconcile.drl: one test per rule, each with a control that must not match. */
class ReconcileRulesTest {
    static Evidence ev(String claim, String event, Integer min, Integer max, String tier, Integer rating, String kind) {
        return new Evidence(event, claim, claim.substring(0, 1), "killed", "military", min, max,
                io.triangulate.codes.Coded.of(io.triangulate.codes.Tier.class, tier).orElseThrow(), rating, kind,
                LocalDate.of(2024, 9, 17), "test");
    }

    static GroupFigure figure(RuleHarness.Judged j, String event) {
        List<GroupFigure> f = j.all(GroupFigure.class).stream().filter(g -> g.event().equals(event)).toList();
        return f.isEmpty() ? null : f.get(0);
    }

    static List<ConfidenceNote> notes(RuleHarness.Judged j, String rule) {
        return j.all(ConfidenceNote.class).stream().filter(n -> n.rule().equals(rule)).toList();
    }

    @Test
    void firmFiguresSetLowBestAndHigh() {
        RuleHarness.Judged j = judge(List.of(
                new CasualtyGroup("E", "killed", "military"), new CasualtyGroup("P", "killed", "military"),
                ev("a#1", "E", 10, 10, "firm", 3, "media"), ev("b#1", "E", 14, 14, "firm", 5, "official"),
                ev("c#1", "E", 40, 40, "hedged", null, "media"),
                ev("p#1", "P", 90, 90, "partisan", null, "perpetrator"))); // control: partisan only sets nothing
        GroupFigure g = figure(j, "E");
        assertEquals(10, g.low());
        assertEquals(14, g.best(), "the analyst rated b's source higher");
        assertEquals(40, g.high(), "high is the largest non-partisan figure, hedged included");
        assertEquals(List.of("a#1", "b#1"), g.claims());
        assertEquals("Firm figures set a count's low, best and high", g.rule());
        assertNull(figure(j, "P"));
    }

    @Test
    void hedgedFiguresSetACountOnlyWithoutAFirmOne() {
        RuleHarness.Judged j = judge(List.of(
                new CasualtyGroup("E", "killed", "military"), new CasualtyGroup("F", "killed", "military"),
                ev("a#1", "E", 31, null, "hedged", null, "media"),
                ev("b#1", "F", 31, null, "hedged", null, "media"), ev("c#1", "F", 12, 12, "firm", null, "official"))); // control
        GroupFigure g = figure(j, "E");
        assertEquals(31, g.low());
        assertNull(g.high(), "open-ended");
        assertEquals("Hedged figures set a count only when no firm figure exists", g.rule());
        assertEquals("Firm figures set a count's low, best and high", figure(j, "F").rule());
    }

    @Test
    void anOpenEndedClaimAtTheTopLeavesTheHighOpen() {
        RuleHarness.Judged j = judge(List.of(
                new CasualtyGroup("E", "killed", "military"), new CasualtyGroup("F", "killed", "military"),
                ev("a#1", "E", 7, 7, "firm", null, "official"), ev("b#1", "E", 8, null, "firm", null, "media"),
                ev("c#1", "F", 7, 7, "firm", null, "official"), ev("d#1", "F", 3, null, "firm", null, "media"))); // control: the open claim is below
        GroupFigure e = figure(j, "E");
        assertEquals(null, e.high(), "at least 8 beside 7: the high is a lower bound");
        assertEquals(8, e.highAtLeast());
        GroupFigure f = figure(j, "F");
        assertEquals(7, f.high());
        assertEquals(null, f.highAtLeast());
    }

    @Test
    void aSoftZeroSetsACountOnlyWhenNothingFirmerExists() {
        RuleHarness.Judged j = judge(List.of(
                new CasualtyGroup("E", "killed", "military"), new CasualtyGroup("F", "killed", "military"),
                ev("a#1", "E", 0, 0, "soft_zero", null, "unknown"),
                ev("b#1", "F", 0, 0, "soft_zero", null, "unknown"), ev("c#1", "F", 3, 9, "firm", null, "official"))); // control
        GroupFigure g = figure(j, "E");
        assertEquals(List.of(0, 0, 0), List.of(g.low(), g.best(), g.high()));
        assertEquals("A soft zero sets a count only when nothing firmer exists", g.rule());
        assertEquals(3, figure(j, "F").low());
    }

    @Test
    void independentSourcesAgreeingAllowHighConfidence() {
        RuleHarness.Judged j = judge(List.of(), List.of(), List.of(sources("E", 3, 2, "army", "residents"), sources("F", 1, 1, "army")));
        List<ConfidenceNote> n = notes(j, "Independent sources agreeing on place and date allow high confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList()); // control: F rests on one report
        assertEquals("high", n.get(0).level().code());
        assertTrue(n.get(0).note().startsWith("2 independent reports and 2 independent speakers (army, residents) agree on place and date"));
    }

    @Test
    void reportsThatDifferOnTheDayOrPlaceLowerConfidenceAndAreNeverHigh() {
        // E: independent sources, but they differ on the day; F: the same sources, no conflict (control).
        RuleHarness.Judged j = judge(List.of(), List.of(
                new Flag("E", io.triangulate.codes.FlagCode.DATE_CONFLICT, "date", io.triangulate.codes.Level.LOW, List.of("a", "b"), List.of(), "r",
                        "Reports differ on the day: 2024-09-17 (a) vs 2024-09-18 (b)."),
                new Flag("F", io.triangulate.codes.FlagCode.UNCONFIRMED, "casualties.killed", io.triangulate.codes.Level.MEDIUM, List.of(), List.of(), "r", "Not confirmed.")),
                List.of(sources("E", 3, 2, "army", "residents"), sources("F", 3, 2, "army", "residents")));
        List<ConfidenceNote> n = notes(j, "Reports that differ on the day or the place lower confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList());
        assertEquals("medium", n.get(0).level().code());
        assertEquals("the reports differ on the day (DATE_CONFLICT)", n.get(0).note());
        // "agree on place and date" is never said beside a date or place conflict
        assertEquals(List.of("F"), notes(j, "Independent sources agreeing on place and date allow high confidence").stream()
                .map(ConfidenceNote::event).toList());
    }

    @Test
    void anEventsConfidenceIsTheLowestLevelAnyOfItsNotesAllows() {
        // E: independent sources (high) and a note allowing medium; F: one source (low); G: independent sources only.
        RuleHarness.Judged j = judge(List.of(),
                List.of(new ConfidenceNote("E", io.triangulate.codes.Level.MEDIUM, "some figures are not confirmed", "r")),
                List.of(sources("E", 3, 2, "army", "residents"), sources("F", 1, 1, "army"), sources("G", 3, 2, "army", "residents")));
        java.util.Map<String, String> levels = new java.util.TreeMap<>();
        for (EventConfidence c : j.all(EventConfidence.class)) {
            levels.put(c.event(), c.level().code());
            assertEquals("An event's confidence is the lowest level any of its notes allows", c.rule());
        }
        assertEquals(java.util.Map.of("E", "medium", "F", "low", "G", "high"), levels);
        // an event no note speaks of takes the table's default
        assertEquals(io.triangulate.codes.Level.LOW, EventConfidence.lowest(List.of(), io.triangulate.codes.Level.LOW));
    }

    @Test
    void anEventRestingOnOneSourceIsLowConfidence() {
        RuleHarness.Judged j = judge(List.of(), List.of(), List.of(sources("E", 1, 1, "army"), sources("F", 3, 2, "army", "residents")));
        List<ConfidenceNote> n = notes(j, "An event resting on one source is low confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList()); // control: F
        assertEquals("low", n.get(0).level().code());
    }

    @Test
    void aNoteNeverPrintsAnEmptyListOfSpeakers() {
        // Two reports, no named speaker: said so, never "only one speaker ()".
        RuleHarness.Judged j = judge(List.of(), List.of(), List.of(sources("E", 2, 2), sources("F", 2, 2, "army")));
        List<ConfidenceNote> n = notes(j, "An event resting on one source is low confidence");
        assertEquals(List.of("no named speaker across 2 reports", "only one speaker (army) across 2 reports"),
                n.stream().sorted(java.util.Comparator.comparing(ConfidenceNote::event)).map(ConfidenceNote::note).toList());
    }

    @Test
    void disputedFiguresLowerConfidence() {
        RuleHarness.Judged j = judge(List.of(
                new Flag("E", io.triangulate.codes.FlagCode.CASUALTY_CONFLICT, "casualties.killed", io.triangulate.codes.Level.HIGH, List.of(), List.of(), "r", "Casualty figures disagree: 0 (UNHCR) vs 12 (commissioner)."),
                // the note is written from the disagreements themselves, not from the flag's words
                new Disagreement("E", "casualties.killed", "a#1", "b#1", "a", "b", io.triangulate.codes.Level.HIGH, "0 (UNHCR) vs 12 (commissioner)", "r"),
                new Disagreement("E", "casualties.killed", "a#1", "b#1", "a", "b", io.triangulate.codes.Level.HIGH, "0 (UNHCR) vs 12 (commissioner)", "r2"),
                new Flag("F", io.triangulate.codes.FlagCode.UNCONFIRMED, "casualties.killed", io.triangulate.codes.Level.MEDIUM, List.of(), List.of(), "r", "Not confirmed."))); // control for this rule
        List<ConfidenceNote> n = notes(j, "Disputed casualty figures lower confidence");
        assertEquals(1, n.size());
        assertEquals("medium", n.get(0).level().code());
        assertEquals("casualty figures disputed: 0 (UNHCR) vs 12 (commissioner)", n.get(0).note());
    }

    @Test
    void figuresOnlyThePerpetratorGivesLowerConfidence() {
        RuleHarness.Judged j = judge(List.of(
                ev("p#1", "E", 90, 90, "partisan", null, "perpetrator"),
                ev("p#1", "F", 90, 90, "partisan", null, "perpetrator"), ev("a#1", "F", 10, 10, "firm", null, "official"))); // control
        List<ConfidenceNote> n = notes(j, "Figures only the perpetrator gives lower confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList());
        assertEquals("casualty figures: only the perpetrator's claim", n.get(0).note());
    }

    @Test
    void unconfirmedFiguresLowerConfidence() {
        RuleHarness.Judged j = judge(List.of(
                new Flag("E", io.triangulate.codes.FlagCode.UNCONFIRMED, "casualties.killed", io.triangulate.codes.Level.MEDIUM, List.of(), List.of(), "r", "Not confirmed."),
                new Flag("F", io.triangulate.codes.FlagCode.UNCONFIRMED, "target", io.triangulate.codes.Level.LOW, List.of(), List.of(), "r", "Not confirmed."))); // control: not a figure
        List<ConfidenceNote> n = notes(j, "Unconfirmed figures lower confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList());
        assertEquals("medium", n.get(0).level().code());
    }

    @Test
    void aDisputedPerpetratorLowersConfidence() {
        RuleHarness.Judged j = judge(List.of(
                new PerpetratorVerdict("E", "IS Sahel / JNIM", io.triangulate.codes.Stance.DISPUTED, List.of(), List.of(), "r"),
                new PerpetratorVerdict("F", "JNIM", io.triangulate.codes.Stance.CLAIMED, List.of(), List.of(), "r"))); // control
        List<ConfidenceNote> n = notes(j, "A disputed perpetrator lowers confidence");
        assertEquals(List.of("E"), n.stream().map(ConfidenceNote::event).toList());
        assertEquals("perpetrator disputed: IS Sahel / JNIM", n.get(0).note());
    }

    @Test
    void aDerivativeReportAddsNothingToConfidence() {
        RuleHarness.Judged j = judge(List.of(new Derivative("E", "d", "a", "r"), new Derivative("F", "x", "y", "r")));
        List<ConfidenceNote> n = notes(j, "A derivative report adds nothing to confidence");
        assertEquals(List.of("d repeats other reports (nearest: a) and is not counted as a source",
                "x repeats other reports (nearest: y) and is not counted as a source"), n.stream().map(ConfidenceNote::note).sorted().toList());
        assertTrue(n.stream().allMatch(x -> x.level() == io.triangulate.codes.Level.HIGH), "it does not lower confidence either");
    }
}
