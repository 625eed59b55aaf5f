package io.triangulate.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 file read one at a time, so that a JSONL stream of any size is read in the memory of its
 * longest line. A line over the cap is not kept: it is skipped to its end and returned as too long, with its
 * length, so the reader can name it and go on. Line breaks are \n, \r\n or a lone \r; a leading BOM is dropped;
 * bytes that are not UTF-8 end the file with a {@link java.nio.charset.CharacterCodingException} (an IOException).
 */
final class CappedLines implements Closeable {
    /** One line: its number from 1 and its text, or, when it was over the cap, no text and its length. */
    record Line(int number, String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int at;
    private int filled;
    private int number;
    private boolean first = true;

    CappedLines(Path path, int maxChars) throws IOException {
        this.in = new InputStreamReader(Files.newInputStream(path), strictUtf8());
        this.maxChars = maxChars;
    }

    /** A UTF-8 decoder that refuses what is not UTF-8 (a CharacterCodingException) instead of replacing it. */
    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The file as UTF-8 text, decoded strictly. */
    static Reader strictUtf8(Path path) throws IOException {
        return new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(path), strictUtf8()), 1 << 16);
    }

    /** How many bytes at the start of a streamed file are looked at for NUL bytes, the mark of a binary file. */
    private static final int SNIFF_BYTES = 8192;

    /** The offset of the first NUL byte in the file's first 8 KB, or -1: a binary file is told without reading it whole. */
    static long firstNul(Path path) throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (java.io.InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) if (head[i] == 0) return i;
        return -1;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (at == filled) {
                filled = in.read(buffer);
                at = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            char c = buffer[at++];
            if (c == '\n') break;
            if (c == '\r') {
                if (at == filled) {
                    filled = in.read(buffer);
                    at = 0;
                    if (filled <= 0) filled = 0;
                }
                if (at < filled && buffer[at] == '\n') at++;
                break;
            }
            if (first && length == 0 && c == '\uFEFF') {
                first = false;
                continue;
            }
            length++;
            if (line != null) {
                if (length > maxChars) line = null; // over the cap: counted to its end, not kept
                else line.append(c);
            }
        }
        first = false;
        number++;
        return new Line(number, line == null ? null : line.toString(), length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
