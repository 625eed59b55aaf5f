package io.triangulate.reconcile;

import io.triangulate.events.EventMention;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.ResponsibilityClaim;
import io.triangulate.ingest.Report;
import io.triangulate.rules.EventSources;
import io.triangulate.rules.ReportInEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who an event rests on, worked out for the rules to judge: per report its speakers and claims against the others',
 * its shared quotations and closest report (for sources.drl's derivative rule), and the event's independent reports
 * and speakers once derivative reports are set aside. Which kinds of speaker count as one side is a table's.
 */
final class SourceAnalysis {
    /** By kind of speaker: "side" (all of that kind are one speaker) or "each" (tables/speaker-sides.csv). */
    private final Map<String, String> independence;

    /** Of two copies published the same day, the one holding more claims came first (else the smaller id). */
    private final boolean moreClaimsFirst;

    SourceAnalysis(Map<String, String> independence, boolean moreClaimsFirst) {
        this.independence = independence;
        this.moreClaimsFirst = moreClaimsFirst;
    }

    /**
     * A speaker's identity for independence, as tables/speaker-sides.csv says: every speaker of a kind counted as one
     * side (the perpetrator's, the official one) is one speaker; any other is itself, by name.
     */
    private String speakerKey(String kind, String name) {
        if ("side".equals(independence.get(kind))) return kind;
        return name == null ? null : kind + ":" + name.toLowerCase(java.util.Locale.ROOT);
    }

    private String speakerKey(Claim c) {
        return speakerKey(c.source().sourceKind(), c.source().attributedTo());
    }

    /** What a claim asserts, for telling a report's own claims from repeated ones. */
    private static String claimKey(Claim c) {
        if (c instanceof CasualtyClaim cc) return cc.kind() + "|" + cc.low() + "|" + cc.high() + "|" + cc.victims();
        if (c instanceof ResponsibilityClaim rc) return "responsibility|" + rc.stance();
        return null;
    }

    /** Per report of the event: its speakers and claims against the others', shared quotations, closest report. */
    List<ReportInEvent> reportsInEvent(EventDraft d, Map<String, Report> reports) {
        Map<String, List<Claim>> claimsByReport = new TreeMap<>();
        Map<String, Set<String>> speakersByReport = new TreeMap<>();
        for (EventMention m : d.mentions) {
            claimsByReport.computeIfAbsent(m.report(), k -> new ArrayList<>()).addAll(m.claims());
            Set<String> keys = speakersByReport.computeIfAbsent(m.report(), k -> new TreeSet<>());
            for (var sp : m.speakers()) {
                String key = speakerKey(sp.kind(), sp.name());
                if (key != null) keys.add(key);
            }
        }
        List<SourceOverlap.Read> reads = new ArrayList<>();
        // A report alone in its event shares nothing with another: its text is not read again.
        boolean others = claimsByReport.size() > 1;
        for (String id : claimsByReport.keySet()) {
            if (reports.containsKey(id)) reads.add(others ? SourceOverlap.read(reports.get(id)) : SourceOverlap.Read.alone(id));
        }
        List<ReportInEvent> out = new ArrayList<>();
        for (SourceOverlap.Read read : reads) {
            String id = read.report();
            Set<String> speakers = new TreeSet<>();
            Set<String> claims = new TreeSet<>();
            Set<String> otherSpeakers = new TreeSet<>();
            Set<String> otherClaims = new TreeSet<>();
            for (Map.Entry<String, Set<String>> e : speakersByReport.entrySet()) {
                (e.getKey().equals(id) ? speakers : otherSpeakers).addAll(e.getValue());
            }
            for (Map.Entry<String, List<Claim>> e : claimsByReport.entrySet()) {
                for (Claim c : e.getValue()) {
                    String s = speakerKey(c);
                    String k = claimKey(c);
                    if (e.getKey().equals(id)) {
                        if (s != null) speakers.add(s);
                        if (k != null) claims.add(k);
                    } else {
                        if (s != null) otherSpeakers.add(s);
                        if (k != null) otherClaims.add(k);
                    }
                }
            }
            String closest = null;
            double best = -1;
            for (SourceOverlap.Read other : reads) {
                if (other == read) continue;
                double sim = SourceOverlap.similarity(read, other);
                if (sim > best) {
                    best = sim;
                    closest = other.report();
                }
            }
            Report r = reports.get(id);
            out.add(new ReportInEvent(d.id, id, r.publishedDate(), r.rating(), List.copyOf(speakers),
                    (int) speakers.stream().filter(s -> !otherSpeakers.contains(s)).count(), claims.size(),
                    (int) claims.stream().filter(k -> !otherClaims.contains(k)).count(),
                    SourceOverlap.sharedQuotations(read, reads), Math.max(0, best), closest,
                    closest != null && cameFirst(reports.get(closest), claimCount(claimsByReport.get(closest)), r, claims.size())));
        }
        return out;
    }

    /**
     * {@code a} came before {@code b}: published earlier; on the same or an unknown day, the one holding more claims
     * (tables/reconcile-settings.csv's same_day_first: more_claims), else the smaller id.
     */
    private boolean cameFirst(Report a, int aClaims, Report b, int bClaims) {
        LocalDate pa = a.publishedDate();
        LocalDate pb = b.publishedDate();
        if (pa != null && pb != null && !pa.equals(pb)) return pa.isBefore(pb);
        if (moreClaimsFirst && aClaims != bClaims) return aClaims > bClaims;
        return a.id().compareTo(b.id()) < 0;
    }

    private static int claimCount(List<Claim> claims) {
        return (int) claims.stream().map(SourceAnalysis::claimKey).filter(k -> k != null).distinct().count();
    }

    /** The event's independent reports and original speakers, with derivative reports set aside. */
    EventSources sources(EventDraft d, Set<String> derivative) {
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (EventMention m : d.mentions) {
            if (derivative.contains(m.report())) continue;
            for (Claim c : m.claims()) {
                String key = speakerKey(c);
                if (key != null) names.computeIfAbsent(key, k -> new TreeSet<>()).add(c.source().attributedTo());
            }
            for (var sp : m.speakers()) {
                String key = speakerKey(sp.kind(), sp.name());
                if (key != null) names.computeIfAbsent(key, k -> new TreeSet<>()).add(sp.name());
            }
        }
        List<String> speakers = names.values().stream().map(n -> String.join("/", n)).sorted().toList();
        int independentReports = (int) d.reports().stream().filter(r -> !derivative.contains(r)).count();
        return new EventSources(d.id, d.reports(), independentReports, speakers, d.place.name(), EventDraft.describe(d.date));
    }
}
