package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.triangulate.rules.RuleHarness.c;
import static io.triangulate.rules.RuleHarness.dated;
import static io.triangulate.rules.RuleHarness.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** casualties.drl: one test per rule, each with a control that must not match. */
class CasualtiesRulesTest {
    static List<String> tier(RuleHarness.Judged j, String tier) {
        return j.all(Evidence.class).stream().filter(e -> e.tier().code().equals(tier)).map(Evidence::claim).sorted().toList();
    }

    @Test
    void aSpecificFigureFromAnIndependentNonPartisanSpeakerIsFirm() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 12, 12, "military", false, "official"),
                c("b#1", "E", "killed", 12, 12, "military", false, "official"),
                new Derivative("E", "b", "a", "test"),                               // control: b is a rewrite
                c("p#1", "E", "killed", 40, 40, "military", false, "perpetrator"))); // control: partisan
        assertEquals(List.of("a#1"), tier(j, "firm"));
        assertEquals("A specific casualty figure from an independent non-partisan speaker is firm evidence",
                j.all(Evidence.class).stream().filter(e -> e.tier().code().equals("firm")).findFirst().orElseThrow().rule());
    }

    @Test
    void aHedgedFigureIsHedgedEvidence() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 31, null, "military", true, "media"),
                c("b#1", "E", "killed", 31, null, "military", false, "media"))); // control: not hedged
        assertEquals(List.of("a#1"), tier(j, "hedged"));
        assertEquals("A hedged casualty figure is hedged evidence",
                j.all(Evidence.class).stream().filter(e -> e.tier().code().equals("hedged")).findFirst().orElseThrow().rule());
    }

    /** A claim of report r rated {@code rating} (null: unrated), with the qualifier given. */
    static Casualty rated(String id, Integer min, Integer max, String qualifier, Integer rating) {
        return new Casualty(id, "E", id.substring(0, 1), "killed", min, max, "unknown", qualifier, false, "unknown", null,
                null, rating, false, false);
    }

    @Test
    void aVagueWordFromAnUnratedOrLowRatedReportIsHedgedEvidence() {
        RuleHarness.Judged j = judge(List.of(
                rated("a#1", 24, 99, "vague", null), rated("b#1", 24, 99, "vague", 1),
                rated("c#1", 24, 99, "vague", 4),     // control: a well-rated report's "dozens" is firm
                rated("d#1", 7, 7, "exact", null)));  // control: an exact figure is firm, rated or not
        assertEquals(List.of("a#1", "b#1"), tier(j, "hedged"));
        assertEquals(List.of("c#1", "d#1"), tier(j, "firm"));
    }

    @Test
    void aFigureBeyondTheBoundForOneEventIsFlaggedAndNeverEvidence() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 2_000_000, 2_000_000, "civilians", false, "official"),
                c("b#1", "E", "killed", 12, 12, "civilians", false, "official"))); // control: a plausible figure
        List<Flag> f = j.flags("IMPLAUSIBLE_FIGURE");
        assertEquals(List.of(List.of("a#1")), f.stream().map(Flag::claims).toList());
        assertEquals("A figure beyond the bound for one event is implausible", f.get(0).rule());
        assertEquals(List.of("b#1"), tier(j, "firm"), "the implausible figure is no evidence");
        // a hedged one is no evidence either
        RuleHarness.Judged h = judge(List.of(c("h#1", "E", "killed", 150_000, null, "civilians", true, "media")));
        assertEquals(List.of(), tier(h, "hedged"));
    }

    @Test
    void aClaimThatNoOneWasHurtIsASoftZero() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed_or_injured", 0, 0, "unknown", false, "unknown"),
                c("b#1", "E", "killed", 3, 3, "unknown", false, "unknown"))); // control: a figure
        assertEquals(List.of("a#1"), tier(j, "soft_zero"));
        assertEquals("A claim that no one was hurt is a soft zero",
                j.all(Evidence.class).stream().filter(e -> e.tier().code().equals("soft_zero")).findFirst().orElseThrow().rule());
    }

    @Test
    void aPerpetratorsOwnFigureIsPartisanEvidence() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 20, 20, "military", false, "perpetrator"),
                c("b#1", "E", "killed", 20, 20, "military", false, "media"))); // control
        assertEquals(List.of("a#1"), tier(j, "partisan"));
        assertEquals("A perpetrator's own casualty figure is partisan evidence",
                j.all(Evidence.class).stream().filter(e -> e.tier().code().equals("partisan")).findFirst().orElseThrow().rule());
    }

    @Test
    void aLaterHigherTollIsARevisionNotAConflict() {
        LocalDate d = LocalDate.of(2022, 9, 27);
        RuleHarness.Judged j = judge(List.of(
                dated(c("a#1", "E", "killed", 40, 40, "unknown", false, "official"), d, false, false),
                dated(c("b#1", "E", "killed", 59, 59, "unknown", false, "official"), d.plusDays(1), true, false),
                dated(c("c#1", "F", "killed", 70, 70, "unknown", false, "official"), d, false, false),
                dated(c("x#1", "F", "killed", 20, 20, "unknown", false, "official"), d.plusDays(1), false, false))); // control: lower later
        List<Flag> f = j.flags("TOLL_REVISION");
        assertEquals(List.of(List.of("a#1", "b#1")), f.stream().map(Flag::claims).toList());
        assertEquals("A later higher toll for the same count is a toll revision", f.get(0).rule());
        assertEquals(List.of("a#1"), j.all(Superseded.class).stream().map(Superseded::claim).toList());
        assertEquals(List.of("b#1"), tier(j, "firm").stream().filter(x -> x.startsWith("a") || x.startsWith("b")).toList());
        assertTrue(j.flags("CASUALTY_CONFLICT").stream().noneMatch(x -> x.event().equals("E")), "a revision is not a conflict");
        assertEquals(1, j.flags("CASUALTY_CONFLICT").size(), "a lower later figure still conflicts");
    }

    @Test
    void captivesLaterReportedDeadAreARevision() {
        LocalDate d = LocalDate.of(2024, 5, 1);
        RuleHarness.Judged j = judge(List.of(
                dated(c("a#1", "E", "captured", 2, 2, "civilians", false, "official"), d, false, false),
                dated(c("b#1", "E", "killed", 2, 2, "civilians", false, "official"), d.plusDays(3), false, false),
                dated(c("c#1", "F", "captured", 2, 2, "civilians", false, "official"), d.plusDays(3), false, false),
                dated(c("x#1", "F", "killed", 2, 2, "civilians", false, "official"), d, false, false))); // control: dead before captured
        List<Flag> f = j.flags("TOLL_REVISION");
        assertEquals(List.of(List.of("a#1", "b#1")), f.stream().map(Flag::claims).toList());
        assertEquals("Captives later reported dead are a toll revision", f.get(0).rule());
    }

    @Test
    void claimsThatCannotBothBeTrueDisagree() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed_or_injured", 0, 0, "unknown", false, "unknown"),
                c("b#1", "E", "killed_or_injured", 3, 9, "security_forces", false, "official"),
                c("c#1", "E", "injured", 2, 2, "security_forces", false, "official"),   // conflicts with a's zero
                c("d#1", "F", "killed", 40, 40, "military", false, "official")));     // control: another event
        List<Disagreement> d = j.all(Disagreement.class);
        assertEquals(List.of("a#1 b#1", "a#1 c#1"), d.stream().map(x -> x.a() + " " + x.b()).sorted().toList());
        assertEquals("Casualty claims about one event that cannot both be true disagree", d.get(0).rule());
    }

    @Test
    void disagreeingClaimsMakeOneConflictPerCount() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed", 0, 0, "unknown", false, "unknown"),
                c("b#1", "E", "killed", 3, 3, "unknown", false, "official"),
                c("c#1", "E", "killed", 30, 30, "unknown", false, "witness"),
                c("d#1", "E", "injured", 5, 5, "unknown", false, "official"),
                c("e#1", "E", "injured", 5, 5, "unknown", false, "witness")));  // control: injured figures agree
        List<Flag> f = j.flags("CASUALTY_CONFLICT");
        assertEquals(1, f.size());
        assertEquals("casualties.killed", f.get(0).field());
        assertEquals(List.of("a#1", "b#1", "c#1"), f.get(0).claims());
        assertEquals("high", f.get(0).severity().code(), "0 against 30 is the widest gap");
        assertEquals("Disagreeing casualty claims make one casualty conflict per count", f.get(0).rule());
    }

    @Test
    void aReportsSmallerCountOfTheSamePeopleIsPartOfItsLargerCount() {
        RuleHarness.Judged j = judge(List.of(
                c("a#1", "E", "killed_or_injured", 4, 4, "unknown", false, "official"),
                c("a#2", "E", "killed_or_injured", 1, 1, "unknown", false, "official"),
                c("a#3", "E", "injured", 8, 8, "unknown", false, "official"),
                c("a#4", "E", "injured", 1, 1, "civilians", false, "official"), // "a girl was among eight wounded"
                c("a#5", "E", "injured", 2, 2, "military", false, "official"),
                c("a#6", "E", "injured", 9, 9, "civilians", false, "official"), // control: other people, not a larger count of soldiers
                c("b#1", "E", "killed_or_injured", 2, 2, "unknown", false, "media"))); // control: another report's smaller count
        List<Superseded> parts = superseded(j, "A report's smaller count of the same people is part of its larger count");
        assertEquals(List.of("a#2", "a#4", "a#5"), parts.stream().map(Superseded::claim).sorted().toList());
        java.util.Map<String, String> by = new java.util.TreeMap<>();
        parts.forEach(x -> by.put(x.claim(), x.by()));
        assertEquals("a#1", by.get("a#2"));
        assertEquals("a#3", by.get("a#5"), "a count of soldiers is part of the report's count of unnamed people");
    }

    @Test
    void aGroupsCountFromASplitTollIsPartOfAnUnknownVictimsToll() {
        Casualty soldiers = new Casualty("a#1", "E", "a", "killed", 15, 15, "military", "exact", false, "official", "government",
                null, null, false, false, true);
        Casualty toll = c("b#1", "E", "killed", 64, null, "unknown", false, "official");
        Casualty alone = c("c#1", "E", "killed", 15, 15, "military", false, "official"); // control: not one of several groups
        RuleHarness.Judged j = judge(List.of(soldiers, toll, alone));
        List<Disagreement> d = j.all(Disagreement.class);
        assertEquals(List.of("b#1-c#1"), d.stream().map(x -> x.a().compareTo(x.b()) < 0 ? x.a() + "-" + x.b() : x.b() + "-" + x.a()).toList());
    }

    @Test
    void onePersonAReportNamesIsOneOfAnotherReportsLargerCount() {
        RuleHarness.Judged j = judge(List.of(
                RuleHarness.onePerson(c("a#1", "E", "killed_or_injured", 1, 1, "civilians", false, "unknown")), // "a girl was shot"
                c("b#1", "E", "injured", 5, 5, "unknown", false, "official"),                                    // "five were wounded"
                c("c#1", "E", "killed", 1, 1, "unknown", false, "official"),   // control: "one person was killed", a count
                c("d#1", "E", "killed", 3, 3, "unknown", false, "witness")));
        List<Superseded> parts = superseded(j, "One person a report names is one of another report's larger count");
        assertEquals(List.of("a#1"), parts.stream().map(Superseded::claim).toList());
        assertTrue(parts.get(0).part());
        List<Disagreement> d = j.all(Disagreement.class);
        assertEquals(List.of("c#1-d#1"), d.stream().map(x -> x.a().compareTo(x.b()) < 0 ? x.a() + "-" + x.b() : x.b() + "-" + x.a()).toList(),
                "the named person conflicts with nothing; a count of one against a count of three still does");
    }

    @Test
    void oneNamedPersonHitIsPartOfTheSameReportsCountOfTheWounded() {
        RuleHarness.Judged j = judge(List.of(
                RuleHarness.onePerson(c("a#1", "E", "killed_or_injured", 1, 1, "unknown", false, "official")), // "a man was shot"
                c("a#2", "E", "injured", 3, 3, "unknown", false, "official"),                                  // "three were wounded"
                c("a#3", "E", "killed_or_injured", 2, 2, "unknown", false, "official"),  // control: a count of two hit is no part of it
                c("a#4", "E", "injured", 9, 9, "unknown", false, "official")));
        List<String> parts = superseded(j, "A report's smaller count of the same people is part of its larger count").stream()
                .map(Superseded::claim).sorted().toList();
        assertEquals(List.of("a#1", "a#2"), parts, "a#2 (3 wounded) is part of the report's 9 wounded; a#3 stays");
    }

    @Test
    void aReportsExactFigureInsideItsVagueOneSaysWhatTheVagueOneMeant() {
        RuleHarness.Judged j = judge(List.of(
                RuleHarness.qualified(c("a#1", "E", "injured", 3, 9, "unknown", false, "media"), "vague"), // "several injured"
                c("a#2", "E", "injured", 4, 4, "unknown", false, "official"),                               // "four were wounded"
                RuleHarness.qualified(c("b#1", "E", "injured", 3, 9, "unknown", false, "media"), "vague"), // control: nothing exact inside
                c("b#2", "E", "injured", 12, 12, "unknown", false, "official")));
        List<Superseded> s = superseded(j, "A report's exact figure inside its vague one says what the vague one meant");
        assertEquals(List.of("a#1"), s.stream().map(Superseded::claim).toList());
        assertEquals("a#2", s.get(0).by());
    }

    /** The claims the named rule set aside. */
    private static List<Superseded> superseded(RuleHarness.Judged j, String rule) {
        return j.all(Superseded.class).stream().filter(x -> x.rule().equals(rule)).toList();
    }
}
