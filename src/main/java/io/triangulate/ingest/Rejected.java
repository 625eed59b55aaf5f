package io.triangulate.ingest;

/** An input that could not become a report: the file (relative to its input folder), the line where there is one, and why. */
public record Rejected(String input, Integer line, String error) {
    /**
     * An input on which the code itself failed: the exception and where it was thrown (the first frame of the
     * project's own code), so that one bad report is reported, not a crashed run.
     */
    public static Rejected failed(String input, Integer line, String what, Throwable t) {
        return new Rejected(input, line, what + " failed: " + thrown(t));
    }

    /** "IndexOutOfBoundsException: Index 3 out of bounds for length 3 (at io.triangulate.extract.Casualties.number(Casualties.java:140))". */
    public static String thrown(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        if (message.length() > 300) message = message.substring(0, 300) + "…";
        StackTraceElement where = null;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.triangulate.")) {
                where = e;
                break;
            }
        }
        if (where == null && t.getStackTrace().length > 0) where = t.getStackTrace()[0];
        return t.getClass().getSimpleName() + message + (where == null ? "" : " (at " + where + ")");
    }
}
