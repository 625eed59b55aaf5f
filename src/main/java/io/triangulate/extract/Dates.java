package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.words.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Finds the event date a sentence gives: ISO and written dates, weekdays and today/yesterday relative to
 * the publication date. Without a publication date a weekday stays a weekday, and "today" dates nothing.
 */
final class Dates {
    /** A date found in a sentence: the date, the words, and whether it was relative to publication. */
    record Found(EventDate date, String expression, boolean relative, int at) {
        Found(EventDate date, String expression, boolean relative) {
            this(date, expression, relative, -1);
        }
    }

    private final Lexicon lexicon;

    Dates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Found find(List<Token> tokens, String text, LocalDate published) {
        return find(tokens, 0, text, published);
    }

    /** The best date from token {@code from} on (after a dateline, whose date is the filing day, not the event's). */
    Found find(List<Token> tokens, int from, String text, LocalDate published) {
        Found best = null;
        for (Found f : findAll(tokens, from, text, published)) if (best == null || rank(f) > rank(best)) best = f;
        return best;
    }

    /** Every date from token {@code from} on, in order. */
    List<Found> findAll(List<Token> tokens, int from, String text, LocalDate published) {
        List<Found> all = new java.util.ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Found f = null;
            if (t.isNumber() && t.raw().length() == 4 && i + 2 < tokens.size()
                    && tokens.get(i + 1).hyphenated() && tokens.get(i + 2).hyphenated()
                    && tokens.get(i + 1).isNumber() && tokens.get(i + 2).isNumber()) {
                f = exact(year(t), num(tokens.get(i + 1)), num(tokens.get(i + 2)), expr(text, tokens, i, i + 3));
            } else {
                PhraseIndex.Match<Lexicon.DateWord> m = lexicon.dateWords().longestAt(tokens, i);
                if (m != null) {
                    f = fromWord(m, tokens, text, published);
                }
            }
            if (f != null) all.add(new Found(f.date(), f.expression(), f.relative(), i));
        }
        return all;
    }

    /** A day beats a period, a period beats a bare weekday. */
    static int rank(Found f) {
        return f.date().value() != null ? 3 : f.date().start() != null ? 2 : 1;
    }

    private Found fromWord(PhraseIndex.Match<Lexicon.DateWord> m, List<Token> tokens, String text, LocalDate published) {
        Lexicon.DateWord w = m.value();
        int from = m.from();
        int to = m.to();
        switch (w.type()) {
            case "weekday" -> {
                DayOfWeek day = DayOfWeek.of(w.value());
                if (published == null) return new Found(EventDate.weekdayOnly(day), expr(text, tokens, from, to), true);
                // "on Tuesday" in a report published on a Wednesday is the day before: the latest such day on or before publication.
                return new Found(EventDate.day(published.with(TemporalAdjusters.previousOrSame(day))), expr(text, tokens, from, to), true);
            }
            case "relative" -> {
                if (published == null) return null;
                return new Found(EventDate.day(published.plusDays(w.value())), expr(text, tokens, from, to), true);
            }
            case "week" -> {
                if (published == null) return null;
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(w.value());
                LocalDate end = w.value() == 0 ? published : monday.plusDays(6);
                return new Found(EventDate.period(monday, end, "week"), expr(text, tokens, from, to), true);
            }
            case "calendar_month" -> {
                if (published == null) return null;
                LocalDate first = published.withDayOfMonth(1).plusMonths(w.value());
                LocalDate end = w.value() == 0 ? published : first.with(TemporalAdjusters.lastDayOfMonth());
                return new Found(EventDate.period(first, end, "month"), expr(text, tokens, from, to), true);
            }
            case "weekend" -> {
                if (published == null) return null;
                // Published on a Saturday, the weekend so far is that day; else the latest Saturday and Sunday.
                LocalDate sunday = published.getDayOfWeek() == DayOfWeek.SATURDAY ? published
                        : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                LocalDate saturday = published.getDayOfWeek() == DayOfWeek.SATURDAY ? published : sunday.minusDays(1);
                return new Found(EventDate.period(saturday, sunday, "week"), expr(text, tokens, from, to), true);
            }
            case "ordinal_day" -> {
                // "on the 17th": the 17th of the publication month, or of the month before if that is still to come.
                if (published == null || from == 0) return null;
                Token n = tokens.get(from - 1);
                if (!n.isNumber() || n.end() != tokens.get(from).start() || num(n) < 1 || num(n) > 31) return null;
                // "on the 17th", "the 17th": not "3rd degree murder".
                if (from < 2 || !lexicon.is(tokens.get(from - 2), "before_ordinal_day")) return null;
                if (to < tokens.size() && lexicon.dateWords().longestAt(tokens, to) != null) return null; // "17th September": the month reads it
                // "the 1st Armored Division", "the 3rd Precinct": an ordinal that opens a name is no day.
                if (to < tokens.size() && tokens.get(to).isWord() && tokens.get(to).capitalised()) return null;
                if (to + 1 < tokens.size() && lexicon.is(tokens.get(to), "genitive") && lexicon.dateWords().longestAt(tokens, to + 1) != null) return null;
                LocalDate d = published.getDayOfMonth() >= num(n) ? safeDate(published.getYear(), published.getMonthValue(), num(n))
                        : safeDate(published.minusMonths(1).getYear(), published.minusMonths(1).getMonthValue(), num(n));
                return d == null ? null : new Found(EventDate.day(d), expr(text, tokens, from - 1, to), true);
            }
            case "month" -> {
                // "17 September 2024", "September 17, 2024", "Sept. 17": a month word counts only beside a day number.
                int month = w.value();
                Integer day = null;
                Integer year = null;
                int start = from;
                int end = to;
                int d = from - 1;
                if (d >= 0 && lexicon.is(tokens.get(d), "genitive")) d--; // "the 17th of September"
                if (d > 0 && isOrdinalSuffix(tokens.get(d)) && tokens.get(d - 1).isNumber()) d--;
                if (d >= 0 && tokens.get(d).isNumber() && num(tokens.get(d)) <= 31) {
                    day = num(tokens.get(d));
                    start = d;
                }
                int j = to;
                if (j < tokens.size() && tokens.get(j).is(".")) j++;
                if (day == null && j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).raw().length() <= 2) {
                    day = num(tokens.get(j));
                    end = ++j;
                    if (j < tokens.size() && isOrdinalSuffix(tokens.get(j))) end = ++j; // "September 17th"
                    if (j < tokens.size() && tokens.get(j).is(",")) j++;
                }
                if (j < tokens.size() && tokens.get(j).isNumber() && (tokens.get(j).raw().length() == 4 || tokens.get(j).raw().length() == 2)) {
                    year = year(tokens.get(j));
                    end = j + 1;
                }
                if (day == null) return null;
                if (year == null) {
                    if (published == null) return null;
                    year = published.getYear();
                    LocalDate candidate = safeDate(year, month, day);
                    if (candidate != null && candidate.isAfter(published.plusDays(1))) year--;
                }
                return exact(year, month, day, expr(text, tokens, start, end));
            }
            default -> {
                return null;
            }
        }
    }

    private boolean isOrdinalSuffix(Token t) {
        return lexicon.is(t, "ordinal_suffix");
    }

    private static Found exact(int year, int month, int day, String expression) {
        LocalDate d = safeDate(year, month, day);
        return d == null ? null : new Found(EventDate.day(d), expression, false);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Token t) {
        String digits = t.raw().replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** Two-digit years ("31 OCT 89") are read as 19xx above 50, 20xx below. */
    private static int year(Token t) {
        int y = num(t);
        if (t.raw().length() == 2) return y > 50 ? 1900 + y : 2000 + y;
        return y;
    }

    private static String expr(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * The time of day a sentence gives: a clock time ("4am", "4.30 pm", "08:00 local time") as HH:MM, else
     * a part of the day from the table ("at dawn", "overnight"); null when it gives none.
     */
    String timeOfDay(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNumber()) continue;
            String raw = t.raw().replace('.', ':');
            boolean ampm = i + 1 < tokens.size() && (lexicon.is(tokens.get(i + 1), "clock_am") || lexicon.is(tokens.get(i + 1), "clock_pm"));
            boolean clock = raw.matches("[0-9]{1,2}:[0-9]{2}") && i + 1 < tokens.size()
                    && (lexicon.is(tokens.get(i + 1), "clock_zone") || ampm || i > 0 && lexicon.is(tokens.get(i - 1), "before_clock"));
            if (!ampm && !clock) continue;
            String[] hm = raw.split(":");
            int h;
            int m;
            try {
                h = Integer.parseInt(hm[0]);
                m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            } catch (NumberFormatException e) {
                continue;
            }
            if (ampm && lexicon.is(tokens.get(i + 1), "clock_pm") && h < 12) h += 12;
            if (ampm && lexicon.is(tokens.get(i + 1), "clock_am") && h == 12) h = 0;
            if (h > 23 || m > 59) continue;
            return String.format(java.util.Locale.ROOT, "%02d:%02d", h, m);
        }
        for (PhraseIndex.Match<String> m : lexicon.timesOfDay().findAll(tokens)) return m.value();
        return null;
    }
}
