package io.triangulate.pipeline;

import io.triangulate.rules.BlockSession;

import java.nio.file.Path;

/**
 * Everything a pipeline is made from and runs with, in one place, for every entry (the CLI, check, eval,
 * bench, and later a distributed job).
 *
 * @param rules          the rules folder: DRL, tables, overrides.csv
 * @param cache          where compiled rule bases are cached; null for no cache
 * @param fireLimit      rule firings per block before the block stops with an error (a looping rule)
 * @param overrides      the analyst's overrides table; null for {@code rules/overrides.csv}
 * @param overridesLabel how the output names that table ("overrides.csv", "case/overrides.csv"); null for its file name
 * @param gazetteer      a larger GeoNames file whose populated places join the built-in ones; null for none
 * @param threads        blocks reconciled (and reports read) in parallel
 * @param explain        keep, per event, every rule that fired about it and the facts it matched
 */
public record PipelineOptions(Path rules, Path cache, int fireLimit, Path overrides, String overridesLabel, Path gazetteer,
                              int threads, boolean explain) {
    public PipelineOptions {
        if (rules == null) throw new IllegalArgumentException("a rules folder is needed");
        threads = Math.max(1, threads);
    }

    /** The rules folder with every default: no cache, the default fire limit, the folder's own overrides, one thread. */
    public static PipelineOptions of(Path rules) {
        return new PipelineOptions(rules, null, BlockSession.DEFAULT_FIRE_LIMIT, null, null, null, 1, false);
    }

    public PipelineOptions withCache(Path dir) {
        return new PipelineOptions(rules, dir, fireLimit, overrides, overridesLabel, gazetteer, threads, explain);
    }

    public PipelineOptions withFireLimit(int n) {
        return new PipelineOptions(rules, cache, n, overrides, overridesLabel, gazetteer, threads, explain);
    }

    public PipelineOptions withOverrides(Path table, String label) {
        return new PipelineOptions(rules, cache, fireLimit, table, label, gazetteer, threads, explain);
    }

    public PipelineOptions withGazetteer(Path file) {
        return new PipelineOptions(rules, cache, fireLimit, overrides, overridesLabel, file, threads, explain);
    }

    public PipelineOptions withThreads(int n) {
        return new PipelineOptions(rules, cache, fireLimit, overrides, overridesLabel, gazetteer, n, explain);
    }

    public PipelineOptions explaining(boolean on) {
        return new PipelineOptions(rules, cache, fireLimit, overrides, overridesLabel, gazetteer, threads, on);
    }

    /** The overrides table this run reads. */
    Path overridesTable() {
        return overrides != null ? overrides : rules.resolve("overrides.csv");
    }

    /** How the output names the overrides table. */
    String overridesName() {
        if (overridesLabel != null) return overridesLabel;
        return overrides != null ? overrides.getFileName().toString() : "overrides.csv";
    }
}
