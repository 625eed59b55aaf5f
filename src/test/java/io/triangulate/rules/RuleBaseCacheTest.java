package io.triangulate.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled-rules cache cannot go stale: its key covers the rules, the tables and every class the DRL imports. */
class RuleBaseCacheTest {
    private static Map<String, String> drl() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) out.put(p.getFileName().toString(), Files.readString(p));
        }
        return out;
    }

    @Test
    void everyClassTheRulesImportIsInTheKeyNotOnlyTheListedFacts() throws IOException {
        // EventSources was the kind of class a hand-kept list forgot: a field changed, a stale kjar, NoSuchMethodError.
        assertTrue(RuleBase.classesSeenBy(drl()).contains("io.triangulate.rules.EventSources"));
        assertTrue(RuleBase.classesSeenBy(drl()).contains("io.triangulate.rules.Mention"));
    }

    @Test
    void aChangedFactClassOrTableGivesAnotherKey() throws IOException {
        Map<String, byte[]> files = Map.of("casualties.drl", "rule".getBytes(StandardCharsets.UTF_8),
                "tables/victims.csv", "en,soldiers,military".getBytes(StandardCharsets.UTF_8));
        var classes = RuleBase.classesSeenBy(drl());
        String key = RuleBase.hash(files, classes, RuleBase::classBytes);
        assertEquals(key, RuleBase.hash(files, classes, RuleBase::classBytes), "the same inputs give the same key");
        // a fact class compiled differently (a field Boolean instead of boolean)
        Function<String, byte[]> changed = name -> {
            byte[] b = RuleBase.classBytes(name);
            if (!name.endsWith(".EventSources")) return b;
            byte[] c = b.clone();
            c[c.length - 1] ^= 1;
            return c;
        };
        assertNotEquals(key, RuleBase.hash(files, classes, changed));
        // a changed table row
        Map<String, byte[]> edited = new TreeMap<>(files);
        edited.put("tables/victims.csv", "en,soldiers,police".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(key, RuleBase.hash(edited, classes, RuleBase::classBytes));
    }

    @Test
    void oldEntriesArePrunedKeepingTheNewest(@TempDir Path cache) throws IOException {
        for (int i = 0; i < 12; i++) {
            Path p = Files.writeString(cache.resolve(String.format("rules-%016x.jar", i)), "x");
            Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path notOurs = Files.writeString(cache.resolve("notes.txt"), "kept");
        Path justWritten = cache.resolve(String.format("rules-%016x.jar", 11));
        RuleBase.prune(cache, justWritten);
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(RuleBase.CACHE_ENTRIES + 1, left.count(), "the newest entries and the unrelated file");
        }
        assertTrue(Files.exists(justWritten));
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(cache.resolve(String.format("rules-%016x.jar", 4))), "the 8th newest stays");
        assertTrue(Files.notExists(cache.resolve(String.format("rules-%016x.jar", 3))), "older ones go");
    }
}
