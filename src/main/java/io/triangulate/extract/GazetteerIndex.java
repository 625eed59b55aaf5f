package io.triangulate.extract;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;

/**
 * The built-in gazetteer as one compact file, memory-mapped, so that a run starts without reading 560,000 names
 * into maps (1.2 s and ~140 MB of heap): the names' keys sorted, each with its rows; the rows as the resource's
 * text, made into places only when looked up; the first words with the most words of a name they begin. Made by
 * the first load that has a cache folder (the rules cache), from the maps that load builds, so that every lookup
 * answers exactly what the maps answer (GazetteerTest compares every name); named by a hash of the resource, the
 * division words and the classes that make keys, so that a stale file is never read.
 */
final class GazetteerIndex implements PlaceNames {
    private static final int MAGIC = 0x54474131; // "TGA1"
    private static final String RESOURCE = "gazetteer.tsv.gz";
    /** The file's name: this prefix, the hash, ".idx". */
    private static final String PREFIX = "gazetteer-";

    private final ByteBuffer file;
    private final IntBuffer rowStart;
    private final int rowsAt;
    private final IntBuffer keyStart;
    private final int keysAt;
    private final IntBuffer entryStart;
    private final IntBuffer entries;
    private final IntBuffer rowsById;
    private final IntBuffer firstStart;
    private final int firstsAt;
    private final int firstMaxAt;
    private final Map<String, String> countryNames;
    private final Map<String, String> admin1Names;
    private final AtomicReferenceArray<Gazetteer.Entry> rows;
    /** Lookups already answered: text repeats its words, and a binary search costs more than a hash lookup. */
    private final Map<String, List<Gazetteer.Entry>> seen = new ConcurrentHashMap<>();
    private final Map<String, Integer> seenFirst = new ConcurrentHashMap<>();
    private static final int SEEN_MOST = 200_000;

    /** The built-in gazetteer: from its compact file in {@code dir} (made there if missing), else read eagerly. */
    static Gazetteer.BuiltIn builtIn(Set<String> divisionWords, Path dir) {
        if (dir == null) return Gazetteer.eager(Gazetteer.load(divisionWords));
        Path file;
        try {
            file = dir.resolve(PREFIX + hash(divisionWords) + ".idx");
            if (Files.isRegularFile(file)) return open(file, divisionWords);
        } catch (IOException | RuntimeException e) {
            return Gazetteer.eager(Gazetteer.load(divisionWords)); // an unreadable file: the resource still serves
        }
        Gazetteer eager = Gazetteer.load(divisionWords);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, PREFIX, ".tmp");
            try {
                write(eager, tmp);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // Files made for earlier builds or tables are never read again (each is ~23 MB).
                try (var old = Files.newDirectoryStream(dir, PREFIX + "*.idx")) {
                    for (Path p : old) if (!p.equals(file)) Files.deleteIfExists(p);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // No file this time (a read-only cache folder): the maps serve this run, and the next tries again.
        }
        return Gazetteer.eager(eager);
    }

    /** Which resource, division words and key-making code the file was made from. */
    static String hash(Set<String> divisionWords) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            crc.update(in.readAllBytes());
        }
        for (Class<?> c : List.of(Gazetteer.class, GazetteerIndex.class, io.triangulate.words.Tokenizer.class, io.triangulate.words.Token.class,
                io.triangulate.words.Normal.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                crc.update(in.readAllBytes());
            }
        }
        crc.update(String.join("\n", new TreeSet<>(divisionWords)).getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Writes {@code g}'s names, rows and first words (the resource's rows read again, in order). */
    static void write(Gazetteer g, Path file) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>(1 << 19);
        Gazetteer.eachRow(line -> {
            rowOfId.put(line.substring(0, line.indexOf('\t')), lines.size());
            lines.add(line.getBytes(StandardCharsets.UTF_8));
        });
        // Written in the maps' own iteration order, and read back into maps in that order: the same order again
        // (a curated place's division is the first of that name found: GazetteerIndexTest compares the orders).
        Gazetteer.BuiltIn maps = Gazetteer.eager(g);
        byte[][] keys = sorted(g.byName().keySet());
        byte[][] firsts = sorted(g.firstWords().keySet());
        Integer[] byId = new Integer[lines.size()];
        for (int i = 0; i < byId.length; i++) byId[i] = i;
        byte[][] ids = new byte[lines.size()][];
        for (int i = 0; i < ids.length; i++) ids[i] = idOf(lines.get(i));
        Arrays.sort(byId, (a, b) -> Arrays.compareUnsigned(ids[a], ids[b]));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            writeBlob(out, lines.toArray(new byte[0][]));
            writeBlob(out, keys);
            List<Integer> codes = new ArrayList<>();
            out.writeInt(keys.length + 1);
            for (byte[] k : keys) {
                out.writeInt(codes.size());
                for (Gazetteer.Entry e : g.byName().get(new String(k, StandardCharsets.UTF_8))) {
                    Integer row = rowOfId.get(e.place().id());
                    if (row == null) throw new IllegalStateException(e.place().id());
                    codes.add(row << 1 | (e.alternate() ? 1 : 0));
                }
            }
            out.writeInt(codes.size());
            out.writeInt(codes.size());
            for (int c : codes) out.writeInt(c);
            out.writeInt(byId.length);
            for (int r : byId) out.writeInt(r);
            writeBlob(out, firsts);
            for (byte[] w : firsts) out.writeByte(g.firstWords().get(new String(w, StandardCharsets.UTF_8)));
            writeNames(out, maps.countryNames());
            writeNames(out, maps.admin1Names());
        }
    }

    private static byte[][] sorted(Set<String> strings) {
        byte[][] out = new byte[strings.size()][];
        int i = 0;
        for (String s : strings) out[i++] = s.getBytes(StandardCharsets.UTF_8);
        Arrays.sort(out, Arrays::compareUnsigned);
        return out;
    }

    private static byte[] idOf(byte[] line) {
        int tab = 0;
        while (tab < line.length && line[tab] != '\t') tab++;
        return Arrays.copyOf(line, tab);
    }

    /** Strings as a count, their start offsets (and the end), then their bytes. */
    private static void writeBlob(DataOutputStream out, byte[][] items) throws IOException {
        out.writeInt(items.length);
        int at = 0;
        for (byte[] b : items) {
            out.writeInt(at);
            at += b.length;
        }
        out.writeInt(at);
        for (byte[] b : items) out.write(b);
    }

    private static void writeNames(DataOutputStream out, Map<String, String> names) throws IOException {
        out.writeInt(names.size());
        for (Map.Entry<String, String> e : names.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    static Gazetteer.BuiltIn open(Path path, Set<String> divisionWords) throws IOException {
        GazetteerIndex index = new GazetteerIndex(path);
        return new Gazetteer.BuiltIn(index, Set.copyOf(divisionWords), index.countryNames, index.admin1Names);
    }

    private GazetteerIndex(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            file = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        int at = 0;
        if (file.getInt(at) != MAGIC) throw new IOException("not a gazetteer index: " + path);
        at += 4;
        int nRows = file.getInt(at);
        rowStart = ints(at + 4, nRows + 1);
        rowsAt = at + 4 + 4 * (nRows + 1);
        at = rowsAt + rowStart.get(nRows);
        int nKeys = file.getInt(at);
        keyStart = ints(at + 4, nKeys + 1);
        keysAt = at + 4 + 4 * (nKeys + 1);
        at = keysAt + keyStart.get(nKeys);
        int nStarts = file.getInt(at);
        entryStart = ints(at + 4, nStarts);
        at += 4 + 4 * nStarts;
        int nEntries = file.getInt(at);
        entries = ints(at + 4, nEntries);
        at += 4 + 4 * nEntries;
        int nIds = file.getInt(at);
        rowsById = ints(at + 4, nIds);
        at += 4 + 4 * nIds;
        int nFirst = file.getInt(at);
        firstStart = ints(at + 4, nFirst + 1);
        firstsAt = at + 4 + 4 * (nFirst + 1);
        firstMaxAt = firstsAt + firstStart.get(nFirst);
        at = firstMaxAt + nFirst;
        // The maps as the eager load fills them (same insertion order, so the same iteration order).
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes(at, file.capacity() - at)));
        countryNames = readNames(in);
        admin1Names = readNames(in);
        rows = new AtomicReferenceArray<>(nRows);
    }

    private IntBuffer ints(int at, int n) {
        return file.slice(at, 4 * n).asIntBuffer();
    }

    private byte[] bytes(int at, int n) {
        byte[] b = new byte[n];
        file.get(at, b);
        return b;
    }

    private static Map<String, String> readNames(java.io.DataInputStream in) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) out.put(in.readUTF(), in.readUTF());
        return out;
    }

    /** Where {@code key} is among {@code n} sorted strings of the blob at {@code blobAt}, or -1. */
    private int find(byte[] key, IntBuffer start, int blobAt, int n) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(blobAt + start.get(mid), blobAt + start.get(mid + 1), key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The stored bytes [from, to) against {@code key}, unsigned, as the writer sorted them. */
    private int compare(int from, int to, byte[] key) {
        int n = Math.min(to - from, key.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(file.get(from + i) & 0xff, key[i] & 0xff);
            if (c != 0) return c;
        }
        return Integer.compare(to - from, key.length);
    }

    @Override
    public List<Gazetteer.Entry> candidates(String key) {
        List<Gazetteer.Entry> known = seen.get(key);
        if (known != null) return known;
        int k = find(key.getBytes(StandardCharsets.UTF_8), keyStart, keysAt, keyStart.limit() - 1);
        List<Gazetteer.Entry> out;
        if (k < 0) out = List.of();
        else {
            List<Gazetteer.Entry> list = new ArrayList<>(entryStart.get(k + 1) - entryStart.get(k));
            for (int i = entryStart.get(k); i < entryStart.get(k + 1); i++) {
                int code = entries.get(i);
                Gazetteer.Entry e = row(code >>> 1);
                list.add((code & 1) == 1 ? e.asAlternate() : e);
            }
            out = java.util.Collections.unmodifiableList(list);
        }
        if (seen.size() > SEEN_MOST) seen.clear();
        seen.put(key, out);
        return out;
    }

    @Override
    public int wordsFrom(String firstWord) {
        Integer known = seenFirst.get(firstWord);
        if (known != null) return known;
        int k = find(firstWord.getBytes(StandardCharsets.UTF_8), firstStart, firstsAt, firstStart.limit() - 1);
        int most = k < 0 ? 0 : file.get(firstMaxAt + k);
        if (seenFirst.size() > SEEN_MOST) seenFirst.clear();
        seenFirst.put(firstWord, most);
        return most;
    }

    @Override
    public Place place(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = rowsById.limit() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int row = rowsById.get(mid);
            int from = rowsAt + rowStart.get(row);
            int to = from;
            while (file.get(to) != '\t') to++;
            int c = compare(from, to, key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return row(row).place();
        }
        return null;
    }

    /** A row made into its entry once, when first looked up. */
    private Gazetteer.Entry row(int row) {
        Gazetteer.Entry e = rows.get(row);
        if (e != null) return e;
        int from = rowsAt + rowStart.get(row);
        String line = new String(bytes(from, rowStart.get(row + 1) - rowStart.get(row)), StandardCharsets.UTF_8);
        e = Gazetteer.entryOf(line.split("\t", -1), countryNames, admin1Names);
        return rows.compareAndExchange(row, null, e) == null ? e : rows.get(row);
    }

    /** Every key, for the test that compares this file with the maps it was made from. */
    List<String> keys() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < keyStart.limit(); k++) {
            out.add(new String(bytes(keysAt + keyStart.get(k), keyStart.get(k + 1) - keyStart.get(k)), StandardCharsets.UTF_8));
        }
        return out;
    }
}
