package io.triangulate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates news-like reports for benchmarks: events at real places with their dates, each told by several
 * reports in different words (an agency story, a rewrite, a group's claim, an army statement), with background
 * sentences and figures that disagree. Deterministic for a seed.
 */
public final class ReportGenerator {
    /** A generated report: its id, the event it tells, the publication day and the text. */
    public record Generated(String id, int event, LocalDate published, String source, String text) {}

    private static final String[][] PLACES = {
            {"Gao", "Mali"}, {"Mopti", "Mali"}, {"Timbuktu", "Mali"}, {"Kidal", "Mali"}, {"Djibo", "Burkina Faso"},
            {"Kaya", "Burkina Faso"}, {"Dori", "Burkina Faso"}, {"Tillaberi", "Niger"}, {"Diffa", "Niger"}, {"Maiduguri", "Nigeria"},
            {"Damaturu", "Nigeria"}, {"Mogadishu", "Somalia"}, {"Kismayo", "Somalia"}, {"Beni", "Democratic Republic of the Congo"},
            {"Goma", "Democratic Republic of the Congo"}, {"Kabul", "Afghanistan"}, {"Kandahar", "Afghanistan"}, {"Quetta", "Pakistan"},
            {"Peshawar", "Pakistan"}, {"Mosul", "Iraq"}, {"Kirkuk", "Iraq"}, {"Aden", "Yemen"}, {"Marib", "Yemen"},
            {"Cucuta", "Colombia"}, {"Arauca", "Colombia"}, {"Pemba", "Mozambique"}, {"Marawi", "Philippines"}, {"Cotabato", "Philippines"},
    };
    private static final String[] ACTORS = {"JNIM", "IS Sahel", "ISWAP", "Boko Haram", "al-Shabaab", "the ADF", "the Taliban", "the ELN"};
    private static final String[] VICTIMS = {"soldiers", "civilians", "police officers", "villagers", "militants"};
    private static final String[] OFFICIALS = {"the army", "the governor", "a police spokesman", "the defence ministry", "local officials"};
    private static final String[] OUTLETS = {"Reuters", "AFP", "the BBC", "local media"};

    private final SplittableRandom random;

    public ReportGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code events} events told by {@code reportsPerEvent} reports each, in event order. */
    public List<Generated> reports(int events, int reportsPerEvent) {
        List<Generated> out = new ArrayList<>(events * reportsPerEvent);
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int e = 0; e < events; e++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            LocalDate day = start.plusDays(random.nextInt(2000));
            String actor = ACTORS[random.nextInt(ACTORS.length)];
            String victims = VICTIMS[random.nextInt(VICTIMS.length)];
            int killed = 2 + random.nextInt(60);
            for (int r = 0; r < reportsPerEvent; r++) {
                LocalDate published = day.plusDays(random.nextInt(2));
                out.add(new Generated("e" + e + "-r" + r, e, published, OUTLETS[r % OUTLETS.length],
                        text(r, place, day, published, actor, victims, killed)));
            }
        }
        return out;
    }

    /** Writes {@code reports} as one JSONL stream, every report in one pooled group. */
    public static void writeJsonl(List<Generated> reports, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Generated g : reports) {
                ObjectNode o = json.createObjectNode();
                o.put("id", g.id());
                o.put("group", "pooled");
                o.put("source", g.source());
                o.put("published", g.published().toString());
                o.put("text", g.text());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    private String text(int variant, String[] place, LocalDate day, LocalDate published, String actor, String victims, int killed) {
        String when = day.equals(published) ? "on " + weekday(day) : day.equals(published.minusDays(1)) ? "yesterday" : "on " + weekday(day);
        String official = OFFICIALS[random.nextInt(OFFICIALS.length)];
        int other = Math.max(0, killed + random.nextInt(11) - 5);
        StringBuilder b = new StringBuilder();
        switch (variant % 4) {
            case 0 -> {
                b.append("Gunmen attacked a military post in ").append(place[0]).append(", ").append(place[1]).append(", ").append(when)
                        .append(", killing at least ").append(killed).append(' ').append(victims).append(", ").append(official).append(" said. ");
                b.append(cap(actor)).append(" claimed responsibility for the attack in a statement. ");
                b.append("Residents said they heard gunfire and explosions for several hours. ");
            }
            case 1 -> {
                b.append("At least ").append(other).append(' ').append(victims).append(" were killed when militants stormed a base in ")
                        .append(place[0]).append(' ').append(when).append(", according to sources quoted by ").append(OUTLETS[random.nextInt(OUTLETS.length)]).append(". ");
                b.append("The figure could not be independently verified. ");
                b.append("The region has been in the grip of violence since 2012. ");
            }
            case 2 -> {
                b.append(cap(actor)).append(" said it carried out the attack in ").append(place[0]).append(' ').append(when)
                        .append(" and inflicted heavy losses on the enemy. ");
                b.append("State television showed roughly ").append(1 + random.nextInt(30)).append(" prisoners. ");
            }
            default -> {
                b.append("In a statement, ").append(official).append(" said the situation in ").append(place[0])
                        .append(" was under control after the attack ").append(when).append(". ");
                b.append("No casualties were reported among civilians, while ").append(Math.max(1, killed / 3))
                        .append(" soldiers were wounded. ");
            }
        }
        return b.toString();
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
