package io.triangulate.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the report files under the inputs and names their groups, without reading them: the files named together
 * are one group, a folder is one group, each sub-folder of a folder of folders is a group of its own. Hidden and
 * unsupported files are counted as skipped.
 */
public final class InputFiles {
    /** The group of the report files named on the command line (folders are groups of their own). */
    static final String NAMED_FILES = "(files named together)";

    private InputFiles() {}

    /** The files the inputs name, in the order they are read, and what could not be listed or was skipped. */
    public record Plan(List<InputFile> files, List<Rejected> rejected, int skipped) {}

    /** The report files under the inputs (folders walked, groups named), without reading them. */
    public static Plan plan(List<Path> inputs) {
        List<InputFile> found = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int[] skipped = {0};
        java.util.Map<Path, String> groups = groupNames(inputs);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                collect(input, groups.get(input), found, skipped, rejected);
            } else if (Files.isRegularFile(input)) {
                String name = input.getFileName().toString();
                // The report files named on one command line are one group (a shell glob included).
                if (supported(name)) found.add(new InputFile(input.toString(), name, stem(name), NAMED_FILES));
                else skipped[0]++;
            } else {
                rejected.add(new Rejected(String.valueOf(input.getFileName()), null, "no such file or folder"));
            }
        }
        found.sort(Comparator.comparing(InputFile::display).thenComparing(InputFile::file));
        return new Plan(List.copyOf(found), List.copyOf(rejected), skipped[0]);
    }

    /**
     * A folder's group is its name; two folders of the same name ("a/reports", "b/reports") are two groups,
     * named by as many trailing path segments as tell them apart. No absolute path appears in a name.
     */
    static java.util.Map<Path, String> groupNames(List<Path> inputs) {
        java.util.Map<Path, String> out = new java.util.HashMap<>();
        List<Path> folders = inputs.stream().filter(Files::isDirectory).toList();
        for (Path f : folders) {
            Path abs = f.toAbsolutePath().normalize();
            int n = 1;
            while (n < abs.getNameCount() && clash(abs, n, folders)) n++;
            out.put(f, abs.getNameCount() == 0 ? "" : abs.subpath(abs.getNameCount() - Math.min(n, abs.getNameCount()), abs.getNameCount()).toString().replace('\\', '/'));
        }
        return out;
    }

    private static boolean clash(Path abs, int n, List<Path> folders) {
        for (Path o : folders) {
            Path other = o.toAbsolutePath().normalize();
            if (other.equals(abs) || other.getNameCount() < n || abs.getNameCount() < n) continue;
            if (other.subpath(other.getNameCount() - n, other.getNameCount()).equals(abs.subpath(abs.getNameCount() - n, abs.getNameCount()))) return true;
        }
        return false;
    }

    private static void collect(Path root, String rootGroup, List<InputFile> found, int[] skipped, List<Rejected> rejected) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root)).sorted().forEach(p -> {
                Path rel = root.relativize(p);
                if (hidden(rel)) {
                    if (Files.isRegularFile(p)) skipped[0]++;
                    return;
                }
                if (!Files.isRegularFile(p)) return;
                String name = p.getFileName().toString();
                if (!supported(name)) {
                    skipped[0]++;
                    return;
                }
                String display = rel.toString().replace('\\', '/');
                // Files at the top of the folder form one group; each sub-folder is a group of its own.
                String group = rel.getNameCount() > 1 ? rootGroup + "/" + rel.getName(0) : rootGroup;
                found.add(new InputFile(p.toString(), display, stem(display), group));
            });
        } catch (IOException e) {
            rejected.add(new Rejected(rootGroup, null, "cannot list folder: " + e.getMessage()));
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    static boolean supported(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl");
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
