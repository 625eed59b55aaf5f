package io.triangulate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Data flows one way through the packages (DESIGN.md's pipeline): a package uses only the packages before it in
 * {@link #ORDER}, so there is no import cycle and no arrow back up the pipeline.
 */
class PipelineDirectionTest {
    /** The shared vocabularies first, then the stages in the order a report goes through them, then the tools. */
    static final List<String> ORDER = List.of("codes", "words", "lexicon", "ingest", "text", "extract", "events", "rules", "reconcile",
            "output", "pipeline", "eval", "bench", "flink", "cli");

    private static final Pattern USE = Pattern.compile("\\bio\\.triangulate\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void everyPackageUsesOnlyThePackagesBeforeIt() throws IOException {
        List<String> arrows = new ArrayList<>();
        for (Path f : mainSources()) {
            String pkg = MAIN.relativize(f).getName(0).toString();
            int at = ORDER.indexOf(pkg);
            if (at < 0) {
                arrows.add(pkg + " is in no place of the order");
                continue;
            }
            Matcher m = USE.matcher(withoutComments(Files.readString(f)));
            TreeSet<String> used = new TreeSet<>();
            while (m.find()) used.add(m.group(1));
            for (String u : used) {
                int to = ORDER.indexOf(u);
                if (to > at) arrows.add(MAIN.relativize(f) + " uses " + u + ", which comes after " + pkg);
            }
        }
        assertEquals(List.of(), arrows);
    }

    /** The core is free of any distributed engine: Flink is named only in the job's own package (issue 14). */
    @Test
    void onlyTheFlinkPackageUsesFlink() throws IOException {
        List<String> users = new ArrayList<>();
        for (Path f : mainSources()) {
            if (MAIN.relativize(f).getName(0).toString().equals("flink")) continue;
            if (withoutComments(Files.readString(f)).contains("org.apache.flink")) users.add(MAIN.relativize(f).toString());
        }
        assertEquals(List.of(), users);
    }

    private static final Path MAIN = Path.of("src/main/java/io/triangulate");

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The code without its comments, which may name a later package (a stack frame in an example). Line comments only after code or at line start. */
    private static String withoutComments(String java) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? java.length() : end + 2;
            } else if (java.startsWith("//", i)) {
                int end = java.indexOf('\n', i);
                i = end < 0 ? java.length() : end;
            } else if (java.charAt(i) == '"') {
                int end = i + 1;
                while (end < java.length() && java.charAt(end) != '"' && java.charAt(end) != '\n') end += java.charAt(end) == '\\' ? 2 : 1;
                out.append('"').append('"');
                i = Math.min(java.length(), end + 1);
            } else {
                out.append(java.charAt(i++));
            }
        }
        return out.toString();
    }
}
