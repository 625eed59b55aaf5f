package io.triangulate.rules;

/** Two casualty claims of one event that cannot both be true, and how far apart they are; casualties.drl gathers them into one flag per count. */
public record Disagreement(String event, String field, String a, String b, String reportA, String reportB, io.triangulate.codes.Level severity,
                           String text, String rule) {
    /** The disagreements' texts, each once, in order, joined: "2 killed (army) vs 24–99 killed (unattributed); …". */
    public static String texts(java.util.List<?> disagreements) {
        java.util.TreeSet<String> texts = new java.util.TreeSet<>();
        for (Object o : disagreements) texts.add(((Disagreement) o).text());
        return String.join("; ", texts);
    }
}
