package io.triangulate.extract;

import io.triangulate.text.Sentence;

import java.util.List;

/**
 * What one sentence says: its claims, the places and the event date it names, whether it dates by a
 * relative expression ("earlier today"), whether that date is rather the date of the aftermath ("was arraigned
 * Monday"), and whether it is background or about an attack itself.
 */
public record SentenceReading(Sentence sentence, List<Claim> claims, List<NamedPlace> named, EventDate date,
                              String dateExpression, boolean relativeDate, boolean aftermathDate, boolean background,
                              boolean eventCue, List<Speaker> speakers) {
    /** Someone the sentence quotes or reports: "the army said", "according to residents". */
    public record Speaker(String name, String kind) {}

    /**
     * A place the sentence names. {@code cued}: after a locative word ("in Killingly", "near the town of X") or in
     * the dateline. {@code incidental}: named for something else than where the event happened — an institution
     * ("Chicago police"), a residence ("a Pocatello man"), a hospital ("taken to a hospital in Putnam").
     * {@code dateline}: where the story was filed ("DAYTON, Ohio (WHIO) —"), often not where it happened.
     * {@code agency}: the place names an agency ("Alma police"), incidental, yet a hint of where the agency works.
     */
    public record NamedPlace(Place place, boolean cued, boolean incidental, boolean dateline, boolean agency) {}

    /** The places that may be where the event happened. */
    public List<Place> places() {
        return named.stream().filter(p -> !p.incidental()).map(NamedPlace::place).toList();
    }

    /** The places named in passing. */
    public List<Place> incidental() {
        return named.stream().filter(NamedPlace::incidental).map(NamedPlace::place).toList();
    }

    /** The sentence holds a casualty figure. */
    public boolean hasCasualty() {
        return claims.stream().anyMatch(c -> c instanceof CasualtyClaim);
    }
}
