package io.triangulate.ingest;

import java.util.List;
import java.util.Locale;

/** The metadata lines of a .txt report ("Source:", "URL:", "Published:", "Rating:", "Language:") and bare URLs. */
public final class MetadataLine {
    private MetadataLine() {}

    /** Whether {@code line} is one: read by the reader, and left out of the text the later stages read. */
    public static boolean is(String line) {
        String t = line.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return t.indexOf(' ') < 0;
        for (String key : List.of("source:", "url:", "published:", "rating:", "language:")) {
            if (lower.startsWith(key)) return true;
        }
        return false;
    }
}
