package io.triangulate.rules;

/** A problem in the analysts' rules: file (relative to the rules folder), line and column where known (0 when not). */
public record RuleError(String file, int line, int column, String message) {
    /** As editors and compilers print it: {@code file:line:col: message}. */
    public String located() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }

    /** Each problem of a table (or of a whole folder of tables) as a rules error. */
    public static java.util.List<RuleError> of(io.triangulate.lexicon.TableException e) {
        return e.all().stream().map(t -> new RuleError(t.file(), t.line(), 0, t.getMessage())).toList();
    }
}
