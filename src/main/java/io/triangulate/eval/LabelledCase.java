package io.triangulate.eval;

import java.util.List;

/**
 * One labelled text: a sentence or short report written for the project (or a file it points at, such as a
 * seed), with what a careful analyst reads in it. A null list means "not labelled for this claim type", so
 * a sentence written to test casualty figures is not scored on places; an empty list means "none".
 */
public record LabelledCase(String id, String source, int line, String region, String form, String published, String language, String text,
                           List<ExpectedCasualty> casualties, List<ExpectedEvent> events, List<String> speakers,
                           List<ExpectedResponsibility> responsibility) {

    /** A casualty claim: kind, interval (high null when open-ended), victims. */
    public record ExpectedCasualty(String kind, Integer low, Integer high, String victims) {
        String key() {
            return kind + " " + low + ".." + (high == null ? "" : high);
        }
    }

    /** An event the text reports: its place (name, and ISO country when the name is ambiguous) and date. */
    public record ExpectedEvent(String place, String country, String date) {}

    /** Who is named as responsible, and how: claimed, attributed, suspected, denied. */
    public record ExpectedResponsibility(String actor, String status) {
        String key() {
            return actor + " " + status;
        }
    }
}
