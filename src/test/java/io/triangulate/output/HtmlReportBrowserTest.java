package io.triangulate.output;

import io.triangulate.TestRules;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report with hostile report text, checked as text and in a real browser (Debian's headless
 * Chromium, a test prerequisite: README). The page is saved under target/html-report/ with a screenshot.
 */
class HtmlReportBrowserTest {
    static final Path DIR = Path.of("target", "html-report");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static RunResult result;
    static String html;

    @BeforeAll
    static void render() throws IOException {
        Path reports = DIR.resolve("reports");
        if (Files.exists(reports)) {
            try (var walk = Files.walk(reports)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        TestRules.copyTree(Path.of("samples/ouagadougou-three-ways/reports"), reports.resolve("ouagadougou"));
        Files.createDirectories(reports.resolve("hostile"));
        Files.writeString(reports.resolve("hostile/attack.txt"), """
                Source: <script>alert('source')</script>
                URL: javascript:alert(document.cookie)
                Published: 2024-03-02
                Rating: 3

                <img src=x onerror=alert(1)> Attack in Gao

                Gunmen attacked a market in Gao on Friday, killing seven civilians <script>alert("x")</script>, local officials said.
                A second witness said "<a href=javascript:alert(2)>click</a>" twelve people were wounded in the attack.
                """, StandardCharsets.UTF_8);
        result = TestRules.pipeline().run(List.of(reports.resolve("ouagadougou"), reports.resolve("hostile")));
        html = HtmlReport.write(result);
        Files.writeString(DIR.resolve("report.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void hostileTextIsEscapedAndTheFileIsSelfContained() {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element at all");
        assertFalse(lower.contains("<img"), "the report's <img> is text");
        assertFalse(lower.contains("href=\"javascript:"), "a javascript: URL never becomes a link");
        assertFalse(lower.contains("<a href=javascript"), "nor a link inside a quotation");
        assertTrue(lower.contains("&lt;a href=javascript:alert(2)&gt;"), "which shows as text");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert("), "the text is shown");
        assertFalse(lower.contains("http://") && lower.contains("src=\"http"), "nothing is fetched");
        assertTrue(lower.contains("content-security-policy"), "and scripts would be refused anyway");
        for (ReconciledEvent e : result.events()) assertTrue(html.contains("id=\"" + e.id() + "\""), e.id());
    }

    @Test
    void theReportLoadsInHeadlessChromiumWithoutConsoleErrorsAndShowsEachEvent() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("""
                    *** SKIPPED: the HTML report was not opened in a browser: /usr/bin/chromium is missing.
                    *** Install Debian's chromium (README, Prerequisites) to run this test; CI installs it.""");
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (README: Prerequisites)");
        Path page = DIR.resolve("report.html").toAbsolutePath();
        Chrome dom = chrome("--dump-dom", page.toUri().toString());
        assertEquals(0, dom.exit, dom.err);
        for (ReconciledEvent e : result.events()) assertTrue(dom.out.contains("id=\"" + e.id() + "\""), "event " + e.id() + " is on the page");
        assertFalse(dom.out.toLowerCase(Locale.ROOT).contains("<script"), "no script element in the live DOM");
        assertFalse(dom.out.toLowerCase(Locale.ROOT).contains("<img"), "no image element in the live DOM");
        assertFalse(dom.out.toLowerCase(Locale.ROOT).matches("(?s).*<a [^>]*href=\"?javascript.*"), "no javascript: link in the live DOM");
        List<String> console = dom.err.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy")).toList();
        assertEquals(List.of(), console, "console messages");
        Chrome shot = chrome("--screenshot=" + DIR.resolve("report.png").toAbsolutePath(), "--window-size=1200,2600", page.toUri().toString());
        assertEquals(0, shot.exit, shot.err);
        assertTrue(Files.size(DIR.resolve("report.png")) > 10_000, "a screenshot for people to look at: target/html-report/report.png");
    }

    record Chrome(int exit, String out, String err) {}

    /** Headless Chromium as this machine runs it: no sandbox (root), no background networking, a fresh profile. */
    static Chrome chrome(String... args) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s");
        }
        return new Chrome(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
