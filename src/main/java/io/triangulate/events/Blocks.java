package io.triangulate.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The candidate sets the rules compare mentions in. A group small enough to read (up to {@link #WINDOW_ABOVE}
 * mentions) is an analyst's group: one block, whatever its countries, so that every split-off — in another town,
 * on another day or in another country — is flagged SEPARATE_EVENT against the group's main event, and a report
 * that names no place or day finer than that event may join it. A larger group (a pooled stream of thousands of
 * reports) is cut by country × first-level division × a window of dates, so that it is never compared pairwise
 * across everything: its dated mentions in a division are swept in date order and a new window starts where the
 * next mention begins more than {@code gapDays} after every earlier one ends. Mentions known only by weekday, or
 * undated, could match any window: where a division has any, it stays one block. In a pooled stream a mention that
 * names no place joins nothing and is set aside, with its reason; country-level mentions are compared among
 * themselves.
 */
public final class Blocks {
    /** Groups with more mentions than this (pooled streams) are cut by country, division and date window. */
    public static final int WINDOW_ABOVE = 64;

    private Blocks() {}

    /** The blocks, which of them are analysts' groups, and the mentions a pooled stream cannot place. */
    public record Cut(Map<String, List<EventMention>> blocks, Set<String> analystGroups, List<Unassigned> unassigned) {}

    public static Map<String, List<EventMention>> of(List<EventMention> mentions, int gapDays) {
        return cut(mentions, gapDays).blocks();
    }

    public static Cut cut(List<EventMention> mentions, int gapDays) {
        Map<String, List<EventMention>> byGroup = mentions.stream().collect(Collectors.groupingBy(EventMention::group, TreeMap::new, Collectors.toList()));
        Map<String, List<EventMention>> blocks = new TreeMap<>();
        Set<String> analyst = new TreeSet<>();
        List<Unassigned> unassigned = new ArrayList<>();
        Map<String, List<EventMention>> byDivision = new TreeMap<>();
        for (Map.Entry<String, List<EventMention>> g : byGroup.entrySet()) {
            if (g.getValue().size() <= WINDOW_ABOVE) {
                blocks.put(g.getKey(), g.getValue());
                analyst.add(g.getKey());
                continue;
            }
            for (EventMention m : g.getValue()) {
                if (m.place() == null) {
                    unassigned.add(new Unassigned(m.report(), m.id(), "mention names no place (" + m.describe() + ")"));
                    continue;
                }
                String admin1 = m.place().admin1Code() == null || m.place().rank() < 1 ? "*" : m.place().admin1Code();
                byDivision.computeIfAbsent(g.getKey() + "|" + m.place().countryCode() + "|" + admin1, k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<EventMention>> e : byDivision.entrySet()) {
            List<EventMention> ms = e.getValue();
            if (ms.stream().anyMatch(m -> start(m) == null)) {
                blocks.put(e.getKey(), ms);
                continue;
            }
            List<EventMention> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparing(Blocks::start).thenComparing(EventMention::id));
            LocalDate windowEnd = null;
            LocalDate windowStart = null;
            List<EventMention> window = new ArrayList<>();
            for (EventMention m : sorted) {
                if (windowEnd != null && start(m).isAfter(windowEnd.plusDays(gapDays))) {
                    blocks.put(e.getKey() + "|" + windowStart, window);
                    window = new ArrayList<>();
                    windowEnd = null;
                }
                if (windowEnd == null) windowStart = start(m);
                window.add(m);
                windowEnd = windowEnd == null || end(m).isAfter(windowEnd) ? end(m) : windowEnd;
            }
            blocks.put(e.getKey() + "|" + windowStart, window);
        }
        return new Cut(blocks, Set.copyOf(analyst), List.copyOf(unassigned));
    }

    private static LocalDate start(EventMention m) {
        return m.date() == null ? null : m.date().start();
    }

    private static LocalDate end(EventMention m) {
        return m.date().end();
    }
}
