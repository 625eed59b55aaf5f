package io.triangulate.rules;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The analysts' DRL files, compiled with the executable model into one shared, thread-safe KieBase.
 * The compiled module is cached on disk keyed by a hash of the rules, of every class the DRL imports (and the
 * fact classes it sees), and of the Drools version, so an unchanged rule base reloads in about a second instead
 * of being compiled again, and a changed class or rule is never served from a stale entry.
 */
public final class RuleBase {
    private static final ReleaseId RELEASE = KieServices.Factory.get().newReleaseId("io.triangulate", "analyst-rules", "1.0.0");
    private static final Pattern LINE_IN_TEXT = Pattern.compile("Line (\\d+):(\\d+)");
    /** Fact classes the DRL sees: a change to any of them invalidates the cache. */
    private static final List<Class<?>> FACTS = List.of(Mention.class, MatchPolicy.class, SameEvent.class, SeparateEvent.class,
            InEvent.class, EventInBlock.class, Casualty.class, Flag.class);

    private final KieBase kieBase;
    private final String hash;

    private RuleBase(KieBase kieBase, String hash) {
        this.kieBase = kieBase;
        this.hash = hash;
    }

    public KieBase kieBase() { return kieBase; }

    /** A short hash of the rules folder (DRL and tables) and engine, written in the output as rulesHash. */
    public String hash() { return hash; }

    /**
     * Builds the rule base from {@code rulesDir}; {@code cacheDir} (may be null) holds compiled modules.
     * Throws {@link RulesException} with every error located by file and line.
     */
    public static synchronized RuleBase load(Path rulesDir, Path cacheDir) {
        Map<String, String> drl = new TreeMap<>();
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = rulesDir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                byte[] bytes = Files.readAllBytes(p);
                all.put(rel, bytes);
                if (rel.endsWith(".drl")) drl.put(rel, new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RulesException(List.of(new RuleError(rulesDir.getFileName().toString(), 0, 0, "cannot read rules folder: " + e.getMessage())));
        }
        if (drl.isEmpty()) throw new RulesException(List.of(new RuleError(".", 0, 0, "no .drl files in the rules folder")));
        // Coded values first: Drools would report a quoted value against an enum in generated code, and a misspelt
        // one not at all.
        List<RuleError> literals = new ArrayList<>();
        java.util.SortedSet<String> seen = classesSeenBy(drl);
        java.util.Set<String> numeric = RuleLiterals.numericFields(seen);
        drl.forEach((rel, text) -> literals.addAll(RuleLiterals.check(rel, text, numeric)));
        if (!literals.isEmpty()) throw new RulesException(literals);
        String hash = hash(all, seen, RuleBase::classBytes);
        KieServices ks = KieServices.Factory.get();
        Path cached = cacheDir == null ? null : cacheDir.resolve("rules-" + hash + ".jar");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                KieModule km = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(cached)));
                return new RuleBase(ks.newKieContainer(km.getReleaseId()).getKieBase(), hash);
            } catch (IOException | RuntimeException e) {
                // A damaged cache entry is rebuilt below.
            }
        }
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(RELEASE);
        kfs.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>");
        drl.forEach((rel, text) -> kfs.write("src/main/resources/" + rel, text));
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // Drools itself failed on something in the rules it does not locate: still the analyst's error, not ours.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            throw new RulesException(List.of(new RuleError(".", 0, 0, "the rules could not be built (" + root + "); "
                    + "look for a value of the wrong type in a condition")));
        }
        List<RuleError> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) errors.add(locate(m, drl));
        if (!errors.isEmpty()) throw new RulesException(dedupe(errors));
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        if (cached != null) {
            try {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "rules-", ".tmp");
                Files.write(tmp, module.getBytes());
                Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                prune(cacheDir, cached);
            } catch (IOException e) {
                // Caching is an optimisation; a read-only cache folder only costs start-up time.
            }
        }
        return new RuleBase(ks.newKieContainer(RELEASE).getKieBase(), hash);
    }

    /** Entries kept in a cache folder: the newest, by when they were written. */
    static final int CACHE_ENTRIES = 8;

    /** Removes all but the newest {@link #CACHE_ENTRIES} compiled modules (never {@code keep}, the one just written). */
    static void prune(Path cacheDir, Path keep) {
        try (Stream<Path> entries = Files.list(cacheDir)) {
            List<Path> old = entries.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]{16}\\.jar") && !p.equals(keep))
                    .sorted(java.util.Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            return java.nio.file.attribute.FileTime.fromMillis(0);
                        }
                    }).reversed().thenComparing(Path::toString))
                    .toList();
            for (Path p : old.subList(Math.min(old.size(), CACHE_ENTRIES - 1), old.size())) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Pruning is housekeeping; a folder it cannot list or clean only holds more entries.
        }
    }

    private static List<RuleError> dedupe(List<RuleError> errors) {
        List<RuleError> out = new ArrayList<>();
        for (RuleError e : errors) {
            if (e.message().contains("Parser returned a null Package")) continue; // follows a syntax error already listed
            if (!out.contains(e)) out.add(e);
        }
        return out.isEmpty() ? errors : out;
    }

    /**
     * Locates a build message in the analysts' files. Parser errors carry the path and "Line l:c"; errors in
     * a consequence point at generated Java whose source holds the offending statement verbatim, so the
     * statement is looked up in the DRL files.
     */
    static RuleError locate(Message m, Map<String, String> drl) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
        String text = m.getText() == null ? "" : m.getText().strip();
        int line = m.getLine();
        int column = m.getColumn();
        Matcher lc = LINE_IN_TEXT.matcher(text);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            column = Integer.parseInt(lc.group(2)) + 1; // Drools counts columns from 0
        }
        if (!drl.containsKey(path)) {
            String found = null;
            int foundLine = 0;
            for (String stmt : statementsIn(text)) {
                for (Map.Entry<String, String> f : drl.entrySet()) {
                    int at = f.getValue().indexOf(stmt);
                    if (at >= 0) {
                        found = f.getKey();
                        foundLine = (int) f.getValue().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                        break;
                    }
                }
                if (found != null) break;
            }
            if (found != null) {
                path = found;
                line = foundLine;
                column = 0;
            } else if (drl.size() == 1) {
                path = drl.keySet().iterator().next();
            }
        }
        // "Unable to parse left part of expression: ratingg <= 1" names the file but no line: find the expression in it.
        if (line <= 0 && drl.containsKey(path)) {
            int colon = text.lastIndexOf(": ");
            String expression = colon < 0 ? "" : text.substring(colon + 2).lines().findFirst().orElse("").strip();
            String source = drl.get(path);
            int at = expression.length() < 3 ? -1 : source.indexOf(expression);
            if (at >= 0) {
                line = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                column = at - source.lastIndexOf('\n', at - 1);
            }
        }
        return new RuleError(path.isEmpty() ? "rules" : path, Math.max(line, 0), Math.max(column, 0), oneLine(text));
    }

    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*)\\(");

    /**
     * DRL fragments to look for: statements quoted in the message, and the methods it names ("The method
     * noSuchMethod() is undefined …" is found as "noSuchMethod(" in the rule that calls it).
     */
    private static List<String> statementsIn(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (t.length() > 8 && t.endsWith(";")) out.add(t.substring(0, t.length() - 1));
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) out.add("." + m.group(1) + "(");
        return out;
    }

    private static String oneLine(String text) {
        String first = text.lines().findFirst().orElse(text);
        return first.length() > 400 ? first.substring(0, 400) + "…" : first;
    }

    /** The imports of the DRL files and the fact classes every rule sees, by name, sorted. */
    static java.util.SortedSet<String> classesSeenBy(Map<String, String> drl) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        for (Class<?> c : FACTS) names.add(c.getName());
        for (String text : drl.values()) {
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (!t.startsWith("import ")) continue;
                String name = t.substring("import ".length()).replace(";", "").strip();
                if (name.startsWith("function ") || name.startsWith("static ")) continue;
                names.add(name);
            }
        }
        return names;
    }

    /** A class's compiled bytes, or none when it is not on the class path (the DRL build will say so). */
    static byte[] classBytes(String name) {
        try (var in = RuleBase.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static String hash(Map<String, byte[]> files, java.util.Collection<String> classes, java.util.function.Function<String, byte[]> bytesOf) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            files.forEach((rel, bytes) -> {
                d.update(rel.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(bytes);
                d.update((byte) 0);
            });
            d.update(KieServices.class.getPackage().getImplementationVersion() == null ? new byte[0]
                    : KieServices.class.getPackage().getImplementationVersion().getBytes(StandardCharsets.UTF_8));
            for (String c : classes) {
                d.update(c.getBytes(StandardCharsets.UTF_8));
                d.update(bytesOf.apply(c));
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path defaultCacheDir() {
        String env = System.getenv("TRIANGULATE_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("triangulate");
    }
}
