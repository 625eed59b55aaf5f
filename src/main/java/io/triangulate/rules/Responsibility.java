package io.triangulate.rules;

/**
 * A claim about who did it, inside an event: the actor, the stance (claimed, attributed, suspected, denied),
 * who says it and what kind of speaker that is; {@code descriptor} for an unnamed description ("an
 * al-Qaeda linked group") and its {@code affiliation}, which a named group of that affiliation matches.
 */
public record Responsibility(String event, String claim, String report, String actor, String stance, String speaker,
                             String sourceKind, boolean descriptor, String affiliation) {

    /** Two claims name the same actor, or a description and a group of its affiliation. */
    public boolean sameActor(Responsibility o) {
        if (actor.equals(o.actor)) return true;
        if (descriptor && !o.descriptor) return affiliation != null && affiliation.equals(o.affiliation);
        if (o.descriptor && !descriptor) return o.affiliation != null && o.affiliation.equals(affiliation);
        return false;
    }

    /** "JNIM (claimed by JNIM)", "Boko Haram (attributed by authorities)". */
    public String describe() {
        return actor + " (" + stance + (speaker == null ? "" : " by " + speaker) + ")";
    }
}
