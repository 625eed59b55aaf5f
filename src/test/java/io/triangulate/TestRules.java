package io.triangulate;

import io.triangulate.pipeline.Pipeline;
import io.triangulate.pipeline.PipelineOptions;

import java.nio.file.Path;

/** The project's rules/ built once per test JVM: compiling DRL costs seconds, so every test shares it. */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    private static Pipeline pipeline;

    private TestRules() {}

    /** Copies a folder tree (the rules, a sample case) so a test can change the copy. */
    public static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = java.nio.file.Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target);
                else java.nio.file.Files.copy(p, target);
            }
        }
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = Pipeline.load(PipelineOptions.of(RULES).withThreads(2));
        return pipeline;
    }
}
