package io.triangulate.events;

import io.triangulate.extract.Claim;
import io.triangulate.extract.EventDate;
import io.triangulate.extract.Place;
import io.triangulate.extract.SentenceReading;

import java.util.List;

/**
 * The claims of one report about one event, anchored to a place and (where the report says) a date, and
 * everyone its sentences quote or report, whether or not their sentence holds a claim. {@code aftermathDate}: the
 * only date the report gives is that of what came after (a hearing, an arrest), weak evidence of when it happened.
 */
public record EventMention(String id, String report, String group, Place place, EventDate date, List<Claim> claims,
                           List<SentenceReading.Speaker> speakers, boolean aftermathDate) {
    /** A mention dated by the attack itself (or undated). */
    public EventMention(String id, String report, String group, Place place, EventDate date, List<Claim> claims,
                        List<SentenceReading.Speaker> speakers) {
        this(id, report, group, place, date, claims, speakers, false);
    }

    /** "Boulkessi, Sunday": how a person names the mention. */
    public String describe() {
        return (place == null ? "no place" : place.name()) + ", " + (date == null ? "undated" : date.describe());
    }
}
