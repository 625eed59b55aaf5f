package io.triangulate.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The candidate sets the rules compare mentions in: the analyst's group × country × a window of dates, so
 * that a pooled stream of thousands of reports is never compared pairwise across everything. Dated mentions
 * of a group and country are swept in date order and a new window starts where the next mention begins more
 * than {@code gapDays} after every earlier one ends. Mentions known only by weekday, or undated, could match
 * any window: where a group and country has any, it stays one block. So does a group small enough to read
 * (up to {@link #WINDOW_ABOVE} mentions in a country), so that every split-off is flagged SEPARATE_EVENT
 * against the group's main event.
 */
public final class Blocks {
    /** Groups with more mentions than this in one country (pooled streams) are cut into date windows. */
    public static final int WINDOW_ABOVE = 64;

    private Blocks() {}

    public static Map<String, List<EventMention>> of(List<EventMention> mentions, int gapDays) {
        Map<String, List<EventMention>> byCountry = mentions.stream().collect(Collectors.groupingBy(
                m -> m.group() + "|" + m.place().countryCode(), TreeMap::new, Collectors.toList()));
        Map<String, List<EventMention>> blocks = new TreeMap<>();
        for (Map.Entry<String, List<EventMention>> e : byCountry.entrySet()) {
            List<EventMention> ms = e.getValue();
            if (ms.size() <= WINDOW_ABOVE || ms.stream().anyMatch(m -> start(m) == null)) {
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
