package io.triangulate.output;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.util.Map;

/**
 * One row per event with ACLED/UCDP-like columns (Jackson's CSV module). Report text is hostile: a cell that
 * starts with =, +, - or @ and is not a number is prefixed with an apostrophe so that a spreadsheet shows it
 * as text instead of running it as a formula.
 */
public final class CsvReport {
    private static final CsvMapper CSV = new CsvMapper();

    private CsvReport() {}

    public static String write(RunResult run) {
        return Streamed.text(run, CsvReport::write);
    }

    /** Streams the header and one row per event to {@code out}. */
    public static void write(RunResult run, java.io.Writer out) throws java.io.IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String c : EventRow.COLUMNS) schema.addColumn(c);
        try (com.fasterxml.jackson.databind.SequenceWriter rows = CSV.writer(schema.build())
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (ReconciledEvent e : run.events()) {
                Map<String, Object> row = EventRow.of(e);
                row.replaceAll((k, v) -> v instanceof String s ? neutralised(s) : v);
                rows.write(row);
            }
        }
        out.flush();
    }

    /** "=HYPERLINK(…)" becomes "'=HYPERLINK(…)"; "-12" stays a number. */
    static String neutralised(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!risky) return cell;
        if ((c == '-' || c == '+') && isNumber(cell.substring(1))) return cell;
        return "'" + cell;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) return false;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.' && !dot) dot = true;
            else if (ch < '0' || ch > '9') return false;
        }
        return true;
    }
}
