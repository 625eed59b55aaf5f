package io.triangulate.rules;

/** A problem in the analysts' rules: file (relative to the rules folder), line and column where known (0 when not). */
public record RuleError(String file, int line, int column, String message) {
    /** As editors and compilers print it: {@code file:line:col: message}. */
    public String located() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
