package io.triangulate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the CLI gave, in the test's own JVM: its exit code and what it wrote to standard output and error. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new Triangulate());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
