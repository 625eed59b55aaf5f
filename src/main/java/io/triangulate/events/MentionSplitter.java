package io.triangulate.events;

import io.triangulate.extract.Claim;
import io.triangulate.extract.EventDate;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;
import io.triangulate.extract.ReportClaims;
import io.triangulate.extract.SentenceReading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a report's claims into event mentions. Sentences are read in order: a date or place that does
 * not fit the mention being read starts another one (an article on Sunday's attack in Boulikessi that
 * also reports Monday's gunfire in Timbuktu holds two); sentences without an anchor add their claims to
 * the mention being read; background sentences anchor nothing. A digest — one-liners about many places
 * whose relative dates belong to their own unknown posting days — yields no mention at all.
 */
public final class MentionSplitter {
    /** A digest names at least this many countries in its attack sentences… */
    static final int DIGEST_MIN_COUNTRIES = 4;
    /** …across at least this many attack sentences. */
    static final int DIGEST_MIN_ITEMS = 8;

    private final Gazetteer gazetteer;

    public MentionSplitter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Draft {
        Place place;
        EventDate date;
        final List<Claim> claims = new ArrayList<>();
        final List<SentenceReading.Speaker> speakers = new ArrayList<>();
    }

    public Mentions split(ReportClaims rc) {
        String report = rc.report().id();
        String digest = digestReason(rc);
        if (digest != null) return new Mentions(List.of(), List.of(new Unassigned(report, null, digest)));

        List<Draft> drafts = new ArrayList<>();
        List<Claim> pending = new ArrayList<>();
        List<SentenceReading.Speaker> pendingSpeakers = new ArrayList<>();
        Draft current = null;
        for (SentenceReading s : rc.sentences()) {
            if (s.background()) continue;
            Place place = finest(s.places());
            EventDate date = s.date();
            if (date != null) {
                Draft same = null;
                for (Draft d : drafts) {
                    if (d.date != null && d.date.sameAs(date) && (place == null || d.place == null || d.place.compatible(place))) {
                        same = d;
                        break;
                    }
                }
                if (same != null) {
                    current = same;
                } else if (current != null && current.date == null && (place == null || current.place == null || current.place.compatible(place))) {
                    current.date = date;
                } else if (current == null || s.eventCue()) {
                    current = newDraft(drafts, date, null);
                }
            }
            if (place != null) {
                if (current == null) {
                    if (s.eventCue()) current = newDraft(drafts, null, place);
                } else if (current.place == null) {
                    current.place = place;
                } else if (current.place.compatible(place)) {
                    // Only a sentence about the attack itself makes the place finer: "the airport was closed
                    // following the attack" says where something else happened.
                    if (s.eventCue() || !current.place.contains(place)) current.place = narrower(current.place, place);
                } else if (s.eventCue() && date == null) {
                    current = newDraft(drafts, null, place);
                }
            }
            if (current == null) {
                pending.addAll(s.claims());
                pendingSpeakers.addAll(s.speakers());
            } else {
                current.claims.addAll(s.claims());
                current.speakers.addAll(s.speakers());
            }
        }
        if (!drafts.isEmpty()) {
            drafts.get(0).claims.addAll(0, pending);
            drafts.get(0).speakers.addAll(0, pendingSpeakers);
        }

        List<EventMention> mentions = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = report + "@" + (i + 1);
            EventMention m = new EventMention(id, report, rc.report().group(), d.place, d.date, List.copyOf(d.claims),
                    d.speakers.stream().distinct().toList());
            if (d.place == null) unassigned.add(new Unassigned(report, id, "mention names no place (" + m.describe() + ")"));
            else mentions.add(m);
        }
        if (drafts.isEmpty()) {
            unassigned.add(new Unassigned(report, null, "no event mention: no sentence about an attack names a place or a date"));
        }
        return new Mentions(List.copyOf(mentions), List.copyOf(unassigned));
    }

    private static Draft newDraft(List<Draft> drafts, EventDate date, Place place) {
        Draft d = new Draft();
        d.date = date;
        d.place = place;
        drafts.add(d);
        return d;
    }

    /** The finest place a sentence names; places that enclose another are context. */
    private static Place finest(List<Place> places) {
        Place best = null;
        for (Place p : places) if (best == null || p.rank() > best.rank()) best = p;
        return best;
    }

    /** Of two compatible places, the one that says most; two parts of one city give the city. */
    private Place narrower(Place a, Place b) {
        if (a.contains(b)) return b;
        if (b.contains(a)) return a;
        Place city = a.cityId() == null ? null : gazetteer.place(a.cityId());
        return city != null ? city : a;
    }

    private static String digestReason(ReportClaims rc) {
        Set<String> countries = new TreeSet<>();
        int items = 0;
        for (SentenceReading s : rc.sentences()) {
            if (s.background() || !s.eventCue()) continue;
            items++;
            for (Place p : s.places()) countries.add(p.countryCode());
        }
        if (countries.size() >= DIGEST_MIN_COUNTRIES && items >= DIGEST_MIN_ITEMS) {
            return "digest: " + items + " one-line items about " + countries.size() + " countries (" + String.join(", ", countries)
                    + ") whose relative dates belong to their own unknown posting days; no item can be dated, so none joins an event";
        }
        return null;
    }
}
