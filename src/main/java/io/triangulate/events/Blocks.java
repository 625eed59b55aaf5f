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
 * next mention begins more than {@code gapDays} after every earlier one ends, or, in a division so busy that no such
 * gap comes, at the first new day once the window holds {@link #WINDOW_MOST} mentions. A mention known only by weekday, or
 * undated, goes in the window of its report's publication day. In a pooled stream a mention that names no place
 * joins nothing and is set aside, with its reason; country-level mentions are compared among themselves.
 */
public final class Blocks {
    /** Groups with more mentions than this (pooled streams) are cut by country, division and date window. */
    public static final int WINDOW_ABOVE = 64;
    /**
     * A window of a division so busy that no gap ever comes (a city with attacks every day) is also cut at the first
     * new day once it holds this many mentions, so that no block grows without bound: the rules compare its pairs.
     * Only mentions of one event dated a day apart on either side of such a cut are missed (BENCHMARKS.md).
     */
    public static final int WINDOW_MOST = 256;

    private Blocks() {}

    /** The blocks, which of them are analysts' groups, and the mentions a pooled stream cannot place. */
    public record Cut(Map<String, List<EventMention>> blocks, Set<String> analystGroups, List<Unassigned> unassigned) {}

    public static Map<String, List<EventMention>> of(List<EventMention> mentions, int gapDays) {
        return cut(mentions, gapDays, report -> null).blocks();
    }

    /**
     * {@code published}: a report's publication day, or null. In a pooled stream an undated mention is put in the
     * window of its report's publication day (what a report tells happened shortly before it was published), so that
     * one undated report does not hold a whole division in one block; without a publication day it is compared only
     * with other such mentions of its division.
     */
    public static Cut cut(List<EventMention> mentions, int gapDays, java.util.function.Function<String, LocalDate> published) {
        Map<String, List<EventMention>> byGroup = mentions.stream().collect(Collectors.groupingBy(EventMention::group, TreeMap::new, Collectors.toList()));
        Map<String, List<EventMention>> blocks = new TreeMap<>();
        Set<String> analyst = new TreeSet<>();
        List<Unassigned> unassigned = new ArrayList<>();
        Map<String, List<EventMention>> byDivision = new TreeMap<>();
        for (Map.Entry<String, List<EventMention>> g : byGroup.entrySet()) {
            if (!pooled(g.getValue().size())) {
                blocks.put(g.getKey(), g.getValue());
                analyst.add(g.getKey());
                continue;
            }
            for (EventMention m : g.getValue()) {
                String division = division(m);
                if (division == null) unassigned.add(noPlace(m));
                else byDivision.computeIfAbsent(division, k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, List<EventMention>> e : byDivision.entrySet()) blocks.putAll(cutDivision(e.getKey(), e.getValue(), gapDays, published));
        return new Cut(blocks, Set.copyOf(analyst), List.copyOf(unassigned));
    }

    /** Whether a group of {@code mentions} mentions is a pooled stream, cut by division and dates, rather than an analyst's group. */
    public static boolean pooled(int mentions) {
        return mentions > WINDOW_ABOVE;
    }

    /** In a pooled stream, the division a mention is cut in (group, country, first-level division), or null if it names no place. */
    public static String division(EventMention m) {
        if (m.place() == null) return null;
        String admin1 = m.place().admin1Code() == null || m.place().rank() < 1 ? "*" : m.place().admin1Code();
        return m.group() + "|" + m.place().countryCode() + "|" + admin1;
    }

    /** Why a pooled stream sets a mention aside. */
    public static Unassigned noPlace(EventMention m) {
        return new Unassigned(m.report(), m.id(), "mention names no place (" + m.describe() + ")");
    }

    /**
     * One division of a pooled stream cut into its blocks: the undated ones together, the dated ones swept in date
     * order into windows ({@code mentions} in the run's order: by report, then as read).
     */
    public static Map<String, List<EventMention>> cutDivision(String division, List<EventMention> mentions, int gapDays,
                                                              java.util.function.Function<String, LocalDate> published) {
        Map<String, List<EventMention>> blocks = new TreeMap<>();
        List<EventMention> timeless = new ArrayList<>();
        List<EventMention> sorted = new ArrayList<>();
        java.util.Map<String, LocalDate[]> span = new java.util.HashMap<>();
        for (EventMention m : mentions) {
            LocalDate from = start(m) != null ? start(m) : published.apply(m.report());
            LocalDate to = start(m) != null ? m.date().end() : from;
            if (from == null) timeless.add(m);
            else {
                sorted.add(m);
                span.put(m.id(), new LocalDate[] {from, to});
            }
        }
        if (!timeless.isEmpty()) blocks.put(division + "|undated", timeless);
        sorted.sort(Comparator.<EventMention, LocalDate>comparing(m -> span.get(m.id())[0]).thenComparing(EventMention::id));
        LocalDate windowEnd = null;
        LocalDate windowStart = null;
        List<EventMention> window = new ArrayList<>();
        for (EventMention m : sorted) {
            LocalDate from = span.get(m.id())[0];
            LocalDate to = span.get(m.id())[1];
            boolean gap = windowEnd != null && from.isAfter(windowEnd.plusDays(gapDays));
            boolean full = window.size() >= WINDOW_MOST && from.isAfter(span.get(window.get(window.size() - 1).id())[0]);
            if (gap || full) {
                blocks.put(division + "|" + windowStart, window);
                window = new ArrayList<>();
                windowEnd = null;
            }
            if (windowEnd == null) windowStart = from;
            window.add(m);
            windowEnd = windowEnd == null || to.isAfter(windowEnd) ? to : windowEnd;
        }
        if (!window.isEmpty()) blocks.put(division + "|" + windowStart, window);
        return blocks;
    }

    private static LocalDate start(EventMention m) {
        return m.date() == null ? null : m.date().start();
    }
}
