package io.triangulate.lexicon;

import java.util.Map;

/** One row of an analyst's table, with the file and line it came from so errors can point at it. */
public record TableRow(String file, int line, Map<String, String> cells) {

    /** The cell, trimmed; empty string when the column is absent or blank. */
    public String get(String column) {
        String v = cells.get(column);
        return v == null ? "" : v.strip();
    }

    public String required(String column) {
        String v = get(column);
        if (v.isEmpty()) throw new TableException(file, line, "column '" + column + "' is empty");
        return v;
    }

    public Integer integerOrNull(String column) {
        String v = get(column);
        if (v.isEmpty()) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new TableException(file, line, "column '" + column + "' is not a whole number: '" + v + "'");
        }
    }

    /** A whole number of at least {@code min} (a count of days, a rank, a bound). */
    public int wholeNumber(String column, int min) {
        Integer v = integerOrNull(column);
        if (v == null || v < min) throw new TableException(file, line, column + " must be a whole number of " + min + " or more");
        return v;
    }

    public Double doubleOrNull(String column) {
        String v = get(column);
        if (v.isEmpty()) return null;
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new TableException(file, line, "column '" + column + "' is not a number: '" + v + "'");
        }
    }

    /** A value that must be one of the given words. */
    public String oneOf(String column, java.util.Set<String> allowed) {
        String v = required(column);
        if (!allowed.contains(v)) {
            throw new TableException(file, line, "column '" + column + "' is '" + v + "', expected one of " + new java.util.TreeSet<>(allowed));
        }
        return v;
    }
}
