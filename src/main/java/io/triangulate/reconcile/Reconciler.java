package io.triangulate.reconcile;

import io.triangulate.events.EventMention;
import io.triangulate.events.Unassigned;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;
import io.triangulate.extract.ResponsibilityClaim;
import io.triangulate.extract.TargetClaim;
import io.triangulate.ingest.Report;
import io.triangulate.rules.BlockSession;
import io.triangulate.rules.Casualty;
import io.triangulate.rules.EventInBlock;
import io.triangulate.rules.Flag;
import io.triangulate.rules.InEvent;
import io.triangulate.rules.MatchPolicy;
import io.triangulate.rules.Mention;
import io.triangulate.rules.RuleBase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reconciles one block: one Drools session decides which mentions are one event and flags what disagrees;
 * this class forms the events from those decisions and works out figures, perpetrator and confidence.
 */
public final class Reconciler {
    /** Until reconcile.drl takes over the figures, the basis names this Java policy. */
    static final String FIGURE_POLICY = "default figure policy (firm, non-partisan claims first)";

    private final RuleBase rules;
    private final MatchPolicy policy;
    private final Gazetteer gazetteer;
    private final Set<String> descriptors;
    private final int fireLimit;

    public Reconciler(RuleBase rules, MatchPolicy policy, Gazetteer gazetteer, Set<String> descriptors, int fireLimit) {
        this.rules = rules;
        this.policy = policy;
        this.gazetteer = gazetteer;
        this.descriptors = descriptors;
        this.fireLimit = fireLimit;
    }

    public record BlockResult(List<ReconciledEvent> events, List<Unassigned> unassigned) {}

    public BlockResult reconcile(String block, List<EventMention> mentions, Map<String, Report> reports) {
        Map<String, EventMention> byId = new LinkedHashMap<>();
        List<Mention> facts = new ArrayList<>();
        for (EventMention m : mentions) {
            byId.put(m.id(), m);
            facts.add(fact(block, m));
        }
        try (BlockSession session = new BlockSession(rules, fireLimit)) {
            BlockSession.Matching matching = session.match(policy, facts);
            List<Unassigned> unassigned = new ArrayList<>();
            List<List<EventMention>> clusters = new ArrayList<>();
            for (List<Mention> c : Clusters.of(facts, matching.same())) {
                if (c.size() == 1 && c.get(0).coarse() && c.get(0).day() == null) {
                    EventMention m = byId.get(c.get(0).id());
                    unassigned.add(new Unassigned(m.report(), m.id(), "a " + m.place().precision()
                            + "-level mention without a day (" + m.describe() + ") never joins an event"));
                    continue;
                }
                clusters.add(c.stream().map(f -> byId.get(f.id())).sorted(Comparator.comparing(EventMention::id)).toList());
            }
            List<Draft> drafts = new ArrayList<>();
            for (List<EventMention> c : clusters) drafts.add(new Draft(c, place(c), date(c)));
            assignIds(drafts);
            Draft main = drafts.stream()
                    .max(Comparator.<Draft>comparingInt(d -> d.reports().size()).thenComparingInt(d -> d.mentions.size())
                            .thenComparing(d -> d.id, Comparator.reverseOrder()))
                    .orElse(null);
            List<Object> judged = new ArrayList<>();
            for (Draft d : drafts) {
                judged.add(new EventInBlock(d.id, block, d.reports().size(), speakers(d).size(), d == main,
                        d.place.name() + ", " + describe(d.date)));
                for (EventMention m : d.mentions) {
                    judged.add(new InEvent(m.id(), d.id, m.report()));
                    for (Claim c : m.claims()) if (c instanceof CasualtyClaim cc) judged.add(casualty(d.id, cc));
                }
            }
            List<Flag> flags = session.judge(judged);
            Map<String, List<Flag>> flagsByEvent = flags.stream().collect(Collectors.groupingBy(Flag::event));
            List<ReconciledEvent> events = new ArrayList<>();
            for (Draft d : drafts) events.add(build(d, flagsByEvent.getOrDefault(d.id, List.of()), reports));
            return new BlockResult(events, unassigned);
        } catch (BlockSession.BlockFailure e) {
            List<Unassigned> failed = new ArrayList<>();
            for (EventMention m : mentions) {
                failed.add(new Unassigned(m.report(), m.id(), "the rules failed for this block: " + e.getMessage()));
            }
            return new BlockResult(List.of(), failed);
        }
    }

    private static final class Draft {
        final List<EventMention> mentions;
        final Place place;
        final EventDateRange date;
        String id;

        Draft(List<EventMention> mentions, Place place, EventDateRange date) {
            this.mentions = mentions;
            this.place = place;
            this.date = date;
        }

        List<String> reports() {
            return mentions.stream().map(EventMention::report).distinct().sorted().toList();
        }

        List<Claim> claims() {
            return mentions.stream().flatMap(m -> m.claims().stream()).sorted(CLAIM_ORDER).toList();
        }
    }

    /** Claims sorted by report, then by their number in the report. */
    static final Comparator<Claim> CLAIM_ORDER = Comparator.<Claim, String>comparing(c -> c.source().report())
            .thenComparingInt(c -> Integer.parseInt(c.id().substring(c.id().lastIndexOf('#') + 1)));

    private Mention fact(String block, EventMention m) {
        Place p = m.place();
        String actor = m.claims().stream().filter(c -> c instanceof ResponsibilityClaim).map(Claim::value)
                .filter(a -> !descriptors.contains(a)).sorted().findFirst().orElse(null);
        return new Mention(m.id(), block, m.report(), p.name(), p.id(), p.cityId(), p.admin1Code(), p.countryCode(), p.rank(),
                m.date() == null ? null : m.date().value(), m.date() == null ? null : m.date().weekday(), actor);
    }

    private static Casualty casualty(String event, CasualtyClaim c) {
        Integer min = c.qualitative() ? Integer.valueOf(1) : c.low();
        Integer max = c.qualitative() ? null : c.high();
        return new Casualty(c.id(), event, c.source().report(), c.kind(), min, max, c.victims(), c.qualifier(),
                c.source().hedged(), c.source().sourceKind(), c.source().attributedTo());
    }

    /** The finest place that contains every town-level mention's place (country-level ones only confirm it). */
    private Place place(List<EventMention> mentions) {
        List<Place> places = mentions.stream().map(EventMention::place).filter(p -> p.rank() > 1).toList();
        if (places.isEmpty()) places = mentions.stream().map(EventMention::place).toList();
        List<Place> candidates = new ArrayList<>();
        Place first = places.stream().max(Comparator.comparingInt(Place::rank).thenComparing(Place::id)).orElseThrow();
        candidates.add(first);
        if (first.cityId() != null && gazetteer.place(first.cityId()) != null) candidates.add(gazetteer.place(first.cityId()));
        if (first.admin1Code() != null && gazetteer.place("A:" + first.admin1Code()) != null) candidates.add(gazetteer.place("A:" + first.admin1Code()));
        if (gazetteer.country(first.countryCode()) != null) candidates.add(gazetteer.country(first.countryCode()));
        for (Place c : candidates) {
            final List<Place> all = places;
            if (all.stream().allMatch(p -> c.id().equals(p.id()) || c.contains(p))) return c;
        }
        return first;
    }

    private static EventDateRange date(List<EventMention> mentions) {
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<java.time.DayOfWeek> weekdays = new TreeSet<>();
        for (EventMention m : mentions) {
            if (m.date() == null) continue;
            if (m.date().value() != null) days.add(m.date().value());
            else weekdays.add(m.date().weekday());
        }
        if (!days.isEmpty()) {
            LocalDate first = days.first();
            return new EventDateRange(first, first, days.last(), days.size() == 1 ? first.getDayOfWeek() : null, "day");
        }
        if (weekdays.size() == 1) return new EventDateRange(null, null, null, weekdays.first(), "weekday");
        return new EventDateRange(null, null, null, null, "unknown");
    }

    private static String describe(EventDateRange d) {
        if (d.value() != null) return d.value().toString();
        if (d.weekday() != null) return d.weekday().toString().charAt(0) + d.weekday().toString().substring(1).toLowerCase(java.util.Locale.ROOT);
        return "undated";
    }

    /** Ids from place, date and member reports: stable for the same inputs whatever their order. */
    private static void assignIds(List<Draft> drafts) {
        Map<String, Integer> used = new HashMap<>();
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((Draft d) -> String.join(",", d.mentions.stream().map(EventMention::id).toList())));
        for (Draft d : ordered) {
            String base = slug(d.place.name()) + "-" + slug(describe(d.date)) + "-" + shortHash(String.join("\n", d.reports()));
            int n = used.merge(base, 1, Integer::sum);
            d.id = n == 1 ? base : base + "-" + n;
        }
    }

    static String slug(String s) {
        String n = io.triangulate.text.Normal.form(s);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (Character.isLetterOrDigit(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') b.append('-');
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.toString();
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct original speakers of an event's claims (who said it, not which outlet carried it). */
    private static List<String> speakers(Draft d) {
        return d.claims().stream().map(c -> c.source().attributedTo()).filter(a -> a != null).distinct().sorted().toList();
    }

    private ReconciledEvent build(Draft d, List<Flag> flags, Map<String, Report> reports) {
        List<Claim> claims = d.claims();
        List<Flag> sortedFlags = flags.stream().sorted(Comparator.comparing(Flag::code).thenComparing(f -> String.join(",", f.claims()))
                .thenComparing(f -> String.join(",", f.reports())).thenComparing(Flag::note)).toList();
        List<String> speakers = speakers(d);
        int independent = Math.max(speakers.size(), speakers.isEmpty() ? d.reports().size() : 0);
        List<CasualtyClaim> casualties = claims.stream().filter(c -> c instanceof CasualtyClaim).map(c -> (CasualtyClaim) c).toList();
        CasualtyFigures figures = new CasualtyFigures(
                Figures.of(casualties, "killed", reports), Figures.of(casualties, "injured", reports),
                Figures.of(casualties, "killed_or_injured", reports));
        List<String> targets = claims.stream().filter(c -> c instanceof TargetClaim).map(Claim::value).distinct().sorted().toList();
        return new ReconciledEvent(d.id, d.reports(), d.mentions.stream().map(EventMention::id).toList(), independent, speakers,
                d.place, d.date, perpetrator(claims), targets, figures, sortedFlags,
                confidence(d, speakers, sortedFlags, casualties), List.of(), claims);
    }

    /**
     * Claimed when the actor says so; attributed or suspected when others name it; disputed when different
     * actors are named or a claim is denied; unknown when nobody is named.
     */
    private Perpetrator perpetrator(List<Claim> claims) {
        List<ResponsibilityClaim> rc = claims.stream().filter(c -> c instanceof ResponsibilityClaim).map(c -> (ResponsibilityClaim) c).toList();
        if (rc.isEmpty()) return new Perpetrator(null, "unknown", List.of());
        Set<String> named = rc.stream().map(ResponsibilityClaim::actor).filter(a -> !descriptors.contains(a)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stances = rc.stream().map(ResponsibilityClaim::stance).collect(Collectors.toCollection(TreeSet::new));
        List<String> claimants = rc.stream().filter(r -> r.stance().equals("claimed")).map(ResponsibilityClaim::actor).distinct().sorted().toList();
        String name = named.isEmpty() ? rc.stream().map(ResponsibilityClaim::actor).sorted().findFirst().orElse(null) : String.join(" / ", named);
        String status;
        if (named.size() > 1 || (stances.contains("denied") && stances.size() > 1)) status = "disputed";
        else if (stances.contains("claimed")) status = "claimed";
        else if (stances.contains("attributed")) status = "attributed";
        else if (stances.contains("suspected")) status = "suspected";
        else status = "denied";
        return new Perpetrator(name, status, claimants);
    }

    private static Confidence confidence(Draft d, List<String> speakers, List<Flag> flags, List<CasualtyClaim> casualties) {
        List<String> notes = new ArrayList<>();
        int reports = d.reports().size();
        notes.add(reports + (reports == 1 ? " report" : " reports") + ", " + speakers.size()
                + (speakers.size() == 1 ? " speaker" : " speakers") + (speakers.isEmpty() ? "" : " (" + String.join(", ", speakers) + ")"));
        if (reports >= 2) notes.add(reports + " reports agree on place and date (" + d.place.name() + ", " + describe(d.date) + ")");
        boolean onlyPartisan = !casualties.isEmpty() && casualties.stream().allMatch(c -> "perpetrator".equals(c.source().sourceKind()));
        if (onlyPartisan) notes.add("casualty figures: only the perpetrator's claim");
        for (Flag f : flags) {
            if (f.code().equals("CASUALTY_CONFLICT")) notes.add("casualty figures disputed: " + f.note().replaceFirst("^Casualty figures disagree: ", "").replaceFirst("\\.$", ""));
        }
        boolean highConflict = flags.stream().anyMatch(f -> f.severity().equals("high"));
        boolean unconfirmed = flags.stream().anyMatch(f -> f.code().equals("UNCONFIRMED"));
        String level;
        if (reports >= 2 && speakers.size() >= 3 && !highConflict) level = "high";
        else if (reports >= 2 || (speakers.size() >= 2 && !unconfirmed)) level = "medium";
        else level = "low";
        if (reports == 1) notes.add("a single report: nothing independent confirms it");
        if (unconfirmed) notes.add("some figures are not confirmed by the report that gives them");
        return new Confidence(level, List.copyOf(notes));
    }
}
