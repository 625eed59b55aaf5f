package io.triangulate.rules;

import java.util.List;
import java.util.Set;

/** Facts in words, for the trace {@code explain} prints, and which event (or mentions) a fact is about. */
public final class FactWords {
    private FactWords() {}

    public static String describe(Object o) {
        if (o instanceof Mention m) return "mention " + m.id() + " (" + m.describe() + ")";
        if (o instanceof SameEvent s) return "same event: " + s.first() + " and " + s.second();
        if (o instanceof SeparateEvent s) return "separate events: " + s.first() + " and " + s.second() + " (" + s.reason() + ")";
        if (o instanceof Casualty c) return "claim " + c.claim() + ": " + c.describe() + (c.hedged() ? ", hedged" : "");
        if (o instanceof Evidence e) return "claim " + e.claim() + " counts as " + e.tier().code().replace('_', ' ') + " evidence";
        if (o instanceof Responsibility r) return "claim " + r.claim() + ": " + r.describe();
        if (o instanceof Statement s) return "claim " + s.claim() + ": " + s.kind() + " \"" + s.value() + "\"" + (s.hedged() ? ", hedged" : "");
        if (o instanceof ReportInEvent r) return "report " + r.report() + " (" + r.ownSpeakers() + " speakers and " + r.ownClaims()
                + " claims of its own, " + r.sharedQuotations() + " shared quotations, similarity "
                + String.format(java.util.Locale.ROOT, "%.2f", r.similarity()) + " with " + r.closest() + ")";
        if (o instanceof Derivative d) return "report " + d.report() + " is derivative";
        if (o instanceof Superseded s) return "claim " + s.claim() + " is revised by " + s.by();
        if (o instanceof Disagreement d) return "claims " + d.a() + " and " + d.b() + " disagree: " + d.text();
        if (o instanceof CasualtyGroup g) return "count " + g.kind() + " of " + g.victims();
        if (o instanceof GroupFigure g) return g.kind() + " of " + g.victims() + ": low " + g.low() + ", best " + g.best() + ", high " + g.high();
        if (o instanceof PerpetratorVerdict v) return "perpetrator " + v.actor() + " (" + v.status() + ")";
        if (o instanceof ConfidenceNote n) return "confidence at most " + n.level() + ": " + n.note();
        if (o instanceof EventSources s) return "sources: " + s.independentReports() + " independent reports, speakers " + s.speakers();
        if (o instanceof EventInBlock e) return "event " + e.event() + " (" + e.description() + (e.main() ? ", the group's main event" : "") + ")";
        if (o instanceof InEvent i) return "mention " + i.mention() + " of report " + i.report() + " is in " + i.event();
        if (o instanceof Flag f) return f.code() + ": " + f.note();
        if (o instanceof AnalystOverride a) return "override " + a.describe();
        if (o instanceof OverrideApplied a) return a.text();
        if (o instanceof MatchPolicy p) return "tolerance: " + p.dayTolerance() + " day(s), " + p.weekdayTolerance() + " weekday(s)";
        if (o instanceof List<?> l) return l.size() + " facts";
        return String.valueOf(o);

    }

    /** Whether a fact is about this event or one of its mentions. */
    public static boolean about(Object o, String event, Set<String> mentions) {
        if (o instanceof Mention m) return mentions.contains(m.id());
        if (o instanceof SameEvent s) return mentions.contains(s.first()) || mentions.contains(s.second());
        if (o instanceof SeparateEvent s) return mentions.contains(s.first()) || mentions.contains(s.second());
        if (o instanceof OverrideApplied a) return mentions.contains(a.first()) || mentions.contains(a.second());
        if (o instanceof Casualty c) return c.event().equals(event);
        if (o instanceof Evidence e) return e.event().equals(event);
        if (o instanceof Responsibility r) return r.event().equals(event);
        if (o instanceof Statement s) return s.event().equals(event);
        if (o instanceof ReportInEvent r) return r.event().equals(event);
        if (o instanceof Derivative d) return d.event().equals(event);
        if (o instanceof Superseded s) return s.event().equals(event);
        if (o instanceof Disagreement d) return d.event().equals(event);
        if (o instanceof CasualtyGroup g) return g.event().equals(event);
        if (o instanceof GroupFigure g) return g.event().equals(event);
        if (o instanceof PerpetratorVerdict v) return v.event().equals(event);
        if (o instanceof ConfidenceNote n) return n.event().equals(event);
        if (o instanceof EventSources s) return s.event().equals(event);
        if (o instanceof EventInBlock e) return e.event().equals(event);
        if (o instanceof InEvent i) return i.event().equals(event);
        if (o instanceof Flag f) return f.event().equals(event);
        return false;

    }
}
