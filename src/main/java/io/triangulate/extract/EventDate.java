package io.triangulate.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text allows: a day ({@code value} set, start = end = value),
 * a period ("last week", "earlier this month": start and end, precision week or month), or only a weekday
 * when the report has no publication date to anchor "on Tuesday" to.
 */
public record EventDate(LocalDate value, DayOfWeek weekday, String precision, LocalDate start, LocalDate end) {
    public static EventDate day(LocalDate d) {
        return new EventDate(d, d.getDayOfWeek(), "day", d, d);
    }

    public static EventDate weekdayOnly(DayOfWeek w) {
        return new EventDate(null, w, "weekday", null, null);
    }

    /** A period: precision "week" or "month". */
    public static EventDate period(LocalDate start, LocalDate end, String precision) {
        return new EventDate(null, null, precision, start, end);
    }

    /** "2024-09-17", "Tuesday" or "2024-09-30..2024-10-06". */
    public String describe() {
        if (value != null) return value.toString();
        if (start != null) return start + ".." + end;
        String w = weekday.toString();
        return w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Same day, overlapping periods, or the same weekday, as far as both dates tell. */
    public boolean sameAs(EventDate o) {
        if (start != null && o.start != null) return !start.isAfter(o.end) && !o.start.isAfter(end);
        if (weekday != null && o.weekday != null) return weekday == o.weekday;
        return false;
    }
}
