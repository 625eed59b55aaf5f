package io.triangulate.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.io.IOException;
import java.io.Writer;

/** One event per line, each the same object as in the JSON output's "events". */
public final class JsonlReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlReport() {}

    public static String write(RunResult run) {
        return Streamed.text(run, JsonlReport::write);
    }

    /** Streams the lines to {@code out}, one event at a time. */
    public static void write(RunResult run, Writer out) throws IOException {
        for (ReconciledEvent e : run.events()) {
            out.write(MAPPER.writeValueAsString(JsonReport.event(e)));
            out.write('\n');
        }
        out.flush();
    }
}
