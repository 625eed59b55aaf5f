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
