package io.triangulate.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a CSV table with a header row; lines starting with '#' are comments. */
public final class Table {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    private Table() {}

    /** Reads {@code file}; {@code name} is how errors name it (a path relative to the rules folder). */
    public static List<TableRow> read(Path file, String name, List<String> requiredColumns) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TableException(name, 0, "cannot read: " + e.getMessage());
        }
        return parse(content, name, requiredColumns);
    }

    public static List<TableRow> parse(String content, String name, List<String> requiredColumns) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<TableRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(content);
             MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(reader)) {
            CsvSchema header = null;
            while (true) {
                int line = it.getCurrentLocation() == null ? 0 : (int) it.getCurrentLocation().getLineNr();
                boolean more;
                try {
                    more = it.hasNextValue();
                } catch (RuntimeException | IOException e) {
                    throw new TableException(name, lineOf(e, line), clean(e.getMessage()));
                }
                if (!more) break;
                Map<String, String> cells;
                try {
                    cells = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    throw new TableException(name, lineOf(e, line), clean(e.getMessage()));
                }
                JsonLocation loc = it.getParser().currentTokenLocation();
                int rowLine = loc == null ? 0 : (int) loc.getLineNr();
                if (header == null) {
                    header = (CsvSchema) it.getParser().getSchema();
                    for (String col : requiredColumns) {
                        if (header.column(col) == null) {
                            throw new TableException(name, 1, "missing column '" + col + "' (header has " + header.getColumnDesc() + ")");
                        }
                    }
                }
                rows.add(new TableRow(name, rowLine, cells));
            }
        } catch (IOException e) {
            throw new TableException(name, 0, clean(e.getMessage()));
        }
        return rows;
    }

    private static int lineOf(Exception e, int fallback) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            return (int) jpe.getLocation().getLineNr();
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            return (int) jpe.getLocation().getLineNr();
        }
        return fallback;
    }

    private static String clean(String message) {
        if (message == null) return "malformed CSV";
        int at = message.indexOf("\n at [");
        return (at > 0 ? message.substring(0, at) : message).replace('\n', ' ');
    }
}
