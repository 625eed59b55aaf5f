package io.triangulate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads labelled cases from JSONL files, one case per line. A case carries its {@code text}, or a
 * {@code file} relative to the JSONL file (for reports that are not ours to copy, such as the seeds); a case
 * whose file is missing is skipped and said so. A malformed line is an error naming the file and line.
 */
public final class LabelledSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 1 << 20;

    /** The cases read, and the ones skipped with the reason. */
    public record Read(List<LabelledCase> cases, List<String> skipped) {}

    /** Thrown for a line that cannot be read: the message names file and line. */
    public static final class LabelledSetException extends RuntimeException {
        public LabelledSetException(String message) {
            super(message);
        }
    }

    public static Read read(List<Path> inputs) throws IOException {
        List<LabelledCase> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path in : inputs) {
            List<Path> files;
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
                }
            } else {
                files = List.of(in);
            }
            for (Path f : files) readFile(f, cases, skipped);
        }
        return new Read(List.copyOf(cases), List.copyOf(skipped));
    }

    private static void readFile(Path file, List<LabelledCase> cases, List<String> skipped) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("//")) continue;
            String where = name + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new LabelledSetException(where + ": not a JSON object: " + e.getOriginalMessage());
            }
            if (!n.isObject() || !n.hasNonNull("id")) throw new LabelledSetException(where + ": a case needs an \"id\"");
            String text = text(n);
            if (text == null && n.hasNonNull("file")) {
                Path f = file.toAbsolutePath().getParent().resolve(n.get("file").asText()).normalize();
                if (!Files.isRegularFile(f)) {
                    skipped.add(where + ": " + n.get("id").asText() + ": file not found: " + n.get("file").asText());
                    continue;
                }
                text = Files.readString(f, StandardCharsets.UTF_8);
            }
            if (text == null) throw new LabelledSetException(where + ": a case needs \"text\" or \"file\"");
            if (text.length() > MAX_TEXT) throw new LabelledSetException(where + ": text longer than " + MAX_TEXT + " characters");
            try {
                cases.add(new LabelledCase(n.get("id").asText(), name, i + 1, str(n, "region"), str(n, "form"), str(n, "published"), str(n, "language"), text,
                        casualties(n.get("casualties")), events(n.get("events")), strings(n.get("speakers")), responsibility(n.get("responsibility"))));
            } catch (IllegalArgumentException e) {
                throw new LabelledSetException(where + ": " + e.getMessage());
            }
        }
    }

    private static String text(JsonNode n) {
        JsonNode t = n.get("text");
        if (t == null || t.isNull()) return null;
        if (t.isArray()) { // a short report written line by line
            StringBuilder b = new StringBuilder();
            for (JsonNode l : t) b.append(l.asText()).append('\n');
            return b.toString();
        }
        return t.asText();
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer num(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (!v.isInt()) throw new IllegalArgumentException("expected a whole number or null, found " + v);
        return v.asInt();
    }

    /** ["killed", 31, null, "military"] */
    private static List<LabelledCase.ExpectedCasualty> casualties(JsonNode a) {
        if (a == null) return null;
        List<LabelledCase.ExpectedCasualty> out = new ArrayList<>();
        for (JsonNode c : array(a, "casualties")) {
            if (!c.isArray() || c.size() != 4) throw new IllegalArgumentException("a casualty is [kind, low, high, victims], found " + c);
            out.add(new LabelledCase.ExpectedCasualty(c.get(0).asText(), num(c.get(1)), num(c.get(2)), c.get(3).asText()));
        }
        return out;
    }

    /** {"place": "San Salvador", "country": "SV", "date": "1989-11-16"}; date may be a weekday ("SUNDAY") or null. */
    private static List<LabelledCase.ExpectedEvent> events(JsonNode a) {
        if (a == null) return null;
        List<LabelledCase.ExpectedEvent> out = new ArrayList<>();
        for (JsonNode e : array(a, "events")) {
            if (!e.hasNonNull("place")) throw new IllegalArgumentException("an event needs a \"place\", found " + e);
            out.add(new LabelledCase.ExpectedEvent(e.get("place").asText(), str(e, "country"), str(e, "date")));
        }
        return out;
    }

    private static List<String> strings(JsonNode a) {
        if (a == null) return null;
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(a, "speakers")) out.add(s.asText());
        return out;
    }

    /** ["JNIM", "claimed"] */
    private static List<LabelledCase.ExpectedResponsibility> responsibility(JsonNode a) {
        if (a == null) return null;
        List<LabelledCase.ExpectedResponsibility> out = new ArrayList<>();
        for (JsonNode r : array(a, "responsibility")) {
            if (!r.isArray() || r.size() != 2) throw new IllegalArgumentException("a responsibility is [actor, status], found " + r);
            out.add(new LabelledCase.ExpectedResponsibility(r.get(0).asText(), r.get(1).asText()));
        }
        return out;
    }

    private static JsonNode array(JsonNode a, String field) {
        if (!a.isArray()) throw new IllegalArgumentException("\"" + field + "\" must be a list");
        return a;
    }
}
