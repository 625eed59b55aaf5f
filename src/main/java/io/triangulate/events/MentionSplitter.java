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

    /** A place a draft's sentences name, with what makes it likely to be where the event happened. */
    private record Candidate(Place place, boolean cued, boolean incidental, boolean dateline, boolean eventSentence, int order, boolean agency) {}

    private static final class Draft {
        Place place;
        EventDate date;
        /** The date is the aftermath's (an arrest, a hearing): any date of the attack itself replaces it. */
        boolean weakDate;
        boolean casualty;
        final List<Candidate> candidates = new ArrayList<>();
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
        List<Candidate> pendingPlaces = new ArrayList<>();
        Draft current = null;
        EventDate pendingDate = null;
        int order = 0;
        for (SentenceReading s : rc.sentences()) {
            if (s.background()) continue;
            order++;
            SentenceReading.NamedPlace strong = strongest(s.named());
            Place place = strong == null ? null : strong.place();
            EventDate date = s.date();
            if (date != null && s.aftermathDate()) {
                // "was arraigned Monday": the date of what came after dates the mention only if nothing else does.
                if (current != null && current.date == null) {
                    current.date = date;
                    current.weakDate = true;
                } else if (current == null && pendingDate == null) {
                    pendingDate = date;
                }
                date = null;
            }
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
                } else if (current != null && (current.date == null || current.weakDate)
                        && (place == null || current.place == null || current.place.compatible(place))) {
                    current.date = date;
                    current.weakDate = false;
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
                } else if (s.eventCue() && date == null && strong.cued() && s.hasCasualty() && current.casualty) {
                    // Another toll at another place ("…, and in Gao two more were killed"): a second incident.
                    current = newDraft(drafts, null, place);
                }
            }
            List<Candidate> here = new ArrayList<>();
            for (SentenceReading.NamedPlace p : s.named()) here.add(new Candidate(p.place(), p.cued(), p.incidental(), p.dateline(), s.eventCue(), order, p.agency()));
            if (current == null) {
                pending.addAll(s.claims());
                pendingSpeakers.addAll(s.speakers());
                pendingPlaces.addAll(here);
            } else {
                current.claims.addAll(s.claims());
                current.speakers.addAll(s.speakers());
                current.candidates.addAll(here);
                current.casualty |= s.hasCasualty();
            }
        }
        if (drafts.isEmpty() && rc.sentences().stream().anyMatch(s -> !s.background() && (s.eventCue() || s.hasCasualty()))) {
            // A report about an attack whose sentences about it name neither its place nor its day still tells of it,
            // placed by what the report names elsewhere ("Residents of Beni said …", its dateline, "Chicago police") if
            // anything: in an analyst's group it may join the group's main event (a coarse match); in a pooled stream,
            // unplaced, it stays unassigned.
            newDraft(drafts, null, null);
        }
        if (!drafts.isEmpty()) {
            drafts.get(0).claims.addAll(0, pending);
            drafts.get(0).speakers.addAll(0, pendingSpeakers);
            drafts.get(0).candidates.addAll(0, pendingPlaces);
        }
        if (!drafts.isEmpty() && drafts.get(0).date == null && pendingDate != null) {
            drafts.get(0).date = pendingDate;
            drafts.get(0).weakDate = true;
        }
        for (Draft d : drafts) d.place = bestPlace(d);
        mergePlaceless(drafts);

        List<EventMention> mentions = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = report + "@" + (i + 1);
            EventMention m = new EventMention(id, report, rc.report().group(), d.place, d.date, List.copyOf(d.claims),
                    d.speakers.stream().distinct().toList(), d.date != null && d.weakDate);
            // A mention that names no place is kept: in an analyst's group it may join the group's main event.
            mentions.add(m);
        }
        if (drafts.isEmpty()) {
            unassigned.add(new Unassigned(report, null, "no event mention: no sentence about an attack names a place or a date"));
        }
        return new Mentions(List.copyOf(mentions), List.copyOf(unassigned));
    }

    /**
     * A mention no sentence places ("Osburn shot Robinson on Friday, Feb. 24", after "Detroit" was named for the
     * court date) is the placed mention before it (else after it) when their days are within a few of each other or
     * either is undated: its claims and its date join that mention, whose aftermath date gives way to a date of the
     * attack. Placeless mentions days apart from every placed one stay apart (and unassigned, with their reason).
     */
    private static void mergePlaceless(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.place != null) continue;
            Draft into = null;
            for (int k = i - 1; k >= 0 && into == null; k--) if (drafts.get(k).place != null && near(drafts.get(k), d)) into = drafts.get(k);
            for (int k = i + 1; k < drafts.size() && into == null; k++) if (drafts.get(k).place != null && near(drafts.get(k), d)) into = drafts.get(k);
            if (into == null) continue;
            into.claims.addAll(d.claims);
            into.speakers.addAll(d.speakers);
            if (d.date != null && (into.date == null || into.weakDate && !d.weakDate)) {
                into.date = d.date;
                into.weakDate = d.weakDate;
            }
            drafts.remove(i--);
        }
    }

    /** Two mentions' days are within a few of each other, or one of them (or its date) is only the aftermath's. */
    private static boolean near(Draft a, Draft b) {
        if (a.date == null || b.date == null || a.weakDate || b.weakDate) return true;
        java.time.LocalDate x = a.date.start();
        java.time.LocalDate y = b.date.start();
        if (x == null || y == null) return a.date.sameAs(b.date);
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)) <= 3;
    }

    /** The place of a sentence most likely to be where something happened: not incidental, after a cue, finest. */
    private static SentenceReading.NamedPlace strongest(List<SentenceReading.NamedPlace> named) {
        SentenceReading.NamedPlace best = null;
        for (SentenceReading.NamedPlace p : named) {
            if (p.incidental()) continue;
            if (best == null || p.cued() && !best.cued() || p.cued() == best.cued() && p.place().rank() > best.place().rank()) best = p;
        }
        return best;
    }

    /**
     * Where a mention happened, weighing every place its sentences name: a place after a locative cue, in a
     * sentence about the attack, early, fine-grained, named again, or agreeing with the others (one contains the
     * other) counts for it; a place named in passing (an institution, a residence, a hospital) only when nothing
     * else places the mention. Of a place and a finer one inside it, the finer is kept.
     */
    private Place bestPlace(Draft d) {
        if (d.candidates.isEmpty()) return d.place;
        Candidate best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Candidate c : d.candidates) {
            // The dateline says where the story was filed ("NIAMEY —" over villages of the Tillaberi region): any place the
            // story itself names outweighs it; it places the event only when the story names nowhere else.
            double score = (c.cued() ? 4 : 0) + (c.eventSentence() ? 2 : 0) - 0.2 * Math.min(c.order(), 20) + precision(c.place())
                    + (c.incidental() ? -8 : 0) + (c.dateline() ? elsewhere(c, d.candidates) ? -5 : -1 : 0);
            for (Candidate o : d.candidates) {
                if (o == c || o.incidental()) continue;
                if (o.place().id().equals(c.place().id())) score += 1.5;
                else if (o.place().compatible(c.place())) score += 1;
                else score -= 0.5;
            }
            if (score > top) {
                top = score;
                best = c;
            }
        }
        if (best == null) return d.place;
        Place chosen = best.place();
        // A finer place inside the chosen one, named about the attack ("in Englewood" in a Chicago story), refines it;
        // two parts of one city (Faladié and Sénou in Bamako) give the city.
        Place finer = null;
        boolean named = false;
        java.util.Set<String> parts = new java.util.TreeSet<>();
        // A town or village inside the place outranks a district named beside it ("site de Plaine Savo, territoire de Djugu").
        boolean townInside = d.candidates.stream().anyMatch(c -> !c.incidental() && !c.dateline() && chosen.contains(c.place())
                && c.place().rank() >= 3 && c.place().rank() > chosen.rank());
        for (Candidate c : d.candidates) {
            if (townInside && c.place().rank() < 3) continue;
            // The dateline's city is where the story was filed, not a second part of the place ("BUNIA — … at Plaine Savo").
            if (c.incidental() || c.dateline() || !chosen.contains(c.place()) || c.place().rank() <= chosen.rank()) continue;
            parts.add(c.place().id());
            if (finer == null || finer.contains(c.place())) finer = c.place();
            named |= c.cued() && c.eventSentence();
        }
        // Only one part of the place, named as where the attack was, refines it; two parts of it leave the place as it is.
        if (finer != null && named && parts.size() == 1) return finer;
        if (chosen.rank() <= 2) {
            // "Police in Gratiot County say …; Alma police say …": the one town whose police speak, inside the county, is finer.
            java.util.Set<String> towns = new java.util.TreeSet<>();
            Place town = null;
            for (Candidate c : d.candidates) {
                if (!c.agency() || c.place().rank() < 3 || !chosen.contains(c.place())) continue;
                towns.add(c.place().cityId() != null ? c.place().cityId() : c.place().id());
                town = c.place();
            }
            if (towns.size() == 1) return town;
        }
        return chosen;
    }

    /** The story names, after a cue, a place that does not hold the dateline's: the dateline is only where it was filed. */
    private static boolean elsewhere(Candidate dateline, List<Candidate> all) {
        return all.stream().anyMatch(o -> !o.dateline() && !o.incidental() && o.cued() && o.place().rank() >= 1
                && !o.place().compatible(dateline.place()));
    }

    private static double precision(Place p) {
        return switch (p.precision()) {
            case "site", "neighbourhood", "city" -> 2;
            case "admin2" -> 1;
            case "admin1" -> 0;
            default -> -1;
        };
    }

    private static Draft newDraft(List<Draft> drafts, EventDate date, Place place) {
        Draft d = new Draft();
        d.date = date;
        d.place = place;
        drafts.add(d);
        return d;
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
        java.util.Map<String, Integer> sentencesAt = new java.util.HashMap<>();
        int items = 0;
        int placed = 0;
        for (SentenceReading s : rc.sentences()) {
            if (s.background() || !s.eventCue()) continue;
            items++;
            Set<String> towns = new TreeSet<>();
            for (Place p : s.places()) {
                countries.add(p.countryCode());
                if (p.rank() >= 3) towns.add(p.cityId() != null ? p.cityId() : p.id());
            }
            if (!towns.isEmpty()) placed++;
            for (String t : towns) sentencesAt.merge(t, 1, Integer::sum);
        }
        // A long story about one town that names others in passing is no digest: no town may hold most of the items.
        int top = sentencesAt.values().stream().max(Integer::compare).orElse(0);
        boolean oneTown = placed >= 2 && top * 2 >= placed;
        if (countries.size() >= DIGEST_MIN_COUNTRIES && items >= DIGEST_MIN_ITEMS && !oneTown) {
            return "digest: " + items + " one-line items about " + countries.size() + " countries (" + String.join(", ", countries)
                    + ") whose relative dates belong to their own unknown posting days; no item can be dated, so none joins an event";
        }
        return null;
    }
}
