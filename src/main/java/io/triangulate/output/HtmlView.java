package io.triangulate.output;

import java.util.List;

/**
 * What the HTML template shows, worked out in Java so that the template only lays it out: every string here
 * is plain text, escaped by the template engine on output.
 */
public record HtmlView(String title, String summary, List<Event> events, List<String> unassigned, List<String> rejected,
                       List<String> overridesNotApplied, List<String> ruleErrors) {

    public record Event(String id, String place, String placePrecision, String date, String datePrecision, String perpetrator,
                        String status, List<String> claimants, String confidence, List<String> notes, List<Flag> flags,
                        List<Column> columns, List<Row> rows, List<Chart> charts, List<Quote> quotes, List<String> overrides) {}

    public record Flag(String code, String severity, String note, String rule) {}

    /** A report's column in the claim matrix; {@code url} only when it is http(s), else null. */
    public record Column(String report, String source, String published, String url) {}

    public record Row(String label, List<Cell> cells) {}

    /** css: agree, differ or none (the report says nothing on this row). */
    public record Cell(String text, String css) {}

    /** One count of one victim group ("Killed — military"), on its own axis. */
    public record Chart(String title, int width, int height, List<Bar> bars, List<Mark> marks, List<Tick> ticks) {}

    /** One claim's interval; {@code open} when it has no upper bound (drawn to the edge with an arrow). */
    public record Bar(String label, int labelY, int x, int y, int width, int height, boolean open, String css, String title) {}

    /** The reconciled low, best or high, as a vertical line across the bars. */
    public record Mark(String label, int x, int y1, int y2, String css) {}

    public record Tick(String label, int x, int y) {}

    /** A source sentence split around the claim's words. */
    public record Quote(String report, String claim, String before, String words, String after) {}
}
