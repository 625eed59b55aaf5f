package io.triangulate.lexicon;

/** A problem in an analyst's table, located by file and line. */
public class TableException extends RuntimeException {
    private final String file;
    private final int line;

    public TableException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    public int line() { return line; }

    /** As editors and compilers print it: {@code file:line: message}. */
    /** Every problem this stands for: itself, or each bad row when a whole folder of tables was read. */
    public java.util.List<TableException> all() {
        return java.util.List.of(this);
    }

    public String located() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
