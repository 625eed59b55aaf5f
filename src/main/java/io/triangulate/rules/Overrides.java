package io.triangulate.rules;

import io.triangulate.lexicon.Table;
import io.triangulate.lexicon.TableException;
import io.triangulate.lexicon.TableRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the analyst's overrides table (rules/overrides.csv, or --overrides FILE); a bad row names its line. */
public final class Overrides {
    public static final Set<String> ACTIONS = Set.of("same_event", "separate_events", "exclude", "pin");
    public static final Set<String> PINNABLE = Set.of("killed.low", "killed.best", "killed.high", "injured.low", "injured.best",
            "injured.high", "killedOrInjured.low", "killedOrInjured.best", "killedOrInjured.high", "perpetrator.name", "perpetrator.status");
    private static final Set<String> STATUSES = Set.of("claimed", "attributed", "suspected", "disputed", "denied", "unknown");

    private Overrides() {}

    /** The rows of {@code file}, or none when it does not exist. */
    public static List<AnalystOverride> load(Path file, String name) {
        if (file == null || !Files.isRegularFile(file)) return List.of();
        List<AnalystOverride> out = new ArrayList<>();
        for (TableRow r : Table.read(file, name, List.of("action", "report", "other", "field", "value", "note"))) {
            String action = r.oneOf("action", ACTIONS);
            String report = r.required("report");
            String other = r.get("other");
            String field = r.get("field");
            String value = r.get("value");
            switch (action) {
                case "same_event", "separate_events" -> {
                    if (other.isEmpty()) throw new TableException(r.file(), r.line(), action + " needs the other report in column 'other'");
                }
                case "pin" -> {
                    if (!PINNABLE.contains(field)) throw new TableException(r.file(), r.line(), "field must be one of " + new java.util.TreeSet<>(PINNABLE));
                    if (field.equals("perpetrator.status") && !STATUSES.contains(value)) {
                        throw new TableException(r.file(), r.line(), "perpetrator.status must be one of " + new java.util.TreeSet<>(STATUSES));
                    }
                    if (!field.startsWith("perpetrator") && !value.matches("[0-9]{1,7}")) {
                        throw new TableException(r.file(), r.line(), field + " must be a whole number, found '" + value + "'");
                    }
                }
                default -> { }
            }
            out.add(new AnalystOverride(name + ":" + r.line(), action, report, other, field, value, r.get("note")));
        }
        return List.copyOf(out);
    }
}
