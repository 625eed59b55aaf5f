package io.triangulate.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One report of an event, as sources.drl weighs it: its speakers (who is quoted or reports, by identity:
 * the perpetrator side is one speaker, so is the official side), how many of them no other report of the
 * event has, its claims and how many no other report makes, the quotations it shares with another report,
 * its text similarity with the closest other report (cosine of word counts, Commons Text), which that is, and
 * whether the closest came first (published earlier; or, on the same or an unknown day, holding more claims;
 * or, all else equal, the smaller id) — so that of two reports that repeat each other only one is the copy.
 */
public record ReportInEvent(String event, String report, LocalDate published, Integer rating, List<String> speakers,
                            int ownSpeakers, int claims, int ownClaims, int sharedQuotations, double similarity,
                            String closest, boolean closestCameFirst) {}
