package io.triangulate.output;

import io.triangulate.reconcile.RunResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A writer that streams its output, and the same output as one string (for tests, `check` and small runs). */
final class Streamed {
    private Streamed() {}

    interface Writes {
        void write(RunResult run, Writer out) throws IOException;
    }

    static String text(RunResult run, Writes writes) {
        StringWriter out = new StringWriter();
        try {
            writes.write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
