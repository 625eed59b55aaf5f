package io.triangulate.reconcile;

import io.triangulate.events.EventMention;
import io.triangulate.extract.Claim;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An event as formed from a cluster of mentions, before the rules judge it: its mentions, the place and the date they
 * give, and its id (from place, date and member reports: stable for the same inputs whatever their order).
 */
final class EventDraft {
    final List<EventMention> mentions;
    final Place place;
    final EventDateRange date;
    String id;

    EventDraft(List<EventMention> mentions, Place place, EventDateRange date) {
        this.mentions = mentions;
        this.place = place;
        this.date = date;
    }

    List<String> reports() {
        return mentions.stream().map(EventMention::report).distinct().sorted().toList();
    }

    List<Claim> claims() {
        return mentions.stream().flatMap(m -> m.claims().stream()).sorted(CLAIM_ORDER).toList();
    }

    /** Claims sorted by report, then by their number in the report. */
    static final Comparator<Claim> CLAIM_ORDER = Comparator.<Claim, String>comparing(c -> c.source().report())
            .thenComparingInt(c -> Integer.parseInt(c.id().substring(c.id().lastIndexOf('#') + 1)));

    /** The finest place that contains every town-level mention's place (country-level ones only confirm it). */
    static Place place(List<EventMention> mentions, Gazetteer gazetteer) {
        List<Place> named = mentions.stream().map(EventMention::place).filter(java.util.Objects::nonNull).toList();
        List<Place> towns = named.stream().filter(p -> p.rank() > 1).toList();
        // "San Diego County" beside "San Diego": a county that holds a town named with it does not coarsen the town.
        List<Place> places = towns.stream().filter(p -> p.rank() != 2 || towns.stream().noneMatch(o -> o.rank() > 2 && p.contains(o))).toList();
        // A country or division that only contains the finer places named (a report that joined coarsely) does not coarsen them.
        if (places.isEmpty()) places = named.stream().filter(p -> named.stream().noneMatch(o -> o != p && !o.id().equals(p.id()) && p.contains(o))).toList();
        List<Place> candidates = new ArrayList<>();
        Place first = places.stream().max(Comparator.comparingInt(Place::rank).thenComparing(Place::id)).orElseThrow();
        candidates.add(first);
        if (first.cityId() != null && gazetteer.place(first.cityId()) != null) candidates.add(gazetteer.place(first.cityId()));
        if (first.admin1Code() != null && gazetteer.place("A:" + first.admin1Code()) != null) candidates.add(gazetteer.place("A:" + first.admin1Code()));
        if (gazetteer.country(first.countryCode()) != null) candidates.add(gazetteer.country(first.countryCode()));
        for (Place c : candidates) {
            final List<Place> all = places;
            if (all.stream().allMatch(p -> c.id().equals(p.id()) || c.contains(p))) {
                // Places that nest or share a city give their common place; places that only lie near each other (a
                // near miss the rules let join, flagged PLACE_CONFLICT) give the one most reports name.
                if (c.rank() >= 2 || all.stream().allMatch(p -> p.compatible(first))) return c;
                break;
            }
        }
        Map<String, Set<String>> reportsAt = new TreeMap<>();
        Map<String, Place> byId = new HashMap<>();
        for (EventMention m : mentions) {
            if (m.place() == null || m.place().rank() <= 1) continue;
            reportsAt.computeIfAbsent(m.place().id(), k -> new TreeSet<>()).add(m.report());
            byId.put(m.place().id(), m.place());
        }
        return byId.values().stream().max(Comparator.<Place>comparingInt(p -> reportsAt.get(p.id()).size())
                .thenComparingInt(Place::rank).thenComparing(Place::id, Comparator.reverseOrder())).orElse(first);
    }

    /** {@code latestOnTie}: of days as many reports give, the latest, not the earliest (tables/reconcile-settings.csv's event_day_tie). */
    static EventDateRange date(List<EventMention> mentions, boolean latestOnTie) {
        TreeSet<LocalDate> days = new TreeSet<>();
        Map<LocalDate, Set<String>> reportsOn = new TreeMap<>();
        TreeSet<java.time.DayOfWeek> weekdays = new TreeSet<>();
        LocalDate periodStart = null;
        LocalDate periodEnd = null;
        String periodPrecision = null;
        for (EventMention m : mentions) {
            if (m.date() == null) continue;
            if (m.date().value() != null) {
                days.add(m.date().value());
                reportsOn.computeIfAbsent(m.date().value(), k -> new TreeSet<>()).add(m.report());
            }
            else if (m.date().start() != null) {
                // Periods ("last week") narrow to what they share.
                periodStart = periodStart == null || m.date().start().isAfter(periodStart) ? m.date().start() : periodStart;
                periodEnd = periodEnd == null || m.date().end().isBefore(periodEnd) ? m.date().end() : periodEnd;
                periodPrecision = m.date().precision();
            } else weekdays.add(m.date().weekday());
        }
        if (!days.isEmpty()) {
            // The day most reports give (of equals, the earliest, or the latest as the table says): one report's stray
            // day does not move the event.
            LocalDate best = latestOnTie ? days.last() : days.first();
            for (LocalDate d : latestOnTie ? days.descendingSet() : days) if (reportsOn.get(d).size() > reportsOn.get(best).size()) best = d;
            return new EventDateRange(best, days.first(), days.last(), days.size() == 1 ? best.getDayOfWeek() : null, "day");
        }
        if (weekdays.size() == 1) return new EventDateRange(null, null, null, weekdays.first(), "weekday");
        if (periodStart != null && !periodStart.isAfter(periodEnd)) return new EventDateRange(null, periodStart, periodEnd, null, periodPrecision);
        return new EventDateRange(null, null, null, null, "unknown");
    }

    /** "2024-03-01", "Sunday", "2024-02-26..2024-03-03", "undated". */
    static String describe(EventDateRange d) {
        if (d.value() != null) return d.value().toString();
        if (d.weekday() != null) return d.weekday().toString().charAt(0) + d.weekday().toString().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (d.start() != null) return d.start() + ".." + d.end();
        return "undated";
    }

    /** Ids from place, date and member reports: stable for the same inputs whatever their order. */
    static void assignIds(List<EventDraft> drafts) {
        Map<String, Integer> used = new HashMap<>();
        List<EventDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((EventDraft d) -> String.join(",", d.mentions.stream().map(EventMention::id).toList())));
        for (EventDraft d : ordered) {
            String base = slug(d.place.name()) + "-" + slug(describe(d.date)) + "-" + shortHash(String.join("\n", d.reports()));
            int n = used.merge(base, 1, Integer::sum);
            d.id = n == 1 ? base : base + "-" + n;
        }
    }

    static String slug(String s) {
        String n = io.triangulate.words.Normal.form(s);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (Character.isLetterOrDigit(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') b.append('-');
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.toString();
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
