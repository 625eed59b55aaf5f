package io.triangulate.reconcile;

import io.triangulate.codes.Level;
import io.triangulate.events.EventMention;
import io.triangulate.events.Unassigned;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.Gazetteer;
import io.triangulate.extract.Place;
import io.triangulate.extract.ResponsibilityClaim;
import io.triangulate.extract.TargetClaim;
import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.lexicon.Lexicons;
import io.triangulate.lexicon.PhraseIndex;
import io.triangulate.rules.AnalystOverride;
import io.triangulate.rules.BlockSession;
import io.triangulate.rules.Casualty;
import io.triangulate.rules.CasualtyGroup;
import io.triangulate.rules.ConfidenceNote;
import io.triangulate.rules.Derivative;
import io.triangulate.rules.EventInBlock;
import io.triangulate.rules.EventSources;
import io.triangulate.rules.CoarseJoin;
import io.triangulate.rules.Flag;
import io.triangulate.rules.FormedEvent;
import io.triangulate.rules.FormedFrom;
import io.triangulate.rules.JoinsMainEvent;
import io.triangulate.rules.GroupFigure;
import io.triangulate.rules.InEvent;
import io.triangulate.rules.MatchPolicy;
import io.triangulate.rules.Mention;
import io.triangulate.rules.PerpetratorVerdict;
import io.triangulate.rules.ReportInEvent;
import io.triangulate.rules.Responsibility;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.Statement;
import io.triangulate.text.Tokenizer;

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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reconciles one block. One Drools session decides which mentions are one event (matching.drl); this class
 * forms the events from those pairs; the same session then judges them — sources, casualties, perpetrator,
 * place and date, figures and confidence (the other .drl files) — and this class assembles what the rules
 * concluded into {@link ReconciledEvent}s, adding only arithmetic (the sum of victim groups).
 */
public final class Reconciler {
    private final RuleBase rules;
    private final MatchPolicy policy;
    private final Gazetteer gazetteer;
    private final Lexicons lexicons;
    private final int fireLimit;
    private final List<AnalystOverride> overrides;
    private final boolean tracing;

    /**
     * {@code overrides}: the analyst's same_event and separate_events rows, for the matching rules;
     * {@code tracing}: keep, per event, every rule that fired and the facts it matched (for explain).
     */
    public Reconciler(RuleBase rules, MatchPolicy policy, Gazetteer gazetteer, Lexicons lexicons, int fireLimit,
                      List<AnalystOverride> overrides, boolean tracing) {
        this.rules = rules;
        this.policy = policy;
        this.gazetteer = gazetteer;
        this.lexicons = lexicons;
        this.fireLimit = fireLimit;
        this.overrides = overrides;
        this.tracing = tracing;
    }

    /** A block's events and unassigned mentions, the overrides its rules applied, and its error if the rules failed. */
    public record BlockResult(List<ReconciledEvent> events, List<Unassigned> unassigned, Set<String> applied, String error) {}

    public BlockResult reconcile(String block, List<EventMention> mentions, Map<String, Report> reports) {
        return reconcile(block, mentions, reports, false);
    }

    /** {@code analystGroup}: the block is an analyst's group, where reports too coarse to match may join its main event. */
    public BlockResult reconcile(String block, List<EventMention> mentions, Map<String, Report> reports, boolean analystGroup) {
        Map<String, EventMention> byId = new LinkedHashMap<>();
        List<Mention> facts = new ArrayList<>();
        for (EventMention m : mentions) {
            byId.put(m.id(), m);
            facts.add(fact(block, m));
        }
        // The limit guards against a looping rule; a large block legitimately fires once per pair of its mentions.
        int limit = (int) Math.min(Integer.MAX_VALUE, fireLimit + 8L * facts.size() * facts.size());
        try (BlockSession session = new BlockSession(rules, limit, tracing)) {
            BlockSession.Matching matching = session.match(policy, facts, overrides);
            List<Unassigned> unassigned = new ArrayList<>();
            List<List<Mention>> formed = new ArrayList<>(Clusters.of(facts, matching.same()));
            Map<String, String> coarseJoins = join(session, block, formed, analystGroup);
            List<List<EventMention>> clusters = new ArrayList<>();
            for (List<Mention> c : formed) {
                if (c.stream().noneMatch(Mention::placed)) {
                    for (Mention f : c) {
                        EventMention m = byId.get(f.id());
                        unassigned.add(new Unassigned(m.report(), m.id(), "mention names no place (" + m.describe() + ")"
                                + (analystGroup ? " and does not agree with its group's main event" : "")));
                    }
                    continue;
                }
                // In a pooled stream a lone country- or region-level mention without a day is noise; in an analyst's group
                // whose only placed event it is ("an attack in Ituri on Saturday"), it is the event the analyst handed over.
                boolean onlyEventOfItsGroup = analystGroup && formed.stream().filter(o -> o != c).noneMatch(o -> o.stream().anyMatch(Mention::placed));
                if (c.size() == 1 && c.get(0).coarse() && c.get(0).day() == null && !onlyEventOfItsGroup) {
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

            // Judge what the reports say about each event.
            List<Object> judged = new ArrayList<>();
            for (Draft d : drafts) {
                judged.addAll(factsAbout(d, block, d == main, analystGroup, reports));
                for (EventMention m : d.mentions) {
                    if (coarseJoins.containsKey(m.id())) judged.add(new CoarseJoin(d.id, m.id(), m.report(), m.report() + " (" + coarseJoins.get(m.id()) + ")"));
                }
            }
            session.judge(judged);

            // Who each event rests on, once derivative reports are set aside; then confidence.
            Map<String, Set<String>> derivative = new HashMap<>();
            for (Derivative dv : session.facts(Derivative.class)) derivative.computeIfAbsent(dv.event(), k -> new TreeSet<>()).add(dv.report());
            Map<String, EventSources> sources = new HashMap<>();
            for (Draft d : drafts) sources.put(d.id, sources(d, derivative.getOrDefault(d.id, Set.of())));
            session.judge(List.copyOf(sources.values()));

            Conclusions found = new Conclusions(session);
            List<ReconciledEvent> events = new ArrayList<>();
            List<BlockSession.Fired> trace = session.trace();
            for (Draft d : drafts) {
                Set<String> ids = d.mentions.stream().map(EventMention::id).collect(Collectors.toSet());
                List<String> applied = matching.overrides().stream()
                        .filter(o -> ids.contains(o.first()) && ids.contains(o.second()) || o.apart() && (ids.contains(o.first()) || ids.contains(o.second())))
                        .map(io.triangulate.rules.OverrideApplied::text).distinct().sorted().toList();
                events.add(build(d, sources.get(d.id), found, applied, explain(trace, d.id, ids)));
            }
            Set<String> appliedRows = matching.overrides().stream().map(io.triangulate.rules.OverrideApplied::where).collect(Collectors.toCollection(TreeSet::new));
            return new BlockResult(events, unassigned, appliedRows, null);
        } catch (BlockSession.BlockFailure e) {
            return failed(block, mentions, e.getMessage());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            return failed(block, mentions, "reconciling failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + (at == null ? "" : " at " + at));
        }
    }

    /** A block whose rules or reconciling failed: its reports go to unassigned, the cause to ruleErrors. */
    private static BlockResult failed(String block, List<EventMention> mentions, String why) {
        List<Unassigned> failed = new ArrayList<>();
        for (EventMention m : mentions) failed.add(new Unassigned(m.report(), m.id(), "the rules failed for this block: " + why));
        return new BlockResult(List.of(), failed, Set.of(), "block " + block + ": " + why);
    }

    /**
     * The joining step: the events the matching rules formed are shown to the rules with the group's main event (the
     * one most reports tell, among those that name a place); those the rules let join it are merged into it. Returns
     * the mentions that joined on a coarse or missing place or date, each with how it reads ("Mali, undated"), for the
     * COARSE_MATCH flag.
     */
    private Map<String, String> join(BlockSession session, String block, List<List<Mention>> formed, boolean analystGroup) {
        Map<String, String> joined = new TreeMap<>();
        if (!analystGroup || formed.size() < 2) return joined;
        int main = -1;
        for (int i = 0; i < formed.size(); i++) {
            List<Mention> c = formed.get(i);
            if (c.stream().noneMatch(Mention::placed)) continue;
            if (main < 0 || reportCount(c) > reportCount(formed.get(main))
                    || reportCount(c) == reportCount(formed.get(main)) && c.size() > formed.get(main).size()) main = i;
        }
        if (main < 0) return joined;
        List<Object> shown = new ArrayList<>();
        for (int i = 0; i < formed.size(); i++) {
            shown.add(new FormedEvent("formed-" + i, block, i == main, true));
            for (Mention m : formed.get(i)) shown.add(new FormedFrom(m.id(), "formed-" + i));
        }
        session.judge(shown);
        TreeSet<Integer> joining = new TreeSet<>();
        Set<Integer> coarse = new java.util.HashSet<>();
        for (JoinsMainEvent j : session.facts(JoinsMainEvent.class)) {
            int i = Integer.parseInt(j.cluster().substring("formed-".length()));
            joining.add(i);
            if (j.coarse()) coarse.add(i);
        }
        List<Mention> into = new ArrayList<>(formed.get(main));
        for (int i : joining) {
            for (Mention m : formed.get(i)) {
                into.add(m);
                if (coarse.contains(i)) joined.put(m.id(), m.describe());
            }
        }
        formed.set(main, into);
        for (int i : joining.descendingSet()) formed.remove(i);
        return joined;
    }

    private static int reportCount(List<Mention> c) {
        return (int) c.stream().map(Mention::report).distinct().count();
    }

    /** The rules that fired about this event, in order, each with the facts it matched, in words. */
    private static List<String> explain(List<BlockSession.Fired> trace, String event, Set<String> mentions) {
        List<String> out = new ArrayList<>();
        for (BlockSession.Fired f : trace) {
            if (f.facts().stream().noneMatch(o -> io.triangulate.rules.FactWords.about(o, event, mentions))) continue;
            StringBuilder b = new StringBuilder().append(f.order()).append(". ").append(f.rule());
            for (Object o : f.facts()) {
                if (o instanceof MatchPolicy) continue;
                b.append("\n     - ").append(io.triangulate.rules.FactWords.describe(o));
            }
            out.add(b.toString());
        }
        return List.copyOf(out);
    }

    /** The rules' conclusions, by event. */
    private static final class Conclusions {
        final Map<String, List<Flag>> flags;
        final Map<String, List<GroupFigure>> figures;
        final Map<String, PerpetratorVerdict> perpetrators = new HashMap<>();
        final Map<String, List<ConfidenceNote>> notes;

        Conclusions(BlockSession session) {
            flags = session.facts(Flag.class).stream().collect(Collectors.groupingBy(Flag::event));
            figures = session.facts(GroupFigure.class).stream().collect(Collectors.groupingBy(GroupFigure::event));
            notes = session.facts(ConfidenceNote.class).stream().collect(Collectors.groupingBy(ConfidenceNote::event));
            // The precedence is the rules' (perpetrator.drl): two verdicts for one event mean the rules, as edited,
            // overlap, and the block fails naming both rather than Java choosing between them.
            for (PerpetratorVerdict v : session.facts(PerpetratorVerdict.class)) {
                PerpetratorVerdict other = perpetrators.putIfAbsent(v.event(), v);
                if (other != null) {
                    List<String> rules = new ArrayList<>(List.of(other.rule(), v.rule()));
                    rules.sort(Comparator.naturalOrder());
                    throw new IllegalStateException("the perpetrator rules gave event " + v.event() + " two verdicts: \""
                            + rules.get(0) + "\" and \"" + rules.get(1) + "\"");
                }
            }
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
                .filter(a -> !lexicons.shared().descriptorNames().contains(a)).sorted().findFirst().orElse(null);
        java.time.LocalDate day = m.date() == null ? null : m.date().value();
        java.time.DayOfWeek weekday = m.date() == null ? null : m.date().weekday();
        if (p == null) return new Mention(m.id(), block, m.report(), "no place", null, null, null, null, null, -1, day, weekday, actor, null, null);
        return new Mention(m.id(), block, m.report(), p.name(), p.id(), p.cityId(), p.admin1Code(), p.admin2Code(), p.countryCode(), p.rank(),
                day, weekday, actor, p.lat(), p.lon(), m.aftermathDate());
    }

    /** The last sentence of a report's title and lead (0 is the title). */
    private static final int LEAD_SENTENCE = 1;

    /** Everything the judging rules read about one event. */
    private List<Object> factsAbout(Draft d, String block, boolean main, boolean analystGroup, Map<String, Report> reports) {
        List<Object> out = new ArrayList<>();
        // Sentence 0 is a report's title, 1 its lead: an event told there is the report's main story.
        boolean lead = d.mentions.stream().flatMap(m -> m.claims().stream()).anyMatch(c -> c.source().sentence() <= LEAD_SENTENCE);
        out.add(new EventInBlock(d.id, block, d.reports().size(), main, d.place.name() + ", " + describe(d.date), analystGroup, lead));
        TreeSet<String> groups = new TreeSet<>();
        for (EventMention m : d.mentions) {
            out.add(new InEvent(m.id(), d.id, m.report()));
            Report r = reports.get(m.report());
            for (Claim c : m.claims()) {
                if (c instanceof CasualtyClaim cc) {
                    long split = m.claims().stream().filter(o -> o instanceof CasualtyClaim oc && oc.kind().equals(cc.kind())
                            && !oc.victims().equals("unknown")).map(o -> ((CasualtyClaim) o).victims()).distinct().count();
                    out.add(casualty(d.id, cc, r, split > 1));
                    if (!cc.kind().equals("captured")) groups.add(cc.kind() + "\t" + cc.victims());
                } else if (c instanceof ResponsibilityClaim rc) {
                    Lexicon.Actor a = lexicons.shared().actorsByName().get(rc.actor());
                    out.add(new Responsibility(d.id, rc.id(), rc.source().report(), rc.actor(), rc.stance(), rc.source().attributedTo(),
                            rc.source().sourceKind(), a != null && a.isDescriptor(), a == null || a.affiliation().isEmpty() ? null : a.affiliation()));
                    out.add(new Statement(d.id, c.id(), c.source().report(), c.kind(), c.value(), c.source().hedged(), c.source().attributedTo()));
                } else if (c instanceof TargetClaim) {
                    out.add(new Statement(d.id, c.id(), c.source().report(), c.kind(), c.value(), c.source().hedged(), c.source().attributedTo()));
                }
            }
        }
        for (String g : groups) {
            String[] kv = g.split("\t");
            out.add(new CasualtyGroup(d.id, kv[0], kv[1]));
        }
        out.addAll(reportsInEvent(d, reports));
        return out;
    }

    private Casualty casualty(String event, CasualtyClaim c, Report r, boolean oneOfSeveralGroups) {
        Integer min = c.qualitative() ? Integer.valueOf(1) : c.low();
        Integer max = c.qualitative() ? null : c.high();
        boolean revision = false;
        boolean earlier = false;
        // Toll words are read in the claim's report's language.
        Lexicon words = lexicons.ofOrShared(r == null ? null : r.language());
        for (PhraseIndex.Match<String> m : words.tollWords().findAll(Tokenizer.tokens(c.source().text()))) {
            if (m.value().equals("revision")) revision = true;
            else earlier = true;
        }
        return new Casualty(c.id(), event, c.source().report(), c.kind(), min, max, c.victims(), c.qualifier(),
                c.source().hedged(), c.source().sourceKind(), c.source().attributedTo(),
                r == null ? null : r.publishedDate(), r == null ? null : r.rating(), revision, earlier, oneOfSeveralGroups, c.onePerson());
    }

    /** A speaker's identity for independence: the perpetrator side and the official side are one speaker each. */
    private static String speakerKey(String kind, String name) {
        if (kind.equals("perpetrator") || kind.equals("official")) return kind;
        return name == null ? null : kind + ":" + name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String speakerKey(Claim c) {
        return speakerKey(c.source().sourceKind(), c.source().attributedTo());
    }

    /** What a claim asserts, for telling a report's own claims from repeated ones. */
    private static String claimKey(Claim c) {
        if (c instanceof CasualtyClaim cc) return cc.kind() + "|" + cc.low() + "|" + cc.high() + "|" + cc.victims();
        if (c instanceof ResponsibilityClaim rc) return "responsibility|" + rc.stance();
        return null;
    }

    /** Per report of the event: its speakers and claims against the others', shared quotations, closest report. */
    private List<ReportInEvent> reportsInEvent(Draft d, Map<String, Report> reports) {
        Map<String, List<Claim>> claimsByReport = new TreeMap<>();
        Map<String, Set<String>> speakersByReport = new TreeMap<>();
        for (EventMention m : d.mentions) {
            claimsByReport.computeIfAbsent(m.report(), k -> new ArrayList<>()).addAll(m.claims());
            Set<String> keys = speakersByReport.computeIfAbsent(m.report(), k -> new TreeSet<>());
            for (var sp : m.speakers()) {
                String key = speakerKey(sp.kind(), sp.name());
                if (key != null) keys.add(key);
            }
        }
        List<SourceOverlap.Read> reads = new ArrayList<>();
        for (String id : claimsByReport.keySet()) if (reports.containsKey(id)) reads.add(SourceOverlap.read(reports.get(id)));
        List<ReportInEvent> out = new ArrayList<>();
        for (SourceOverlap.Read read : reads) {
            String id = read.report();
            Set<String> speakers = new TreeSet<>();
            Set<String> claims = new TreeSet<>();
            Set<String> otherSpeakers = new TreeSet<>();
            Set<String> otherClaims = new TreeSet<>();
            for (Map.Entry<String, Set<String>> e : speakersByReport.entrySet()) {
                (e.getKey().equals(id) ? speakers : otherSpeakers).addAll(e.getValue());
            }
            for (Map.Entry<String, List<Claim>> e : claimsByReport.entrySet()) {
                for (Claim c : e.getValue()) {
                    String s = speakerKey(c);
                    String k = claimKey(c);
                    if (e.getKey().equals(id)) {
                        if (s != null) speakers.add(s);
                        if (k != null) claims.add(k);
                    } else {
                        if (s != null) otherSpeakers.add(s);
                        if (k != null) otherClaims.add(k);
                    }
                }
            }
            String closest = null;
            double best = -1;
            for (SourceOverlap.Read other : reads) {
                if (other == read) continue;
                double sim = SourceOverlap.similarity(read, other);
                if (sim > best) {
                    best = sim;
                    closest = other.report();
                }
            }
            Report r = reports.get(id);
            out.add(new ReportInEvent(d.id, id, r.publishedDate(), r.rating(), List.copyOf(speakers),
                    (int) speakers.stream().filter(s -> !otherSpeakers.contains(s)).count(), claims.size(),
                    (int) claims.stream().filter(k -> !otherClaims.contains(k)).count(),
                    SourceOverlap.sharedQuotations(read, reads), Math.max(0, best), closest,
                    closest != null && cameFirst(reports.get(closest), claimCount(claimsByReport.get(closest)), r, claims.size())));
        }
        return out;
    }

    /** {@code a} came before {@code b}: published earlier; on the same or an unknown day, holding more claims; else the smaller id. */
    private static boolean cameFirst(Report a, int aClaims, Report b, int bClaims) {
        LocalDate pa = a.publishedDate();
        LocalDate pb = b.publishedDate();
        if (pa != null && pb != null && !pa.equals(pb)) return pa.isBefore(pb);
        if (aClaims != bClaims) return aClaims > bClaims;
        return a.id().compareTo(b.id()) < 0;
    }

    private static int claimCount(List<Claim> claims) {
        return (int) claims.stream().map(Reconciler::claimKey).filter(k -> k != null).distinct().count();
    }

    /** The event's independent reports and original speakers, with derivative reports set aside. */
    private EventSources sources(Draft d, Set<String> derivative) {
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (EventMention m : d.mentions) {
            if (derivative.contains(m.report())) continue;
            for (Claim c : m.claims()) {
                String key = speakerKey(c);
                if (key != null) names.computeIfAbsent(key, k -> new TreeSet<>()).add(c.source().attributedTo());
            }
            for (var sp : m.speakers()) {
                String key = speakerKey(sp.kind(), sp.name());
                if (key != null) names.computeIfAbsent(key, k -> new TreeSet<>()).add(sp.name());
            }
        }
        List<String> speakers = names.values().stream().map(n -> String.join("/", n)).sorted().toList();
        int independentReports = (int) d.reports().stream().filter(r -> !derivative.contains(r)).count();
        return new EventSources(d.id, d.reports(), independentReports, speakers, d.place.name(), describe(d.date));
    }

    /** The finest place that contains every town-level mention's place (country-level ones only confirm it). */
    private Place place(List<EventMention> mentions) {
        List<Place> named = mentions.stream().map(EventMention::place).filter(java.util.Objects::nonNull).toList();
        List<Place> towns = named.stream().filter(p -> p.rank() > 1).toList();
        // "San Diego County" beside "San Diego": a county that holds a town named with it does not coarsen the town.
        List<Place> places = towns.stream().filter(p -> p.rank() != 2 || towns.stream().noneMatch(o -> o.rank() > 2 && p.contains(o))).toList();
        // A country or division that only contains the finer places named (a report that joined coarsely) does not coarsen them.
        if (places.isEmpty()) places = named.stream().filter(p -> named.stream().noneMatch(o -> o != p && !o.id().equals(p.id()) && p.contains(o))).toList();
        List<Place> candidates = new ArrayList<>();
        Place first = places.stream().max(Comparator.comparingInt(Place::rank).thenComparing(Place::id)).orElseThrow();
        candidates.add(first);
        if (first.cityId() != null && gazetteer.place(first.cityId()) != null) candidates.add(gazetteer.place(first.cityId()));
        if (first.admin1Code() != null && gazetteer.place("A:" + first.admin1Code()) != null) candidates.add(gazetteer.place("A:" + first.admin1Code()));
        if (gazetteer.country(first.countryCode()) != null) candidates.add(gazetteer.country(first.countryCode()));
        for (Place c : candidates) {
            final List<Place> all = places;
            if (all.stream().allMatch(p -> c.id().equals(p.id()) || c.contains(p))) {
                // Places that nest or share a city give their common place; places that only lie near each other (a
                // near miss the rules let join, flagged PLACE_CONFLICT) give the one most reports name.
                if (c.rank() >= 2 || all.stream().allMatch(p -> p.compatible(first))) return c;
                break;
            }
        }
        Map<String, Set<String>> reportsAt = new TreeMap<>();
        Map<String, Place> byId = new HashMap<>();
        for (EventMention m : mentions) {
            if (m.place() == null || m.place().rank() <= 1) continue;
            reportsAt.computeIfAbsent(m.place().id(), k -> new TreeSet<>()).add(m.report());
            byId.put(m.place().id(), m.place());
        }
        return byId.values().stream().max(Comparator.<Place>comparingInt(p -> reportsAt.get(p.id()).size())
                .thenComparingInt(Place::rank).thenComparing(Place::id, Comparator.reverseOrder())).orElse(first);
    }

    private static EventDateRange date(List<EventMention> mentions) {
        TreeSet<LocalDate> days = new TreeSet<>();
        Map<LocalDate, Set<String>> reportsOn = new TreeMap<>();
        TreeSet<java.time.DayOfWeek> weekdays = new TreeSet<>();
        LocalDate periodStart = null;
        LocalDate periodEnd = null;
        String periodPrecision = null;
        for (EventMention m : mentions) {
            if (m.date() == null) continue;
            if (m.date().value() != null) {
                days.add(m.date().value());
                reportsOn.computeIfAbsent(m.date().value(), k -> new TreeSet<>()).add(m.report());
            }
            else if (m.date().start() != null) {
                // Periods ("last week") narrow to what they share.
                periodStart = periodStart == null || m.date().start().isAfter(periodStart) ? m.date().start() : periodStart;
                periodEnd = periodEnd == null || m.date().end().isBefore(periodEnd) ? m.date().end() : periodEnd;
                periodPrecision = m.date().precision();
            } else weekdays.add(m.date().weekday());
        }
        if (!days.isEmpty()) {
            // The day most reports give (the earliest of equals): one report's stray day does not move the event.
            LocalDate best = days.first();
            for (LocalDate d : days) if (reportsOn.get(d).size() > reportsOn.get(best).size()) best = d;
            return new EventDateRange(best, days.first(), days.last(), days.size() == 1 ? best.getDayOfWeek() : null, "day");
        }
        if (weekdays.size() == 1) return new EventDateRange(null, null, null, weekdays.first(), "weekday");
        if (periodStart != null && !periodStart.isAfter(periodEnd)) return new EventDateRange(null, periodStart, periodEnd, null, periodPrecision);
        return new EventDateRange(null, null, null, null, "unknown");
    }

    private static String describe(EventDateRange d) {
        if (d.value() != null) return d.value().toString();
        if (d.weekday() != null) return d.weekday().toString().charAt(0) + d.weekday().toString().substring(1).toLowerCase(java.util.Locale.ROOT);
        if (d.start() != null) return d.start() + ".." + d.end();
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

    private ReconciledEvent build(Draft d, EventSources sources, Conclusions found, List<String> overridesApplied, List<String> trace) {
        List<Claim> claims = d.claims();
        List<Flag> sortedFlags = found.flags.getOrDefault(d.id, List.of()).stream()
                .sorted(Comparator.comparing((Flag f) -> f.code().code()).thenComparing(f -> String.join(",", f.claims()))
                        .thenComparing(f -> String.join(",", f.reports())).thenComparing(Flag::note)).toList();
        List<GroupFigure> groups = found.figures.getOrDefault(d.id, List.of());
        List<CasualtyFigures.VictimFigure> byVictims = groups.stream()
                .sorted(Comparator.comparing(GroupFigure::kind).thenComparing(GroupFigure::victims))
                .map(g -> new CasualtyFigures.VictimFigure(g.kind(), g.victims(), new Figure(g.low(), g.best(), g.high(), g.rule(), g.claims(), g.highAtLeast())))
                .toList();
        Figure killed = Totals.of(groups, "killed");
        Figure injured = Totals.of(groups, "injured");
        Figure either = Totals.of(groups, "killed_or_injured");
        if (countsTheHit(claims)) {
            // "4 shot, 1 dead" leaves three wounded, even where one of them is also counted on his own ("a man was stabbed").
            Figure survivors = Totals.survivors(either, killed);
            boolean closed = injured.low() != null && injured.high() != null;
            if (survivors.low() != null && (injured.low() == null || closed && survivors.low() > injured.high())) injured = survivors;
        }
        CasualtyFigures figures = new CasualtyFigures(killed, injured, either, byVictims);
        List<String> targets = claims.stream().filter(c -> c instanceof TargetClaim).map(Claim::value).distinct().sorted().toList();
        PerpetratorVerdict v = found.perpetrators.get(d.id);
        Perpetrator perpetrator = v == null ? new Perpetrator(null, "unknown", List.of(), null, List.of())
                : new Perpetrator(v.actor(), v.status().code(), v.claimants(), v.rule(), v.claims());
        return new ReconciledEvent(d.id, d.reports(), d.mentions.stream().map(EventMention::id).toList(), sources.independentSpeakers(),
                sources.speakers(), d.place, d.date, perpetrator, targets, figures, sortedFlags,
                confidence(found.notes.getOrDefault(d.id, List.of())), overridesApplied, claims, trace);
    }

    /**
     * The event's killed-or-injured figures count people hit ("four people were shot"), not casualties ("40
     * casualties"): then those hit and not reported killed were wounded.
     */
    private static boolean countsTheHit(List<Claim> claims) {
        boolean hit = false;
        for (Claim c : claims) {
            if (!(c instanceof CasualtyClaim cc) || !cc.kind().equals("killed_or_injured") || cc.negated() || cc.qualitative()) continue;
            if (!cc.hit()) return false;
            hit = true;
        }
        return hit;
    }

    /** The lowest level any note allows; the notes, lowest level first. */
    private static Confidence confidence(List<ConfidenceNote> notes) {
        if (notes.isEmpty()) return new Confidence(Level.MEDIUM.code(), List.of(), List.of());
        // Level's order is high, medium, low: the lowest level is the greatest.
        String level = notes.stream().map(ConfidenceNote::level).max(Comparator.naturalOrder()).orElseThrow().code();
        List<String> text = notes.stream().sorted(Comparator.comparing(ConfidenceNote::level).reversed().thenComparing(ConfidenceNote::note))
                .map(ConfidenceNote::note).distinct().toList();
        return new Confidence(level, text, notes.stream().map(ConfidenceNote::rule).distinct().sorted().toList());
    }
}
