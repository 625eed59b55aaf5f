package io.triangulate.reconcile;

import io.triangulate.rules.AnalystOverride;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Applies the analyst's pinned values to the events that hold the pinned reports; each pin is listed on its event. */
public final class OverridePins {
    private OverridePins() {}

    public record Result(List<ReconciledEvent> events, Set<String> applied) {}

    public static Result apply(List<ReconciledEvent> events, List<AnalystOverride> pins) {
        Set<String> applied = new TreeSet<>();
        List<ReconciledEvent> out = new ArrayList<>();
        for (ReconciledEvent e : events) {
            Perpetrator p = e.perpetrator();
            CasualtyFigures c = e.casualties();
            List<String> notes = new ArrayList<>();
            for (AnalystOverride o : pins) {
                if (!e.reports().contains(o.report())) continue;
                String[] f = o.field().split("\\.");
                if (f[0].equals("perpetrator")) {
                    String rule = "pinned by the analyst (" + o.where() + ")";
                    p = f[1].equals("name") ? new Perpetrator(o.value(), p.status(), p.claimants(), rule, p.claims())
                            : new Perpetrator(p.name(), o.value(), p.claimants(), rule, p.claims());
                } else {
                    Figure fig = f[0].equals("killed") ? c.killed() : f[0].equals("injured") ? c.injured() : c.killedOrInjured();
                    Integer v = Integer.valueOf(o.value());
                    String rule = "pinned by the analyst (" + o.where() + ")";
                    Figure pinned = switch (f[1]) {
                        case "low" -> new Figure(v, fig.best(), fig.high(), rule, fig.claims());
                        case "best" -> new Figure(fig.low(), v, fig.high(), rule, fig.claims());
                        default -> new Figure(fig.low(), fig.best(), v, rule, fig.claims());
                    };
                    c = c.withTotal(f[0].equals("killedOrInjured") ? "killed_or_injured" : f[0], pinned);
                }
                notes.add(o.field() + " = " + o.value() + ", pinned by the analyst: " + o.describe());
                applied.add(o.where());
            }
            out.add(notes.isEmpty() ? e : e.with(p, c, notes));
        }
        return new Result(List.copyOf(out), applied);
    }
}
