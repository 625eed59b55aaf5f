package io.triangulate.eval;

import io.triangulate.events.Unassigned;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** A run's events, looked up by report: the event holding a report's first assigned mention. */
final class Outcome {
    final Map<String, ReconciledEvent> byReport = new HashMap<>();
    final Map<String, String> unassigned = new HashMap<>();

    Outcome(RunResult run) {
        Map<String, ReconciledEvent> byMention = new HashMap<>();
        for (ReconciledEvent e : run.events()) for (String m : e.mentions()) byMention.put(m, e);
        Map<String, Integer> first = new HashMap<>();
        for (Map.Entry<String, ReconciledEvent> m : byMention.entrySet()) {
            String mention = m.getKey();
            int at = mention.lastIndexOf('@');
            String report = mention.substring(0, at);
            int n = Integer.parseInt(mention.substring(at + 1));
            if (!first.containsKey(report) || n < first.get(report)) {
                first.put(report, n);
                byReport.put(report, m.getValue());
            }
        }
        for (Unassigned u : run.unassigned()) unassigned.putIfAbsent(u.report(), u.reason());
        for (var r : run.ingested().rejected()) unassigned.putIfAbsent(r.input(), "rejected: " + r.error());
    }

    ReconciledEvent eventOf(String report) {
        return byReport.get(report);
    }

    String why(String report) {
        String u = unassigned.get(report);
        return u == null ? "in no event" : "unassigned: " + u;
    }

    /** The event holding most of these reports (ties: the smaller id). */
    ReconciledEvent mainEvent(List<String> reports) {
        Map<String, Integer> count = new TreeMap<>();
        Map<String, ReconciledEvent> events = new HashMap<>();
        for (String r : reports) {
            ReconciledEvent e = byReport.get(r);
            if (e == null) continue;
            count.merge(e.id(), 1, Integer::sum);
            events.put(e.id(), e);
        }
        String best = null;
        for (Map.Entry<String, Integer> c : count.entrySet()) if (best == null || c.getValue() > count.get(best)) best = c.getKey();
        return best == null ? null : events.get(best);
    }

    List<ReconciledEvent> eventsOf(List<String> reports) {
        Set<String> ids = new HashSet<>(reports);
        Map<String, ReconciledEvent> out = new TreeMap<>();
        for (Map.Entry<String, ReconciledEvent> e : byReport.entrySet()) if (ids.contains(e.getKey())) out.put(e.getValue().id(), e.getValue());
        return List.copyOf(out.values());
    }

    /** Null when the report is in its incident's main event; else where it went. */
    String splitOff(String report, List<String> incident) {
        ReconciledEvent main = mainEvent(incident);
        ReconciledEvent mine = byReport.get(report);
        if (mine == null) return why(report);
        if (main != null && !main.id().equals(mine.id())) return "split off into " + mine.id();
        return null;
    }
}
