package io.triangulate.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The INCIDENT: DATE slot of a MUC answer key: "30 DEC 89", "- 08 JAN 90" (on or before), "26 DEC 89 - 27 DEC 89". */
final class MucDates {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Z]{3}) (\\d{2})");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private MucDates() {}

    /** {first, last} day the slot allows; first is null for "on or before"; null when the slot names no day. */
    static LocalDate[] span(String slot) {
        if (slot == null) return null;
        String s = slot.split(" / ")[0].strip().toUpperCase(Locale.ROOT);
        List<LocalDate> days = new ArrayList<>();
        Matcher m = DAY.matcher(s);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(2)) + 1;
            if (month == 0) continue;
            try {
                days.add(LocalDate.of(1900 + Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            } catch (java.time.DateTimeException ignored) {
                // an impossible day in a key: no date
            }
        }
        if (days.isEmpty()) return null;
        if (s.startsWith("-")) return new LocalDate[] {null, days.get(days.size() - 1)};
        return new LocalDate[] {days.get(0), days.get(days.size() - 1)};
    }
}
