package io.triangulate.events;

import io.triangulate.extract.EventDate;
import io.triangulate.extract.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Blocking: an analyst's group is one block across countries; a pooled stream is cut by country and date window. */
class BlocksTest {
    static EventMention m(String id, String group, String country, LocalDate day) {
        Place p = new Place("P:" + id, id, null, null, country, country, null, null, "city", "P:" + id);
        return new EventMention(id, id, group, p, day == null ? null : EventDate.day(day), List.of(), List.of());
    }

    @Test
    void aSmallGroupIsOneBlockWhateverItsCountries() {
        LocalDate d = LocalDate.of(2024, 9, 17);
        Map<String, List<EventMention>> b = Blocks.of(List.of(m("a", "folder", "ML", d), m("b", "folder", "NE", d.plusDays(30)),
                m("c", "other", "ML", d)), 1);
        assertEquals(List.of("folder", "other"), List.copyOf(b.keySet()));
        assertEquals(2, b.get("folder").size());
    }

    @Test
    void aPooledStreamIsCutByCountryAndDateWindow() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<EventMention> pool = new ArrayList<>();
        for (int i = 0; i < Blocks.WINDOW_ABOVE; i++) pool.add(m("ml" + i, "pool", "ML", d.plusDays(10L * (i / 2))));
        pool.add(m("ne", "pool", "NE", d));
        Map<String, List<EventMention>> b = Blocks.of(pool, 1);
        assertEquals(Blocks.WINDOW_ABOVE / 2 + 1, b.size(), "a window per pair of same-day Mali mentions, and Niger on its own");
        assertEquals(List.of("ne"), b.get("pool|NE|*|2020-01-01").stream().map(EventMention::id).toList());
        assertEquals(2, b.get("pool|ML|*|2020-01-11").size());
    }

    @Test
    void aDivisionWithNoQuietDayIsCutAtANewDayOnceAWindowIsFull() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<EventMention> pool = new ArrayList<>();
        for (int day = 0; day < 200; day++) for (int k = 0; k < 3; k++) pool.add(m("ml" + day + "-" + k, "pool", "ML", d.plusDays(day)));
        Map<String, List<EventMention>> b = Blocks.of(pool, 1);
        // three mentions a day, every day: the gap rule alone would make one block of 600
        assertEquals(List.of(258, 258, 84), b.values().stream().map(List::size).toList());
        for (List<EventMention> block : b.values()) {
            assertEquals(0, block.size() % 3, "a day's mentions are never split");
        }
        // the cut does not depend on the order the mentions arrive in
        List<EventMention> shuffled = new ArrayList<>(pool);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertEquals(b, Blocks.of(shuffled, 1));
        // control: a quiet day still cuts a window before it is full
        List<EventMention> quiet = new ArrayList<>(pool.subList(0, 90));
        for (int k = 0; k < 90; k++) quiet.add(m("late" + k, "pool", "ML", d.plusDays(40 + k / 3)));
        assertEquals(2, Blocks.of(quiet, 1).size());
    }

    @Test
    void anUndatedMentionGoesToItsReportsPublicationWindowOrABlockOfItsOwn() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        List<EventMention> pool = new ArrayList<>();
        for (int i = 0; i < Blocks.WINDOW_ABOVE; i++) pool.add(m("ml" + i, "pool", "ML", d.plusDays(10L * i)));
        pool.add(m("undated", "pool", "ML", null));
        pool.add(m("nowhen", "pool", "ML", null)); // control: no publication day either
        Map<String, List<EventMention>> b = Blocks.cut(pool, 1, report -> report.equals("undated") ? d.plusDays(20) : null).blocks();
        assertEquals(List.of("ml2", "undated"), b.get("pool|ML|*|2020-01-21").stream().map(EventMention::id).toList());
        assertEquals(List.of("nowhen"), b.get("pool|ML|*|undated").stream().map(EventMention::id).toList());
        assertEquals(Blocks.WINDOW_ABOVE + 1, b.size(), "a window per dated mention, and the timeless block");
    }
}
