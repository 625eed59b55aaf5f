package io.triangulate.output;

import io.triangulate.reconcile.RunResult;

import java.util.function.Function;

/** The output formats, each with the file name it takes in an output folder and its writer. */
public enum OutputFormat {
    text("report.txt", TextReport::write),
    json("events.json", JsonReport::write),
    jsonl("events.jsonl", JsonlReport::write),
    csv("events.csv", CsvReport::write),
    geojson("events.geojson", GeoJsonReport::write),
    md("report.md", MarkdownReport::write),
    html("report.html", HtmlReport::write);

    private final String fileName;
    private final Function<RunResult, String> writer;

    OutputFormat(String fileName, Function<RunResult, String> writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    public String write(RunResult run) {
        return writer.apply(run);
    }

    /**
     * Writes the output to {@code out}. JSON, JSONL and CSV are streamed event by event (a large run's output is never
     * held whole); the readable formats are made whole first, as they are for an analyst's folder.
     */
    public void write(RunResult run, java.io.Writer out) throws java.io.IOException {
        switch (this) {
            case json -> JsonReport.write(run, out);
            case jsonl -> JsonlReport.write(run, out);
            case csv -> CsvReport.write(run, out);
            default -> {
                out.write(writer.apply(run));
                out.flush();
            }
        }
    }
}
