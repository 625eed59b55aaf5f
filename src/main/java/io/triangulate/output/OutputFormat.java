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
}
