package io.triangulate.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text allows: a day ({@code value} set), or only a weekday
 * when the report has no publication date to anchor "on Tuesday" to.
 */
public record EventDate(LocalDate value, DayOfWeek weekday, String precision) {
    public static EventDate day(LocalDate d) {
        return new EventDate(d, d.getDayOfWeek(), "day");
    }

    public static EventDate weekdayOnly(DayOfWeek w) {
        return new EventDate(null, w, "weekday");
    }

    /** "2024-09-17" or "Tuesday". */
    public String describe() {
        if (value != null) return value.toString();
        String w = weekday.toString();
        return w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Same day or same weekday, as far as both dates tell. */
    public boolean sameAs(EventDate o) {
        if (value != null && o.value != null) return value.equals(o.value);
        return weekday == o.weekday;
    }
}
