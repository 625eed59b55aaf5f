package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Field-by-field differences between an expected and an actual output. Arrays of objects with an
 * {@code id} are matched by id (so an event is named by its id, not its position); other arrays by index.
 */
final class JsonDiff {
    private JsonDiff() {}

    record Difference(String path, String expected, String actual) {
        @Override
        public String toString() {
            return path + ": expected " + expected + ", actual " + actual;
        }
    }

    /**
     * Differences between two outputs of the JSON contract, leaving out rulesHash (it changes with every rule
     * edit; the comparison is about what the rules produce). The inputs are not changed.
     */
    static List<Difference> diffOutputs(JsonNode expected, JsonNode actual) {
        return diff(withoutRulesHash(expected), withoutRulesHash(actual));
    }

    private static JsonNode withoutRulesHash(JsonNode n) {
        JsonNode copy = n.deepCopy();
        if (copy.isObject()) ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("rulesHash");
        return copy;
    }

    static List<Difference> diff(JsonNode expected, JsonNode actual) {
        List<Difference> out = new ArrayList<>();
        walk("", expected, actual, out);
        return out;
    }

    private static void walk(String path, JsonNode e, JsonNode a, List<Difference> out) {
        if (e == null || a == null || e.getNodeType() != a.getNodeType()) {
            if (!(e == null && a == null)) out.add(new Difference(path.isEmpty() ? "(root)" : path, show(e), show(a)));
            return;
        }
        if (e.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            e.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) walk(path.isEmpty() ? k : path + "." + k, e.get(k), a.get(k), out);
        } else if (e.isArray()) {
            if (byId(e) && byId(a)) {
                Map<String, JsonNode> em = index(e);
                Map<String, JsonNode> am = index(a);
                TreeSet<String> ids = new TreeSet<>(em.keySet());
                ids.addAll(am.keySet());
                for (String id : ids) walk(path + "[" + id + "]", em.get(id), am.get(id), out);
            } else {
                int n = Math.max(e.size(), a.size());
                for (int i = 0; i < n; i++) walk(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        } else if (!e.equals(a)) {
            out.add(new Difference(path, show(e), show(a)));
        }
    }

    private static boolean byId(JsonNode arr) {
        if (arr.isEmpty()) return true;
        for (JsonNode n : arr) if (!n.isObject() || !n.hasNonNull("id")) return false;
        return true;
    }

    private static Map<String, JsonNode> index(JsonNode arr) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        for (Iterator<JsonNode> it = arr.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            m.put(n.get("id").asText(), n);
        }
        return m;
    }

    private static String show(JsonNode n) {
        if (n == null) return "(absent)";
        String s = n.toString();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
