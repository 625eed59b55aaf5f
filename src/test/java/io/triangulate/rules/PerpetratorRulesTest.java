package io.triangulate.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.triangulate.rules.RuleHarness.judge;
import static io.triangulate.rules.RuleHarness.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** perpetrator.drl: one test per rule, each with a control event that must get another verdict. */
class PerpetratorRulesTest {
    static PerpetratorVerdict verdict(RuleHarness.Judged j, String event) {
        List<PerpetratorVerdict> v = j.all(PerpetratorVerdict.class).stream().filter(x -> x.event().equals(event)).toList();
        assertEquals(1, v.size(), () -> "verdicts: " + v);
        return v.get(0);
    }

    static EventInBlock event(String id) {
        return new EventInBlock(id, "b", 1, true, id);
    }

    @Test
    void differentActorsNamedAreAPerpetratorConflict() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "JNIM", "claimed", "JNIM", "perpetrator"),
                r("b#1", "E", "IS Sahel", "attributed", "army", "official"),
                new Responsibility("F", "c#1", "c", "JNIM", "claimed", "JNIM", "perpetrator", false, "al-Qaeda"),
                new Responsibility("F", "d#1", "d", "al-Qaeda-linked group", "claimed", null, "perpetrator", true, "al-Qaeda"))); // control
        PerpetratorVerdict v = verdict(j, "E");
        assertEquals("disputed", v.status().code());
        assertEquals("IS Sahel / JNIM", v.actor());
        assertEquals(List.of("IS Sahel (attributed by army)", "JNIM (claimed by JNIM)"), v.claimants());
        assertEquals(1, j.flags("PERPETRATOR_CONFLICT").size());
        assertEquals("Different actors named for one event are a perpetrator conflict", j.flags("PERPETRATOR_CONFLICT").get(0).rule());
        assertEquals("claimed", verdict(j, "F").status().code(), "a description of JNIM's affiliation is JNIM");
    }

    @Test
    void aClaimContradictedByTheSameActorsDenialIsDisputed() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "FARC", "attributed", "army", "official"),
                r("b#1", "E", "FARC", "denied", "FARC", "perpetrator"),
                r("c#1", "F", "FARC", "attributed", "army", "official"))); // control: no denial
        assertEquals("disputed", verdict(j, "E").status().code());
        assertEquals("A claim contradicted by a denial from the same actor is disputed", verdict(j, "E").rule());
        assertTrue(j.flags("PERPETRATOR_CONFLICT").isEmpty(), "one actor: no conflict between actors");
        assertEquals("attributed", verdict(j, "F").status().code());
    }

    @Test
    void anUncontestedClaimMakesTheClaimedPerpetrator() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "ISWAP", "claimed", "ISWAP", "perpetrator"),
                r("b#1", "E", "ISWAP", "attributed", "army", "official"),
                r("c#1", "F", "ISWAP", "suspected", "police", "official"))); // control
        assertEquals("claimed", verdict(j, "E").status().code());
        assertEquals("ISWAP", verdict(j, "E").actor());
        assertEquals("An uncontested claim of responsibility makes the claimed perpetrator", verdict(j, "E").rule());
        assertEquals("suspected", verdict(j, "F").status().code());
    }

    @Test
    void anActorOthersNameIsTheAttributedPerpetrator() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "Boko Haram", "attributed", "authorities", "official"),
                r("c#1", "F", "Boko Haram", "claimed", "Boko Haram", "perpetrator"))); // control
        assertEquals("attributed", verdict(j, "E").status().code());
        assertEquals("An actor others name as the attacker is the attributed perpetrator", verdict(j, "E").rule());
        assertEquals("claimed", verdict(j, "F").status().code());
    }

    @Test
    void anActorOnlySuspectedIsTheSuspectedPerpetrator() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "ELN", "suspected", "police", "official"),
                r("b#1", "F", "ELN", "suspected", "police", "official"),
                r("c#1", "F", "ELN", "attributed", "army", "official"))); // control
        assertEquals("suspected", verdict(j, "E").status().code());
        assertEquals("An actor only suspected is the suspected perpetrator", verdict(j, "E").rule());
        assertEquals("attributed", verdict(j, "F").status().code());
    }

    @Test
    void aDenialAloneIsADenial() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "Taliban", "denied", "Taliban", "perpetrator"),
                r("b#1", "F", "Taliban", "denied", "Taliban", "perpetrator"),
                r("c#1", "F", "TTP", "claimed", "TTP", "perpetrator"))); // control: someone else claims it
        assertEquals("denied", verdict(j, "E").status().code());
        assertEquals("Taliban", verdict(j, "E").actor());
        assertEquals("An actor's denial with no claim or attribution is a denial", verdict(j, "E").rule());
        assertEquals("claimed", verdict(j, "F").status().code());
    }

    @Test
    void anEventNobodyClaimsHasAnUnknownPerpetrator() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("c#1", "F", "M23", "denied", "M23", "perpetrator"))); // control
        assertEquals("unknown", verdict(j, "E").status().code());
        assertEquals(null, verdict(j, "E").actor());
        assertEquals("An event nobody claims or attributes has an unknown perpetrator", verdict(j, "E").rule());
        assertEquals("denied", verdict(j, "F").status().code());
    }

    static List<PerpetratorDispute> disputes(RuleHarness.Judged j) {
        return j.all(PerpetratorDispute.class).stream().sorted(java.util.Comparator.comparing(PerpetratorDispute::event)).toList();
    }

    @Test
    void sourcesNamingDifferentActorsDisputeThePerpetratorOnceHoweverManyPairs() {
        // Three actors named for E: three rival pairs, one dispute, one verdict, one flag naming all three.
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "JNIM", "claimed", "JNIM", "perpetrator"),
                r("b#1", "E", "IS Sahel", "attributed", "army", "official"),
                r("c#1", "E", "Katiba Macina", "suspected", "residents", "witness"),
                r("d#1", "F", "JNIM", "claimed", "JNIM", "perpetrator"))); // control: one actor
        assertEquals(List.of(new PerpetratorDispute("E", true, "Sources naming different actors dispute the perpetrator")), disputes(j));
        assertEquals("disputed", verdict(j, "E").status().code());
        List<Flag> f = j.flags("PERPETRATOR_CONFLICT");
        assertEquals(1, f.size());
        assertEquals("Sources name different perpetrators: IS Sahel (attributed by army) vs JNIM (claimed by JNIM) vs "
                + "Katiba Macina (suspected by residents).", f.get(0).note());
        assertEquals(List.of("a", "b", "c"), f.get(0).reports());
    }

    @Test
    void aClaimTheSameActorDeniesDisputesThePerpetrator() {
        RuleHarness.Judged j = judge(List.of(event("E"), event("F"),
                r("a#1", "E", "JNIM", "claimed", "JNIM", "perpetrator"),
                r("b#1", "E", "JNIM", "denied", "JNIM", "perpetrator"),
                r("c#1", "F", "JNIM", "claimed", "JNIM", "perpetrator"),
                r("d#1", "F", "IS Sahel", "denied", "IS Sahel", "perpetrator"))); // control: another actor's denial
        assertEquals(List.of(new PerpetratorDispute("E", false, "A claim the same actor denies disputes the perpetrator")), disputes(j));
        assertEquals("claimed", verdict(j, "F").status().code());
    }

    @Test
    void aRivalAndADenialTogetherGiveOneVerdictAndOneReason() {
        // A rival and a same-actor denial: the dispute is the rivalry, and only one verdict rule fires.
        RuleHarness.Judged j = judge(List.of(event("E"),
                r("a#1", "E", "JNIM", "claimed", "JNIM", "perpetrator"),
                r("b#1", "E", "JNIM", "denied", "JNIM", "perpetrator"),
                r("c#1", "E", "IS Sahel", "attributed", "army", "official")));
        assertEquals(List.of(new PerpetratorDispute("E", true, "Sources naming different actors dispute the perpetrator")), disputes(j));
        assertEquals("Different actors named for one event are a perpetrator conflict", verdict(j, "E").rule());
    }
}
