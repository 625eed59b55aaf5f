package io.triangulate.extract;

import io.triangulate.text.Sentence;

import java.util.List;

/**
 * What one sentence says: its claims, the places and the event date it names, whether it dates by a
 * relative expression ("earlier today"), and whether it is background or about an attack itself.
 */
public record SentenceReading(Sentence sentence, List<Claim> claims, List<Place> places, EventDate date,
                              String dateExpression, boolean relativeDate, boolean background, boolean eventCue,
                              List<Speaker> speakers) {
    /** Someone the sentence quotes or reports: "the army said", "according to residents". */
    public record Speaker(String name, String kind) {}
}
