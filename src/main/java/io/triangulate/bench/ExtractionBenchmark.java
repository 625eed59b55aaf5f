package io.triangulate.bench;

import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.Gazetteer;
import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.text.CleanText;
import io.triangulate.text.SentenceSplitter;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures extraction (text cleaning, sentence splitting, claim extraction): throughput in sentences per
 * second on generated reports, and time per kilobyte on single texts of growing size, ordinary and hostile
 * (no punctuation, endless coordination, digits, capitals) — a flat time per kilobyte means linear.
 */
public final class ExtractionBenchmark {
    private final ClaimExtractor extractor;
    private final SentenceSplitter sentences;
    private final PrintWriter out;

    public ExtractionBenchmark(Lexicons lexicons, Gazetteer gazetteer, PrintWriter out) {
        this.extractor = new ClaimExtractor(lexicons.shared(), gazetteer);
        this.sentences = new SentenceSplitter(lexicons.shared());
        this.out = out;
    }

    public void run(int reports, int threads, int rounds) throws InterruptedException, ExecutionException {
        List<Report> corpus = new ArrayList<>();
        for (ReportGenerator.Generated g : new ReportGenerator(42).reports(reports / 4, 4)) {
            corpus.add(new Report(g.id(), "bench", g.id(), g.source(), null, g.published().toString(), null, null, g.text()));
        }
        long chars = corpus.stream().mapToLong(r -> r.text().length()).sum();
        out.printf("Throughput: %d generated reports, %,d characters, %d thread(s)%n", corpus.size(), chars, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            extractAll(corpus, pool, threads); // warm-up: JIT, tables, gazetteer
            double[] seconds = new double[rounds];
            int sentences = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                sentences = extractAll(corpus, pool, threads);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[rounds / 2];
            out.printf(Locale.ROOT, "  %d sentences in %.2f s (median of %d rounds): %,.0f sentences/s, %,.0f reports/s, %.1f MB/s%n",
                    sentences, median, rounds, sentences / median, corpus.size() / median, chars / median / 1e6);
        } finally {
            pool.shutdownNow();
        }
        linearity();
        out.flush();
    }

    private int extractAll(List<Report> corpus, ExecutorService pool, int threads) throws InterruptedException, ExecutionException {
        List<Future<Integer>> parts = new ArrayList<>();
        int chunk = (corpus.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<Report> part = corpus.subList(Math.min(corpus.size(), t * chunk), Math.min(corpus.size(), (t + 1) * chunk));
            parts.add(pool.submit(() -> {
                int n = 0;
                for (Report r : part) {
                    CleanText clean = sentences.split(r.text());
                    n += clean.sentences().size();
                    extractor.extract(r, clean);
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : parts) total += f.get();
        return total;
    }

    /** Time per kilobyte for texts of 10 KB, 100 KB and 1 MB of each kind. */
    private void linearity() {
        out.println("Linearity: microseconds per KB as one text grows (flat = linear)");
        String ordinary = String.join(" ", new ReportGenerator(7).reports(400, 1).stream().map(ReportGenerator.Generated::text).toList());
        String[][] kinds = {
                {"news copy", ordinary},
                {"no punctuation", ordinary.replace(".", "").replace(",", "")},
                {"JNIM and JNIM and …", "JNIM and IS Sahel and ".repeat(5000) + "claimed the attack."},
                {"coup, coup, …", "a coup, ".repeat(20000)},
                {"digits 1,1,1…", "1,".repeat(40000)},
                {"CAPITALS", "GAO MOPTI KIDAL SAN SALVADOR ".repeat(5000)},
                {"dashes - - -", "KABUL - ".repeat(20000)},
        };
        for (String[] kind : kinds) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", kind[0]));
            for (int kb : new int[] {10, 100, 1000}) {
                String text = fit(kind[1], kb * 1000);
                Report r = new Report("lin", "bench", "lin", null, null, "2024-09-17", null, null, text);
                extractor.extract(r, sentences.split(text)); // warm
                double us = Double.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) { // the fastest of three: garbage collection is not the text's doing
                    long t0 = System.nanoTime();
                    extractor.extract(r, sentences.split(text));
                    us = Math.min(us, (System.nanoTime() - t0) / 1e3);
                }
                line.append(String.format(Locale.ROOT, " %5d KB: %7.1f µs/KB", kb, us / kb));
            }
            out.println(line);
        }
    }

    private static String fit(String seed, int size) {
        StringBuilder b = new StringBuilder(size + seed.length());
        while (b.length() < size) b.append(seed).append(' ');
        return b.substring(0, size);
    }
}
