package io.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.ingest.ReportReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The development corpus of real reports, as {@code scripts/build_corpus.py} writes it (never committed):
 * {@code reports.jsonl} (one report per line with its source, incident and split) and {@code incidents.jsonl}
 * (the datasets' own gold per incident); and our labels of what each report states
 * ({@code samples/corpus/labels.jsonl}, committed).
 */
public record Corpus(Ingested ingested, Map<String, Entry> entries, Map<String, Incident> incidents, Map<String, Label> labels) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a report comes from: its dataset, incident and part of the split. */
    public record Entry(String id, String source, String incident, String split) {}

    /** A count as an interval; {@code high} null when open-ended. */
    public record Count(Integer low, Integer high) {
        @Override
        public String toString() {
            return (low == null ? "?" : low.toString()) + ".." + (high == null ? "" : high.toString());
        }
    }

    /** A place as a label or a dataset names it: a name, its state or department, its country (ISO code). */
    public record PlaceName(String name, String admin1, String country) {
        @Override
        public String toString() {
            return name + (admin1 == null ? "" : ", " + admin1) + (country == null ? "" : ", " + country);
        }
    }

    /** What a report itself states about its main event, as we labelled it. */
    public record Label(String id, Count killed, Count injured, PlaceName place, LocalDate date, String perpetrator,
                        String perpetratorStatus) {}

    /**
     * The dataset's gold for one incident: GVA's record (date, city or county, state, killed, injured), or for a
     * MUC message its answer-key templates (each an incident with a date and a location).
     */
    public record Incident(String id, String source, String split, LocalDate date, PlaceName place, Integer killed, Integer injured,
                           List<Template> templates) {}

    /** One MUC answer-key template: the incident's dates (a day, a span, or "on or before") and its location path. */
    public record Template(LocalDate from, LocalDate to, List<String> location, boolean optional) {}

    public static final class CorpusException extends RuntimeException {
        CorpusException(String message) {
            super(message);
        }
    }

    /** Reads a corpus folder and a labels file (which may be absent: then only dataset gold is scored). */
    public static Corpus read(Path dir, Path labelsFile) {
        Path reports = dir.resolve("reports.jsonl");
        Path incidents = dir.resolve("incidents.jsonl");
        if (!Files.isRegularFile(reports) || !Files.isRegularFile(incidents)) {
            throw new CorpusException(dir + " holds no corpus (reports.jsonl and incidents.jsonl): build it with "
                    + "python3 scripts/build_corpus.py (see EXTRACTION.md)");
        }
        Ingested in = new ReportReader(new io.triangulate.ingest.Limits(512L << 20, io.triangulate.ingest.Limits.DEFAULT.maxReportChars())).read(List.of(reports));
        Map<String, Entry> entries = new TreeMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(reports)) {
                n++;
                if (line.isBlank()) continue;
                JsonNode j = JSON.readTree(line);
                entries.put(j.path("id").asText(), new Entry(j.path("id").asText(), j.path("source").asText(), j.path("incident").asText(),
                        j.path("split").asText()));
            }
            Map<String, Incident> inc = new TreeMap<>();
            for (String line : Files.readAllLines(incidents)) {
                if (line.isBlank()) continue;
                Incident i = incident(JSON.readTree(line));
                inc.put(i.id(), i);
            }
            Map<String, Label> labels = new TreeMap<>();
            if (labelsFile != null && Files.isRegularFile(labelsFile)) {
                int ln = 0;
                for (String line : Files.readAllLines(labelsFile)) {
                    ln++;
                    if (line.isBlank()) continue;
                    try {
                        Label l = label(JSON.readTree(line));
                        labels.put(l.id(), l);
                    } catch (RuntimeException e) {
                        throw new CorpusException(labelsFile.getFileName() + ":" + ln + ": " + e.getMessage());
                    }
                }
            }
            // Regroup: each incident is one analyst's group (its reports, as a folder would hold them).
            List<Report> regrouped = new ArrayList<>();
            for (Report r : in.reports()) {
                Entry e = entries.get(r.id());
                if (e != null) regrouped.add(r.inGroup(e.incident()));
            }
            List<Rejected> rejected = in.rejected();
            return new Corpus(new Ingested(List.copyOf(regrouped), rejected, in.files(), in.skipped()), entries, inc, labels);
        } catch (IOException e) {
            throw new CorpusException("cannot read the corpus in " + dir + ": " + e.getMessage());
        }
    }

    private static Incident incident(JsonNode j) {
        List<Template> templates = new ArrayList<>();
        for (JsonNode t : j.path("templates")) {
            LocalDate[] span = MucDates.span(text(t, "dateText"));
            List<String> location = new ArrayList<>();
            String loc = text(t, "location");
            if (loc != null) {
                // "EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)"; alternatives after " / " are dropped.
                for (String part : loc.split(" / ")[0].split(":")) {
                    String p = part.replaceAll("\\([^)]*\\)", "").replace("-", " ").strip();
                    if (!p.isEmpty()) location.add(p);
                }
            }
            templates.add(new Template(span == null ? null : span[0], span == null ? null : span[1], List.copyOf(location),
                    t.path("optional").asBoolean(false)));
        }
        String place = text(j, "place");
        return new Incident(j.path("id").asText(), j.path("source").asText(), j.path("split").asText(), date(text(j, "date")),
                place == null ? null : new PlaceName(place, text(j, "admin1"), text(j, "countryCode")),
                j.hasNonNull("killed") ? j.get("killed").asInt() : null, j.hasNonNull("injured") ? j.get("injured").asInt() : null,
                List.copyOf(templates));
    }

    private static Label label(JsonNode j) {
        if (!j.hasNonNull("id")) throw new IllegalArgumentException("a label without an id");
        JsonNode p = j.path("place");
        PlaceName place = p.isObject() ? new PlaceName(text(p, "name"), text(p, "admin1"), text(p, "country")) : null;
        return new Label(j.get("id").asText(), count(j.path("killed")), count(j.path("injured")), place, date(text(j, "date")),
                text(j, "perpetrator"), text(j, "perpetratorStatus"));
    }

    private static Count count(JsonNode n) {
        if (!n.isObject()) return null;
        return new Count(n.hasNonNull("low") ? n.get("low").asInt() : null, n.hasNonNull("high") ? n.get("high").asInt() : null);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
