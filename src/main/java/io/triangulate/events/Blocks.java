package io.triangulate.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The candidate sets the rules compare mentions in. A group small enough to read (up to {@link #WINDOW_ABOVE}
 * mentions) is one block, whatever its countries, so that every split-off — in another town, on another day
 * or in another country — is flagged SEPARATE_EVENT against the group's main event. A larger group (a pooled
 * stream of thousands of reports) is cut by country × a window of dates, so that it is never compared
 * pairwise across everything: its dated mentions in a country are swept in date order and a new window starts
 * where the next mention begins more than {@code gapDays} after every earlier one ends. Mentions known only by
 * weekday, or undated, could match any window: where a country has any, it stays one block.
 */
public final class Blocks {
    /** Groups with more mentions than this (pooled streams) are cut by country and date window. */
    public static final int WINDOW_ABOVE = 64;

    private Blocks() {}

    public static Map<String, List<EventMention>> of(List<EventMention> mentions, int gapDays) {
        Map<String, List<EventMention>> byGroup = mentions.stream().collect(Collectors.groupingBy(EventMention::group, TreeMap::new, Collectors.toList()));
        Map<String, List<EventMention>> blocks = new TreeMap<>();
        Map<String, List<EventMention>> byCountry = new TreeMap<>();
        for (Map.Entry<String, List<EventMention>> g : byGroup.entrySet()) {
            if (g.getValue().size() <= WINDOW_ABOVE) blocks.put(g.getKey(), g.getValue());
            else for (EventMention m : g.getValue()) byCountry.computeIfAbsent(g.getKey() + "|" + m.place().countryCode(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<EventMention>> e : byCountry.entrySet()) {
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
        return blocks;
    }

    private static LocalDate start(EventMention m) {
        return m.date() == null ? null : m.date().start();
    }

    private static LocalDate end(EventMention m) {
        return m.date().end();
    }
}
