package io.triangulate.output;

import io.triangulate.reconcile.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * The output formats, each with the file name it takes in an output folder and its writer. JSON, JSONL and CSV are
 * streamed event by event (a large run's output is never held whole); the readable formats are made whole first, as
 * they are for an analyst's folder.
 */
public enum OutputFormat {
    text("report.txt", whole(TextReport::write)),
    json("events.json", JsonReport::write),
    jsonl("events.jsonl", JsonlReport::write),
    csv("events.csv", CsvReport::write),
    geojson("events.geojson", whole(GeoJsonReport::write)),
    md("report.md", whole(MarkdownReport::write)),
    html("report.html", whole(HtmlReport::write));

    private final String fileName;
    private final Streamed.Writes writer;

    OutputFormat(String fileName, Streamed.Writes writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    /** A format made whole as text, then written. */
    private static Streamed.Writes whole(Function<RunResult, String> format) {
        return (run, out) -> {
            out.write(format.apply(run));
            out.flush();
        };
    }

    public String fileName() {
        return fileName;
    }

    public String write(RunResult run) {
        return Streamed.text(run, writer);
    }

    /** Writes the output to {@code out}. */
    public void write(RunResult run, Writer out) throws IOException {
        writer.write(run, out);
    }
}
