package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.triangulate.rules.RuleHarness.c;
import static io.triangulate.rules.RuleHarness.judge;
import static io.triangulate.rules.RuleHarness.r;
import static io.triangulate.rules.RuleHarness.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sources.drl: one test per rule, each with a control that must not match. */
class SourcesRulesTest {
    static ReportInEvent report(String id, int ownSpeakers, int ownClaims, int shared, double similarity) {
        return report(id, ownSpeakers, ownClaims, shared, similarity, true);
    }

    static ReportInEvent report(String id, int ownSpeakers, int ownClaims, int shared, double similarity, boolean closestCameFirst) {
        return new ReportInEvent("E", id, null, null, List.of("official"), ownSpeakers, 2, ownClaims, shared, similarity, "a", closestCameFirst);
    }

    @Test
    void aReportThatAddsNothingOfItsOwnIsDerivative() {
        RuleHarness.Judged j = judge(List.of(
                report("d", 0, 0, 3, 0.4),    // repeats quotations, no speaker or claim of its own
                report("e", 1, 0, 3, 0.9),    // control: a speaker of its own
                report("f", 0, 1, 3, 0.9),    // control: a claim of its own
                report("g", 0, 0, 0, 0.3),    // control: neither quotations nor wording shared
                report("h", 0, 0, 3, 0.9, false))); // control: the original of a pair that repeat each other
        assertEquals(List.of("d"), j.all(Derivative.class).stream().map(Derivative::report).toList());
        Flag f = j.flags("DERIVATIVE_REPORT").get(0);
        assertEquals(List.of("a", "d"), f.reports());
        assertEquals("A report that adds no speaker or claim of its own and repeats another's words is derivative", f.rule());
    }

    @Test
    void aHedgedCasualtyClaimIsUnconfirmed() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 31, null, "military", true, "media"),
                c("b#1", "E", "killed", 31, null, "military", false, "media"))); // control: not hedged
        List<Flag> f = j.flags("UNCONFIRMED");
        assertEquals(List.of(List.of("a#1")), f.stream().map(Flag::claims).toList());
        assertEquals("casualties.killed", f.get(0).field());
        assertEquals("A hedged casualty claim is unconfirmed", f.get(0).rule());
    }

    @Test
    void aHedgedClaimAboutTheAttackIsUnconfirmed() {
        RuleHarness.Judged j = judge(List.of(
                new Statement("E", "a#2", "a", "target", "military airport", true, "JNIM"),
                new Statement("E", "a#3", "a", "place", "Bamako", true, null),         // control: places are for matching
                new Statement("E", "b#2", "b", "target", "gendarmerie school", false, null))); // control: not hedged
        List<Flag> f = j.flags("UNCONFIRMED");
        assertEquals(1, f.size());
        assertEquals("Not confirmed: target \"military airport\" (JNIM).", f.get(0).note());
        assertEquals("A hedged claim about the attack is unconfirmed", f.get(0).rule());
    }

    @Test
    void aPerpetratorsClaimAboutItsOwnAttackIsPartisan() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 20, 20, "military", false, "perpetrator"),
                c("b#1", "E", "killed", 5, 5, "military", false, "official"))); // control
        List<Flag> f = j.flags("PARTISAN_CLAIM");
        assertEquals(List.of(List.of("a#1")), f.stream().map(Flag::claims).toList());
        assertEquals("A perpetrator's claim about its own attack is partisan", f.get(0).rule());
    }

    @Test
    void anOfficialClaimOfNoLossesIsAPartisanPlayDown() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed_or_injured", 0, 0, "unknown", false, "official"),
                c("b#1", "E", "killed_or_injured", 0, 0, "unknown", false, "witness"))); // control: not the official side
        List<Flag> f = j.flags("PARTISAN_CLAIM");
        assertEquals(List.of(List.of("a#1")), f.stream().map(Flag::claims).toList());
        assertEquals("An official side's claim of no losses is a partisan play-down", f.get(0).rule());
    }

    @Test
    void anOfficialDenialOfResponsibilityIsPartisan() {
        RuleHarness.Judged j = judge(List.of(
                r("a#1", "E", "armed forces", "denied", "army", "official"),
                r("b#1", "E", "FARC", "denied", "FARC", "perpetrator"))); // control: not the official side
        List<Flag> f = j.flags("PARTISAN_CLAIM");
        assertEquals(List.of(List.of("a#1")), f.stream().map(Flag::claims).toList());
        assertEquals("An official denial of responsibility is partisan", f.get(0).rule());
    }

    @Test
    void anEventRestingOnOneReportOrOneSpeakerIsSingleSource() {
        RuleHarness.Judged j = judge(List.of(), List.of(), List.of(
                sources("ONE_REPORT", 1, 1, "army", "JNIM"),
                sources("ONE_SPEAKER", 3, 3, "army"),
                sources("MANY", 3, 2, "army", "residents"))); // control
        List<Flag> f = j.flags("SINGLE_SOURCE");
        assertEquals(List.of("ONE_REPORT", "ONE_SPEAKER"), f.stream().map(Flag::event).sorted().toList());
        assertTrue(f.stream().allMatch(x -> x.rule().equals("An event resting on one report or one speaker is single-source")));
    }
}
