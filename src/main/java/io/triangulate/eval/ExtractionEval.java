package io.triangulate.eval;

import io.triangulate.events.EventMention;
import io.triangulate.events.MentionSplitter;
import io.triangulate.events.Mentions;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.ClaimExtractor;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;
import io.triangulate.extract.ReportClaims;
import io.triangulate.extract.ResponsibilityClaim;
import io.triangulate.ingest.Report;
import io.triangulate.extract.ClaimExtractors;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.words.Normal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores extraction against labelled cases, claim type by claim type. Each case runs through the same
 * stages as a report in {@code run} (text → extract → event mentions), and what comes out is compared with
 * the labels as multisets: a figure extracted twice where the text gives it once is one false positive.
 */
public final class ExtractionEval {
    public static final String CASUALTY = "casualty (kind, low, high)";
    public static final String VICTIMS = "casualty victims";
    public static final String PLACE = "event place";
    public static final String DATE = "event date";
    public static final String SPEAKER = "speaker kind";
    public static final String RESPONSIBILITY = "responsibility status";

    /** The quality bar; victims are reported without a target. */
    static final Map<String, Double> TARGETS = targets();

    private static Map<String, Double> targets() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put(CASUALTY, 0.90);
        t.put(VICTIMS, null);
        t.put(PLACE, 0.90);
        t.put(DATE, 0.90);
        t.put(SPEAKER, 0.85);
        t.put(RESPONSIBILITY, 0.85);
        return t;
    }

    /** One disagreement between extraction and a label, for the analyst to read. */
    public record Miss(String caseId, String where, String type, String expected, String extracted) {}

    public record Result(List<Score> scores, List<Miss> misses, int cases, int sentences) {
        public boolean meetsTargets() {
            return scores.stream().allMatch(Score::meetsTarget);
        }

        public Score score(String type) {
            return scores.stream().filter(s -> s.type().equals(type)).findFirst().orElseThrow();
        }
    }

    private final ClaimExtractors extractors;
    private final MentionSplitter splitter;
    private final Gazetteer gazetteer;

    public ExtractionEval(Lexicons lexicons, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.extractors = new ClaimExtractors(lexicons, gazetteer);
        this.splitter = new MentionSplitter(gazetteer);
    }

    public Result evaluate(List<LabelledCase> cases) {
        Map<String, Score> scores = new LinkedHashMap<>();
        TARGETS.forEach((type, target) -> scores.put(type, new Score(type, 0, 0, 0, target)));
        List<Miss> misses = new ArrayList<>();
        int sentences = 0;
        for (LabelledCase c : cases) {
            Report report = extractors.withLanguage(new Report(c.id(), "eval", c.source(), null, null, null, c.published(), null, null,
                    c.text(), c.language(), null));
            String language = extractors.of(report.language()) == null ? Lexicons.DEFAULT_LANGUAGE : report.language();
            ClaimExtractor extractor = extractors.of(language);
            var clean = extractors.sentences(language).split(c.text());
            sentences += clean.sentences().size();
            ReportClaims rc = extractor.extract(report, clean);
            List<Claim> claims = rc.claims();
            Scorer s = new Scorer(c, scores, misses);
            if (c.casualties() != null) {
                List<CasualtyClaim> found = claims.stream().filter(x -> x instanceof CasualtyClaim).map(x -> (CasualtyClaim) x).toList();
                s.compare(CASUALTY, c.casualties().stream().map(LabelledCase.ExpectedCasualty::key).toList(),
                        found.stream().map(x -> x.kind() + " " + x.low() + ".." + (x.high() == null ? "" : x.high())).toList());
                s.compare(VICTIMS, c.casualties().stream().map(e -> e.key() + " " + e.victims()).toList(),
                        found.stream().map(x -> x.kind() + " " + x.low() + ".." + (x.high() == null ? "" : x.high()) + " " + x.victims()).toList());
            }
            if (c.events() != null) {
                Mentions m = splitter.split(rc);
                List<EventMention> mentions = m.mentions();
                s.compare(PLACE, c.events().stream().map(e -> placeKey(e.place(), e.country())).toList(),
                        mentions.stream().filter(x -> x.place() != null).map(x -> labelFor(x.place(), c.events())).toList());
                s.compare(DATE, c.events().stream().filter(e -> e.date() != null).map(e -> e.date().toUpperCase(java.util.Locale.ROOT)).toList(),
                        mentions.stream().filter(x -> x.date() != null)
                                .map(x -> x.date().value() != null || x.date().start() != null ? x.date().describe() : x.date().weekday().toString()).toList());
            }
            if (c.speakers() != null) {
                // Everyone the text quotes or reports, whether or not their sentence holds a claim of its own.
                List<String> kinds = new ArrayList<>();
                for (var r : rc.sentences()) for (var sp : r.speakers()) kinds.add(sp.kind());
                for (Claim x : claims) if (x.source().attributedTo() != null) kinds.add(x.source().sourceKind());
                s.compareSets(SPEAKER, c.speakers(), kinds);
            }
            if (c.responsibility() != null) {
                s.compareSets(RESPONSIBILITY, c.responsibility().stream().map(LabelledCase.ExpectedResponsibility::key).toList(),
                        claims.stream().filter(x -> x instanceof ResponsibilityClaim).map(x -> ((ResponsibilityClaim) x).actor() + " "
                                + ((ResponsibilityClaim) x).stance()).toList());
            }
        }
        return new Result(List.copyOf(scores.values()), List.copyOf(misses), cases.size(), sentences);
    }

    /** Place names compare in their normal form, so "Bogotá" and "Bogota" agree; the country only where labelled. */
    static String placeKey(String name, String country) {
        return Normal.form(name) + (country == null ? "" : " (" + country + ")");
    }

    /**
     * The label an extracted place answers to: a labelled name is any of the gazetteer's places of that name
     * (in the labelled country), so "Jabalia" is Jabālyā and "Borno" is Borno State.
     */
    private String labelFor(Place p, List<LabelledCase.ExpectedEvent> labels) {
        for (LabelledCase.ExpectedEvent e : labels) {
            if (e.country() != null && !e.country().equals(p.countryCode())) continue;
            boolean same = Normal.form(e.place()).equals(Normal.form(p.name()))
                    || gazetteer.candidates(Gazetteer.key(e.place())).stream().anyMatch(c -> c.place().id().equals(p.id()));
            if (same) return placeKey(e.place(), e.country());
        }
        return placeKey(p.name(), p.countryCode());
    }

    /** Compares one case's expected and extracted values and adds to the running scores. */
    private record Scorer(LabelledCase c, Map<String, Score> scores, List<Miss> misses) {
        void compare(String type, List<String> expected, List<String> extracted) {
            Map<String, Integer> want = counts(expected);
            Map<String, Integer> got = counts(extracted);
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Map.Entry<String, Integer> e : want.entrySet()) {
                int g = got.getOrDefault(e.getKey(), 0);
                tp += Math.min(g, e.getValue());
                fn += Math.max(0, e.getValue() - g);
            }
            for (Map.Entry<String, Integer> e : got.entrySet()) fp += Math.max(0, e.getValue() - want.getOrDefault(e.getKey(), 0));
            scores.put(type, scores.get(type).plus(tp, fp, fn));
            if (fp > 0 || fn > 0) {
                misses.add(new Miss(c.id(), c.source() + ":" + c.line(), type, String.join("; ", sorted(expected)), String.join("; ", sorted(extracted))));
            }
        }

        /** Each kind counted once per case: three claims by the army are one official speaker. */
        void compareSets(String type, List<String> expected, List<String> extracted) {
            compare(type, new ArrayList<>(new java.util.TreeSet<>(expected)), new ArrayList<>(new java.util.TreeSet<>(extracted)));
        }

        private static Map<String, Integer> counts(Collection<String> values) {
            Map<String, Integer> m = new TreeMap<>();
            for (String v : values) m.merge(v, 1, Integer::sum);
            return m;
        }

        private static List<String> sorted(List<String> values) {
            return values.stream().sorted().toList();
        }
    }
}
