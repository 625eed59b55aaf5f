package io.triangulate.ingest;

import java.nio.file.Path;

/**
 * A report file found under the inputs: where it is, how errors name it, its id stem and its group. Plain strings,
 * so that a distributed job can hand files to the tasks that read them.
 */
public record InputFile(String file, String display, String stem, String group) {
    public Path path() {
        return Path.of(file);
    }
}
