package io.triangulate.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns input paths into reports. The report files named together are one group; a folder of report files is
 * one group; each sub-folder of a folder of folders is a group of its own; a JSONL file's reports are grouped
 * by their {@code group} value.
 * Every input becomes a {@link Report} or a {@link Rejected}; unsupported files are counted as skipped.
 */
public final class ReportReader {
    /** The group of the report files named on the command line (folders are groups of their own). */
    public static final String NAMED_FILES = InputFiles.NAMED_FILES;
    private final Limits limits;
    /** Strings in JSON are capped as lines are, so one huge string cannot exhaust the heap before it is checked. */
    private final ObjectMapper json;

    public ReportReader(Limits limits) {
        this.limits = limits;
        this.json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(limits.maxLineChars()).build())
                .build());
    }

    public ReportReader() {
        this(Limits.DEFAULT);
    }

    public Ingested read(List<Path> inputs) {
        InputFiles.Plan plan = InputFiles.plan(inputs);
        List<Report> reports = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(plan.rejected());
        for (InputFile f : plan.files()) {
            Ingested one = readFile(f);
            reports.addAll(one.reports());
            rejected.addAll(one.rejected());
        }
        List<Report> unique = unique(reports, rejected);
        rejected.sort(Comparator.comparing(Rejected::input)
                .thenComparing(r -> r.line() == null ? 0 : r.line())
                .thenComparing(Rejected::error));
        return new Ingested(List.copyOf(unique), List.copyOf(rejected), plan.files().size(), plan.skipped());
    }

    /** One file's reports, and its lines (or the file) that could not be read; the code failing on it rejects it. */
    public Ingested readFile(InputFile f) {
        List<Report> reports = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        try {
            readFile(f, reports, rejected);
        } catch (RuntimeException | StackOverflowError e) {
            rejected.add(Rejected.failed(f.display(), null, "reading", e));
        }
        return new Ingested(reports, rejected, 1, 0);
    }

    /**
     * Ids are unique in a run: of the reports sharing an id the first by (input, line) is kept, so the choice does
     * not depend on argument order; the others are added to {@code rejected}. The kept ones come back sorted by id.
     */
    public static List<Report> unique(List<Report> reports, List<Rejected> rejected) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::id).thenComparing(Report::input)
                .thenComparing(Report::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Report> unique = new ArrayList<>();
        java.util.Map<String, Report> first = new java.util.HashMap<>();
        for (Report r : sorted) {
            Report kept = first.putIfAbsent(r.id(), r);
            if (kept == null) unique.add(r);
            else rejected.add(new Rejected(r.input(), r.line(), "duplicate report id '" + r.id() + "' (already used by "
                    + kept.input() + (kept.line() == null ? "" : ":" + kept.line()) + ")"));
        }
        return unique;
    }

    private void readFile(InputFile f, List<Report> reports, List<Rejected> rejected) {
        String lower = f.display().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".txt")) {
                reports.add(fromTxt(f, readText(f.path())));
                return;
            }
            // JSON and JSONL are streamed, not held whole: no cap on the file, only on each line and string.
            binaryCheck(f.path());
            if (lower.endsWith(".jsonl")) readJsonLines(f, reports, rejected);
            else readJson(f, reports, rejected);
        } catch (InputException e) {
            rejected.add(new Rejected(f.display(), e.line, e.getMessage()));
        }
    }

    private static void binaryCheck(Path path) {
        long at;
        try {
            at = CappedLines.firstNul(path);
        } catch (IOException e) {
            throw new InputException(null, "cannot read: " + e.getMessage());
        }
        if (at >= 0) throw new InputException(null, "binary file (NUL byte at offset " + at + "), not text");
    }

    private String readText(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new InputException(null, "file is " + size + " bytes, over the limit of " + limits.maxFileBytes());
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(null, "cannot read: " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException(null, "binary file (NUL byte at offset " + i + "), not text");
        }
        String text;
        try {
            text = CappedLines.strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(null, "not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new InputException(null, "empty file");
        return text;
    }

    /** A .txt report: metadata lines may stand at the top or the bottom; the first other line is the title. */
    private Report fromTxt(InputFile f, String text) {
        String[] lines = text.split("\n", -1);
        String source = null, url = null, published = null, title = null, language = null;
        Integer rating = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            if (!MetadataLine.is(line)) {
                if (title == null) title = line;
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "source" -> source = value;
                case "url" -> url = value;
                case "published" -> published = isoDate(value, i + 1);
                case "rating" -> rating = rating(value, i + 1);
                case "language" -> language = language(value, i + 1);
                default -> url = line; // a bare URL line
            }
        }
        checkSize(text, null);
        return new Report(f.stem(), f.group(), f.display(), null, source, url, published, rating, title, text, language,
                language == null ? null : "stated");
    }

    private void readJson(InputFile f, List<Report> reports, List<Rejected> rejected) {
        try (Reader r = CappedLines.strictUtf8(f.path()); JsonParser p = json.createParser(r)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentTokenLocation().getLineNr();
                    JsonNode node = json.readTree(p);
                    try {
                        reports.add(fromJson(node, f, f.stem() + ":" + line, f.group(), line));
                    } catch (InputException e) {
                        rejected.add(new Rejected(f.display(), line, e.getMessage()));
                    }
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    rejected.add(new Rejected(f.display(), p.currentTokenLocation().getLineNr(), "expected a JSON object in the array"));
                }
            } else if (first == JsonToken.START_OBJECT) {
                JsonNode node = json.readTree(p);
                reports.add(fromJson(node, f, f.stem(), f.group(), null));
            } else if (first == null) {
                rejected.add(new Rejected(f.display(), null, "empty file"));
            } else {
                rejected.add(new Rejected(f.display(), 1, "expected a JSON object or an array of objects"));
            }
        } catch (CharacterCodingException e) {
            rejected.add(new Rejected(f.display(), null, "not UTF-8 text"));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                rejected.add(new Rejected(f.display(), null, "not UTF-8 text"));
            } else {
                rejected.add(new Rejected(f.display(), e.getLocation() == null ? null : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage()));
            }
        } catch (InputException e) {
            rejected.add(new Rejected(f.display(), e.line, e.getMessage()));
        } catch (IOException e) {
            rejected.add(new Rejected(f.display(), null, "cannot read: " + e.getMessage()));
        }
    }

    private void readJsonLines(InputFile f, List<Report> reports, List<Rejected> rejected) {
        boolean any = false;
        int lineNo = 0;
        try (CappedLines lines = new CappedLines(f.path(), limits.maxLineChars())) {
            for (CappedLines.Line line = lines.next(); line != null; line = lines.next()) {
                lineNo = line.number();
                if (line.tooLong()) {
                    any = true;
                    rejected.add(new Rejected(f.display(), lineNo, "line is " + line.length() + " characters, over the limit of "
                            + limits.maxLineChars()));
                    continue;
                }
                if (line.text().isBlank()) continue;
                any = true;
                try {
                    if (line.text().indexOf('\0') >= 0) throw new InputException(lineNo, "binary data (a NUL character) on this line");
                    JsonNode node = json.readTree(line.text());
                    if (node == null || !node.isObject()) throw new InputException(lineNo, "expected a JSON object on this line");
                    String group = node.hasNonNull("group") ? f.group() + "#" + node.get("group").asText() : f.group();
                    reports.add(fromJson(node, f, f.stem() + ":" + lineNo, group, lineNo));
                } catch (JsonProcessingException e) {
                    rejected.add(new Rejected(f.display(), lineNo, "malformed JSON: " + e.getOriginalMessage()));
                } catch (InputException e) {
                    rejected.add(new Rejected(f.display(), lineNo, e.getMessage()));
                }
            }
            if (!any) rejected.add(new Rejected(f.display(), null, "empty file"));
        } catch (CharacterCodingException e) {
            rejected.add(new Rejected(f.display(), lineNo + 1, "not UTF-8 text"));
        } catch (IOException e) {
            rejected.add(new Rejected(f.display(), null, "cannot read: " + e.getMessage()));
        }
    }

    private Report fromJson(JsonNode node, InputFile f, String defaultId, String group, Integer line) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new InputException(null, "missing or empty 'text'");
        }
        String body = text.asText().replace("\r\n", "\n").replace('\r', '\n');
        // The headline is read as the report's first line, as in a .txt file: it often names the place and the toll.
        String title = textOrNull(node, "title");
        if (title != null && !title.isBlank() && !body.stripLeading().startsWith(title.strip())) body = title.strip() + "\n\n" + body;
        checkSize(body, null);
        String id = node.hasNonNull("id") ? node.get("id").asText().strip() : defaultId;
        if (id.isEmpty()) throw new InputException(null, "empty 'id'");
        String published = node.hasNonNull("published") ? isoDate(node.get("published").asText(), null) : null;
        Integer rating = node.hasNonNull("rating") ? rating(node.get("rating").asText(), null) : null;
        String language = node.hasNonNull("language") ? language(node.get("language").asText(), null) : null;
        return new Report(id, group, f.display(), line, textOrNull(node, "source"), textOrNull(node, "url"), published, rating,
                title, body, language, language == null ? null : "stated");
    }

    /** A stated language: an ISO 639-1 code ("fr", "EN" is read as "en"). */
    private static String language(String value, Integer line) {
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new InputException(line, "language '" + value.strip() + "' is not an ISO 639-1 code (such as en or fr)");
        }
        return code;
    }

    private void checkSize(String text, Integer line) {
        if (text.length() > limits.maxReportChars()) {
            throw new InputException(line, "report text is " + text.length() + " characters, over the limit of " + limits.maxReportChars());
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An ISO date or date-time; kept as the date-time's ISO form, or the date. */
    static String isoDate(String value, Integer line) {
        String v = value.strip();
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the date-time forms
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try without offset
        }
        try {
            return LocalDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new InputException(line, "Published: '" + v + "' is not an ISO date (2024-09-17) or date-time");
        }
    }

    static Integer rating(String value, Integer line) {
        try {
            int r = Integer.parseInt(value.strip());
            if (r >= 1 && r <= 5) return r;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InputException(line, "Rating: '" + value.strip() + "' is not a grade from 1 to 5");
    }

    /** A reason an input cannot be read, with the line where there is one. */
    static final class InputException extends RuntimeException {
        final Integer line;

        InputException(Integer line, String message) {
            super(message);
            this.line = line;
        }
    }
}
