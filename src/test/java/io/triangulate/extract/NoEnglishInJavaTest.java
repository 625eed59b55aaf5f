package io.triangulate.extract;

import io.triangulate.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar's words live in {@code rules/tables/}, so that a language is rows, not code. This test reads the
 * Java of the reading stages (extract/, text/, words/, events/MentionSplitter) and fails on any string literal made of
 * letters that is neither a word role named in a call to the Lexicon (checked against {@link Lexicon#WORD_ROLES})
 * nor listed in the reviewed allow-list {@code java-literals-allowed.txt} (coded values, table and column names,
 * format pieces). A literal compared with a token ({@code t.is("were")}) or gathered in a set of words is a
 * grammar word whatever the allow-list says.
 */
class NoEnglishInJavaTest {
    private static final Path MAIN = Path.of("src/main/java/io/triangulate");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z .'-]*");
    /** A call that names a word role: a literal that is one of its own arguments is a role's name. */
    private static final Pattern ROLE_CALL = Pattern.compile("\\b(?:lex|lexicon)\\s*\\.\\s*(?:is|plays|phraseAt|endsAt|words|isPhrase)\\s*$");
    /** Calls whose letter arguments can only be words of the grammar: a token compared with a word, a set of words. */
    private static final Pattern WORD_USE = Pattern.compile("(?:\\.\\s*is|\\bSet\\s*\\.\\s*of|\\bList\\s*\\.\\s*of)\\s*$");

    /** A string literal and the code of its statement before it (comments and other literals blanked). */
    record Literal(Path file, int line, String value, String before) {}

    @Test
    void everyLetterLiteralIsARoleOrAllowed() throws IOException {
        Set<String> allowed = allowList();
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Literal l : literals()) {
            String where = MAIN.relativize(l.file()) + ":" + l.line() + ": \"" + l.value() + "\"";
            String call = innermostCall(l.before());
            if (ROLE_CALL.matcher(call).find()) {
                if (!Lexicon.WORD_ROLES.contains(l.value())) problems.add(where + " is named as a word role but Lexicon.WORD_ROLES has no such role");
            } else if (!WORDS.matcher(l.value().strip()).matches()) { // " sources" is letters too
                continue;
            } else if (WORD_USE.matcher(call).find()) {
                problems.add(where + " is a word compared or listed in Java: make it a row of rules/tables/ (a word role)");
            } else if (!allowed.contains(l.value())) {
                problems.add(where + " is a word in Java: move it to rules/tables/, or, if it is a coded value, add it to "
                        + "src/test/resources/java-literals-allowed.txt under the group that says why");
            } else {
                used.add(l.value());
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        Set<String> stale = new TreeSet<>(allowed);
        stale.removeAll(used);
        assertEquals(Set.of(), stale, "allow-listed literals no longer in the code: remove them from java-literals-allowed.txt");
    }

    @Test
    void theAllowListHoldsGroupsEachSayingWhy() throws IOException {
        List<String> lines = Files.readAllLines(allowListFile(), StandardCharsets.UTF_8);
        boolean inGroup = false;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                inGroup = false;
            } else if (s.startsWith("#")) {
                inGroup = true;
            } else {
                assertTrue(inGroup, "java-literals-allowed.txt:" + (i + 1) + ": '" + s + "' has no comment line saying why its group is allowed");
            }
        }
    }

    @Test
    void theScannerSeesWhatItShould() {
        List<Literal> found = literals(Path.of("Sample.java"), String.join("\n",
                "// \"ignored\" in a comment",
                "/* \"ignored\" too */ class X {",
                "  boolean a = t.is(\"were\") && lex.is(tokens.get(i), \"conjunction\");",
                "  char q = '\"'; String s = \"a \\\"quoted\\\" word\"; String f = \"killed\";",
                "}"));
        assertEquals(List.of("were", "conjunction", "a \\\"quoted\\\" word", "killed"), found.stream().map(Literal::value).toList());
        assertTrue(WORD_USE.matcher(innermostCall(found.get(0).before())).find());
        assertTrue(ROLE_CALL.matcher(innermostCall(found.get(1).before())).find());
        assertEquals("", innermostCall(found.get(3).before()));
        assertEquals(3, found.get(0).line());
    }

    /** The code before the innermost parenthesis still open at the end of {@code before} (the call a literal is an argument of), or "". */
    private static String innermostCall(String before) {
        int depth = 0;
        for (int k = before.length() - 1; k >= 0; k--) {
            char c = before.charAt(k);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) return before.substring(0, k);
        }
        return "";
    }

    private static Set<String> allowList() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(allowListFile(), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            // "armed forces of ": quotes keep an entry's spaces.
            out.add(s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s);
        }
        return out;
    }

    private static Path allowListFile() {
        return Path.of("src/test/resources/java-literals-allowed.txt");
    }

    private static List<Literal> literals() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("extract", "text", "words")) {
            try (Stream<Path> s = Files.list(MAIN.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        files.add(MAIN.resolve("events/MentionSplitter.java"));
        List<Literal> out = new ArrayList<>();
        for (Path f : files) out.addAll(literals(f, Files.readString(f, StandardCharsets.UTF_8)));
        return out;
    }

    /**
     * The string literals of a Java source, each with the code of its statement before it: comments are skipped,
     * character literals and other strings are blanked, and a statement starts after ';', '{' or '}'.
     */
    static List<Literal> literals(Path file, String src) {
        List<Literal> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') line++;
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) if (src.charAt(k) == '\n') line++;
                i = end;
                continue;
            }
            if (c == '\'') {
                int k = i + 1;
                while (k < n && src.charAt(k) != '\'') k += src.charAt(k) == '\\' ? 2 : 1;
                statement.append("' '");
                i = k + 1;
                continue;
            }
            if (c == '"') {
                int k = i + 1;
                StringBuilder value = new StringBuilder();
                while (k < n && src.charAt(k) != '"') {
                    if (src.charAt(k) == '\\' && k + 1 < n) value.append(src.charAt(k++));
                    value.append(src.charAt(k++));
                }
                out.add(new Literal(file, line, value.toString(), statement.toString()));
                statement.append("\"\"");
                i = k + 1;
                continue;
            }
            if (c == ';' || c == '{' || c == '}') statement.setLength(0);
            else statement.append(c);
            i++;
        }
        return out;
    }
}
