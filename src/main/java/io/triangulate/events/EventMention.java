package io.triangulate.events;

import io.triangulate.extract.Claim;
import io.triangulate.extract.EventDate;
import io.triangulate.extract.Place;
import io.triangulate.extract.SentenceReading;

import java.util.List;

/**
 * The claims of one report about one event, anchored to a place and (where the report says) a date, and
 * everyone its sentences quote or report, whether or not their sentence holds a claim.
 */
public record EventMention(String id, String report, String group, Place place, EventDate date, List<Claim> claims,
                           List<SentenceReading.Speaker> speakers) {
    /** "Boulkessi, Sunday": how a person names the mention. */
    public String describe() {
        return (place == null ? "no place" : place.name()) + ", " + (date == null ? "undated" : date.describe());
    }
}
