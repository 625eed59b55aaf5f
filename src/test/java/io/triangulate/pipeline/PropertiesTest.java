package io.triangulate.pipeline;

import io.triangulate.TestRules;
import io.triangulate.extract.Claim;
import io.triangulate.ingest.Report;
import io.triangulate.output.JsonReport;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Properties of the whole pipeline over generated reports (pieces of sentences written for the project, in English and
 * French, shuffled with noise): offsets point into the text, nothing is lost, order and threads change nothing, and
 * every figure has low ≤ best ≤ high.
 */
class PropertiesTest {
    @TempDir
    Path dir;

    private static final String[] PIECES = {
            "Gunmen killed 12 soldiers in an attack on an army post in Gao on Monday, the army said. ",
            "At least 30 civilians were killed near Mopti on Tuesday, according to local officials. ",
            "JNIM claimed responsibility for the ambush. ",
            "Two people were wounded. ",
            "No one was hurt, police said. ",
            "Des hommes armés ont tué six civils lundi dans le village de Ndimo, en Ituri, selon des sources locales. ",
            "Au moins 14 morts dans une attaque des ADF à Beni, au Nord-Kivu. ",
            "Le bilan s'est alourdi à 20 morts, a annoncé jeudi la société civile. ",
            "between 20 and ", "more than ", "up to 15 ", "aged 18 to 25 ", "1,300 ", "6.000 ", "sept (7) ",
            "« ", "\"", "— ", "\n", "\n\n", ", ", "; ", "(", ")", "…", "\u200B", "  ", "!!", "?",
            "MALI: ", "Published: 2024-05-14\n", "Lire aussi : ", "Share this\n", "\u00A0", "l'", "d'", "O'Brien ",
    };

    private static Gen<String> reports() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 30)
                .map(ix -> ix.stream().map(i -> PIECES[i]).collect(Collectors.joining()));
    }

    private RunResult run(List<String> texts, boolean reversed, int threads) throws IOException {
        Path in = Files.createTempDirectory(dir, "in");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path f = in.resolve("r" + i + ".txt");
            Files.writeString(f, "Title " + i + "\n" + texts.get(i));
            files.add(f);
        }
        if (reversed) Collections.reverse(files);
        Pipeline p = TestRules.pipeline().with(TestRules.pipeline().options().withThreads(threads));
        return p.run(files);
    }

    @Test
    void everyClaimsOffsetsPointAtItsOwnWords() {
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(60).withFixedSeed(20261127L).forAll(reports()).checkAssert(text -> {
            RunResult r = uncheck(() -> run(List.of(text), false, 1));
            Map<String, String> texts = r.ingested().reports().stream().collect(Collectors.toMap(Report::id, Report::text));
            for (ReconciledEvent e : r.events()) {
                for (Claim c : e.claims()) {
                    var s = c.source();
                    String body = texts.get(s.report());
                    if (!body.substring(s.start(), s.end()).equals(s.text())) throw new AssertionError("offsets of " + c + " in " + body);
                    checked.incrementAndGet();
                    if (s.wordStart() >= 0 && !s.text().substring(s.wordStart(), s.wordEnd()).equals(s.words())) {
                        throw new AssertionError("words of " + c);
                    }
                }
            }
        });
        // The property held of real claims, not of empty runs.
        if (checked.get() < 100) throw new AssertionError("only " + checked.get() + " claims were checked");
    }

    @Test
    void nothingIsLostOrderAndThreadsChangeNothingAndFiguresAreOrdered() {
        qt().withExamples(25).withFixedSeed(20261128L).forAll(lists().of(reports()).ofSizeBetween(1, 6)).checkAssert(texts -> {
            RunResult one = uncheck(() -> run(texts, false, 1));
            RunResult two = uncheck(() -> run(texts, true, 2));
            // Files live in different temporary folders: compare the output, which names no path.
            String a = JsonReport.write(one);
            String b = JsonReport.write(two);
            if (!a.equals(b)) throw new AssertionError("order or threads changed the output");
            Set<String> placed = new TreeSet<>();
            for (ReconciledEvent e : one.events()) placed.addAll(e.reports());
            one.unassigned().forEach(u -> placed.add(u.report()));
            for (Report r : one.ingested().reports()) {
                if (!placed.contains(r.id())) throw new AssertionError("report " + r.id() + " is in no event and not unassigned");
            }
            if (one.ingested().reports().size() + one.ingested().rejected().size() != texts.size()) throw new AssertionError("a report was lost");
            for (ReconciledEvent e : one.events()) {
                for (Figure f : new Figure[] {e.casualties().killed(), e.casualties().injured(), e.casualties().killedOrInjured()}) {
                    if (f == null) continue;
                    if (f.low() != null && f.best() != null && f.low() > f.best()) throw new AssertionError("low > best in " + e.id());
                    if (f.best() != null && f.high() != null && f.best() > f.high()) throw new AssertionError("best > high in " + e.id());
                }
            }
        });
    }

    /**
     * {@code check --update} then {@code check} is clean: the expected files it writes are exactly what the next run
     * gives, for cases of generated reports (and one stale expected file among them).
     */
    @Test
    void checkAfterCheckUpdateIsClean() {
        qt().withExamples(6).withFixedSeed(20261129L).forAll(lists().of(lists().of(reports()).ofSizeBetween(1, 4)).ofSizeBetween(1, 3)).checkAssert(cases -> {
            Path folder = uncheck(() -> Files.createTempDirectory(dir, "cases"));
            for (int c = 0; c < cases.size(); c++) {
                String name = "case-" + c;
                Path reports = uncheck(() -> Files.createDirectories(folder.resolve(name).resolve("reports")));
                List<String> texts = cases.get(c);
                for (int i = 0; i < texts.size(); i++) {
                    String body = "Title " + i + "\n" + texts.get(i);
                    Path f = reports.resolve("r" + i + ".txt");
                    uncheck(() -> Files.writeString(f, body));
                }
                if (c == 0) uncheck(() -> Files.writeString(reports.getParent().resolve("expected.json"), "{\"stale\": true}\n"));
            }
            String[] update = {"check", folder.toString(), "--update", "--rules", "rules"};
            String[] check = {"check", folder.toString(), "--rules", "rules"};
            if (cli(update) != io.triangulate.cli.Triangulate.OK) throw new AssertionError("check --update failed");
            java.io.StringWriter out = new java.io.StringWriter();
            int code = cli(out, check);
            if (code != io.triangulate.cli.Triangulate.OK) throw new AssertionError("check after --update: exit " + code + "\n" + out);
            if (!out.toString().contains("all " + cases.size() + " cases match")) throw new AssertionError(out.toString());
        });
    }

    private static int cli(String... args) {
        return cli(new java.io.StringWriter(), args);
    }

    private static int cli(java.io.StringWriter out, String... args) {
        picocli.CommandLine cl = new picocli.CommandLine(new io.triangulate.cli.Triangulate());
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        return cl.execute(args);
    }

    private interface Io<T> {
        T get() throws IOException;
    }

    private static <T> T uncheck(Io<T> f) {
        try {
            return f.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
