package io.triangulate.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

/** One event per line, each the same object as in the JSON output's "events". */
public final class JsonlReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlReport() {}

    public static String write(RunResult run) {
        StringBuilder b = new StringBuilder();
        try {
            for (ReconciledEvent e : run.events()) b.append(MAPPER.writeValueAsString(JsonReport.event(e))).append('\n');
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        return b.toString();
    }
}
