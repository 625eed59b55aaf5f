package io.triangulate.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** An event's date: a day (value), a span of days (start–end), or only a weekday; precision says which. */
public record EventDateRange(LocalDate value, LocalDate start, LocalDate end, DayOfWeek weekday, String precision) {}
