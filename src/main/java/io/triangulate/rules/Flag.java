package io.triangulate.rules;

import io.triangulate.codes.FlagCode;
import io.triangulate.codes.Level;

import java.util.List;

/**
 * A flag a rule raised on an event: its code, the field it is about, severity, the reports and claims
 * behind it, the rule that raised it, and a sentence a person reads.
 */
public record Flag(String event, FlagCode code, String field, Level severity, List<String> reports, List<String> claims,
                   String rule, String note) {

    /** A flag about a whole event, resting on the given reports. */
    public static Flag onEvent(String event, FlagCode code, String field, Level severity, String rule, String note,
                               java.util.Collection<String> reports) {
        return new Flag(event, code, field, severity, List.copyOf(new java.util.TreeSet<>(reports)), List.of(), rule, note);
    }

    /** A flag about two claims of two reports. */
    public static Flag onClaims(String event, FlagCode code, String field, Level severity, String rule, String note,
                                Casualty a, Casualty b) {
        return new Flag(event, code, field, severity,
                List.copyOf(new java.util.TreeSet<>(List.of(a.report(), b.report()))),
                List.copyOf(new java.util.TreeSet<>(List.of(a.claim(), b.claim()))), rule, note);
    }

    /** A flag about a set of claims of several reports. */
    public static Flag onClaimList(String event, FlagCode code, String field, Level severity, String rule, String note,
                                   java.util.Collection<String> reports, java.util.Collection<String> claims) {
        return new Flag(event, code, field, severity, List.copyOf(new java.util.TreeSet<>(reports)),
                List.copyOf(new java.util.TreeSet<>(claims)), rule, note);
    }

    /** A flag about one claim. */
    public static Flag onClaim(String event, FlagCode code, String field, Level severity, String rule, String note, Casualty a) {
        return new Flag(event, code, field, severity, List.of(a.report()), List.of(a.claim()), rule, note);
    }

    /** One flag for all the disagreements about one count: every claim and report behind them, the worst severity. */
    public static Flag casualtyConflict(String event, String field, String rule, java.util.List<?> disagreements) {
        java.util.TreeSet<String> reports = new java.util.TreeSet<>();
        java.util.TreeSet<String> claims = new java.util.TreeSet<>();
        Level severity = Level.LOW;
        for (Object o : disagreements) {
            Disagreement d = (Disagreement) o;
            reports.add(d.reportA());
            reports.add(d.reportB());
            claims.add(d.a());
            claims.add(d.b());
            if (d.severity().compareTo(severity) < 0) severity = d.severity();
        }
        return new Flag(event, FlagCode.CASUALTY_CONFLICT, field, severity, List.copyOf(reports), List.copyOf(claims), rule,
                "Casualty figures disagree: " + Disagreement.texts(disagreements) + ".");
    }

    /** One flag naming every report whose day another contradicts, by day: "2024-09-17 (a, c) vs 2024-09-18 (b)". */
    public static Flag dateConflict(String event, String rule, java.util.List<?> mentions) {
        return byValue(event, FlagCode.DATE_CONFLICT, "date", rule, "Reports differ on the day: ", mentions, m -> String.valueOf(m.day()));
    }

    /** One flag naming every report whose spot another's does not nest with, by place: "Faladie (a) vs Senou (b)". */
    public static Flag placeConflict(String event, String rule, java.util.List<?> mentions) {
        return byValue(event, FlagCode.PLACE_CONFLICT, "place", rule, "Reports differ on the place: ", mentions, Mention::place);
    }

    private static Flag byValue(String event, FlagCode code, String field, String rule, String opening, java.util.List<?> mentions,
                                java.util.function.Function<Mention, String> value) {
        java.util.TreeMap<String, java.util.TreeSet<String>> reportsBy = new java.util.TreeMap<>();
        java.util.TreeSet<String> reports = new java.util.TreeSet<>();
        for (Object o : mentions) {
            Mention m = (Mention) o;
            reportsBy.computeIfAbsent(value.apply(m), k -> new java.util.TreeSet<>()).add(m.report());
            reports.add(m.report());
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        reportsBy.forEach((v, rs) -> parts.add(v + " (" + String.join(", ", rs) + ")"));
        return new Flag(event, code, field, Level.LOW, List.copyOf(reports), List.of(), rule, opening + String.join(" vs ", parts) + ".");
    }

    /** A split-off event of an analyst's group, with every distinct reason the rules kept it apart from the main event. */
    public static Flag separateEvent(String event, String rule, String mainEvent, java.util.List<?> apart, java.util.Collection<?> mentions,
                                     java.util.Collection<?> reports) {
        java.util.TreeSet<String> reasons = new java.util.TreeSet<>();
        for (Object o : apart) reasons.add(((SeparateEvent) o).reasonFrom(mentions));
        java.util.TreeSet<String> ids = new java.util.TreeSet<>();
        for (Object o : reports) ids.add((String) o);
        return new Flag(event, FlagCode.SEPARATE_EVENT, "event", Level.MEDIUM, List.copyOf(ids), List.of(), rule,
                "Reported with " + mainEvent + " but a separate event: " + String.join("; ", reasons) + ".");
    }

    /** One PERPETRATOR_CONFLICT naming every actor named (not denying) and every source that names one. */
    public static Flag perpetratorConflict(String event, String rule, java.util.List<?> named) {
        java.util.TreeSet<String> said = new java.util.TreeSet<>();
        java.util.TreeSet<String> reports = new java.util.TreeSet<>();
        java.util.TreeSet<String> claims = new java.util.TreeSet<>();
        for (Object o : named) {
            Responsibility r = (Responsibility) o;
            said.add(r.describe());
            reports.add(r.report());
            claims.add(r.claim());
        }
        return new Flag(event, FlagCode.PERPETRATOR_CONFLICT, "perpetrator", Level.HIGH, List.copyOf(reports), List.copyOf(claims), rule,
                "Sources name different perpetrators: " + String.join(" vs ", said) + ".");
    }
}
