package io.triangulate.rules;

/**
 * One row of the analyst's overrides table: the analyst's word beats the rules. {@code where} names the row
 * ("overrides.csv:4"). Actions: {@code same_event} (report and other are one event), {@code separate_events}
 * (they are not), {@code exclude} (leave report out, with the note as the reason), {@code pin} (set field of
 * the event holding report to value: killed.low/best/high, injured.…, killedOrInjured.…, perpetrator.name,
 * perpetrator.status).
 */
public record AnalystOverride(String where, String action, String report, String other, String field, String value, String note) {
    /** Whether this row is about the two reports, in either order. */
    public boolean names(String oneReport, String otherReport) {
        return report.equals(oneReport) && other.equals(otherReport) || report.equals(otherReport) && other.equals(oneReport);
    }

    /** "same_event 003 004 (overrides.csv:4)". */
    public String describe() {
        StringBuilder b = new StringBuilder(action).append(' ').append(report);
        if (!other.isEmpty()) b.append(' ').append(other);
        if (!field.isEmpty()) b.append(' ').append(field).append(" = ").append(value);
        return b.append(" (").append(where).append(note.isEmpty() ? "" : ": " + note).append(')').toString();
    }
}
