package io.triangulate;

import io.triangulate.cli.Pipeline;
import io.triangulate.rules.BlockSession;

import java.nio.file.Path;

/** The project's rules/ built once per test JVM: compiling DRL costs seconds, so every test shares it. */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    private static Pipeline pipeline;

    private TestRules() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(RULES, null, BlockSession.DEFAULT_FIRE_LIMIT);
        return pipeline;
    }
}
