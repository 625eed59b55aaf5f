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
import io.triangulate.lexicon.PolicyTables;
import io.triangulate.rules.AnalystOverride;
import io.triangulate.rules.BlockSession;
import io.triangulate.rules.Casualty;
import io.triangulate.rules.CasualtyGroup;
import io.triangulate.rules.ConfidenceNote;
import io.triangulate.rules.Derivative;
import io.triangulate.rules.EventConfidence;
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
import io.triangulate.rules.Responsibility;
import io.triangulate.rules.RuleBase;
import io.triangulate.rules.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    private final SourceAnalysis sourceAnalysis;
    /** The policy tables' settings of reconciling (reconcile-settings.csv), read once. */
    private final PolicyTables tables;

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
        this.tables = lexicons.shared().policy();
        this.sourceAnalysis = new SourceAnalysis(tables.speakerSides(), tables.moreClaimsFirst());
    }

    /** A block's events and unassigned mentions, the overrides its rules applied, and its error if the rules failed. */
    public record BlockResult(List<ReconciledEvent> events, List<Unassigned> unassigned, Set<String> applied, String error, BlockTime time) {}

    /** Nanoseconds a block spent matching, judging (both in its rules session) and in the rest of reconciling. */
    public record BlockTime(long match, long judge, long reconcile) {
        static final BlockTime NONE = new BlockTime(0, 0, 0);
    }

    public BlockResult reconcile(String block, List<EventMention> mentions, Map<String, Report> reports) {
        return reconcile(block, mentions, reports, false);
    }

    /** {@code analystGroup}: the block is an analyst's group, where reports too coarse to match may join its main event. */
    public BlockResult reconcile(String block, List<EventMention> mentions, Map<String, Report> reports, boolean analystGroup) {
        long start = System.nanoTime();
        long matchNanos = 0;
        long judgeNanos = 0;
        Map<String, EventMention> byId = new LinkedHashMap<>();
        List<Mention> facts = new ArrayList<>();
        for (EventMention m : mentions) {
            byId.put(m.id(), m);
            facts.add(fact(block, m));
        }
        // The limit guards against a looping rule; a large block legitimately fires once per pair of its mentions.
        int limit = (int) Math.min(Integer.MAX_VALUE, fireLimit + 8L * facts.size() * facts.size());
        try (BlockSession session = new BlockSession(rules, limit, tracing)) {
            long t = System.nanoTime();
            BlockSession.Matching matching = session.match(policy, facts, overrides);
            List<Unassigned> unassigned = new ArrayList<>();
            List<List<Mention>> formed = new ArrayList<>(Clusters.of(facts, matching.same()));
            Map<String, String> coarseJoins = join(session, block, formed, analystGroup);
            matchNanos += System.nanoTime() - t;
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
            List<EventDraft> drafts = new ArrayList<>();
            for (List<EventMention> c : clusters) drafts.add(new EventDraft(c, EventDraft.place(c, gazetteer), EventDraft.date(c, tables.latestDayOnTie())));
            EventDraft.assignIds(drafts);
            EventDraft main = drafts.stream()
                    .max(Comparator.<EventDraft>comparingInt(d -> d.reports().size()).thenComparingInt(d -> d.mentions.size())
                            .thenComparing(d -> d.id, Comparator.reverseOrder()))
                    .orElse(null);

            // Judge what the reports say about each event.
            List<Object> judged = new ArrayList<>();
            for (EventDraft d : drafts) {
                judged.addAll(factsAbout(d, block, d == main, analystGroup, reports));
                for (EventMention m : d.mentions) {
                    if (coarseJoins.containsKey(m.id())) judged.add(new CoarseJoin(d.id, m.id(), m.report(), m.report() + " (" + coarseJoins.get(m.id()) + ")"));
                }
            }
            t = System.nanoTime();
            session.judge(judged);
            judgeNanos += System.nanoTime() - t;

            // Who each event rests on, once derivative reports are set aside; then confidence.
            Map<String, Set<String>> derivative = new HashMap<>();
            for (Derivative dv : session.facts(Derivative.class)) derivative.computeIfAbsent(dv.event(), k -> new TreeSet<>()).add(dv.report());
            Map<String, EventSources> sources = new HashMap<>();
            for (EventDraft d : drafts) sources.put(d.id, sourceAnalysis.sources(d, derivative.getOrDefault(d.id, Set.of())));
            t = System.nanoTime();
            session.judge(List.copyOf(sources.values()));
            judgeNanos += System.nanoTime() - t;

            Conclusions found = new Conclusions(session);
            List<ReconciledEvent> events = new ArrayList<>();
            List<BlockSession.Fired> trace = session.trace();
            for (EventDraft d : drafts) {
                Set<String> ids = d.mentions.stream().map(EventMention::id).collect(Collectors.toSet());
                List<String> applied = matching.overrides().stream()
                        .filter(o -> ids.contains(o.first()) && ids.contains(o.second()) || o.apart() && (ids.contains(o.first()) || ids.contains(o.second())))
                        .map(io.triangulate.rules.OverrideApplied::text).distinct().sorted().toList();
                events.add(build(d, sources.get(d.id), found, applied, explain(trace, d.id, ids)));
            }
            Set<String> appliedRows = matching.overrides().stream().map(io.triangulate.rules.OverrideApplied::where).collect(Collectors.toCollection(TreeSet::new));
            long all = System.nanoTime() - start;
            return new BlockResult(events, unassigned, appliedRows, null, new BlockTime(matchNanos, judgeNanos, all - matchNanos - judgeNanos));
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
        return new BlockResult(List.of(), failed, Set.of(), "block " + block + ": " + why, BlockTime.NONE);
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
        /** The level reconcile.drl gave each event. */
        final Map<String, Level> levels = new HashMap<>();

        Conclusions(BlockSession session) {
            flags = session.facts(Flag.class).stream().collect(Collectors.groupingBy(Flag::event));
            figures = session.facts(GroupFigure.class).stream().collect(Collectors.groupingBy(GroupFigure::event));
            notes = session.facts(ConfidenceNote.class).stream().collect(Collectors.groupingBy(ConfidenceNote::event));
            for (EventConfidence c : session.facts(EventConfidence.class)) levels.put(c.event(), c.level());
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
    private List<Object> factsAbout(EventDraft d, String block, boolean main, boolean analystGroup, Map<String, Report> reports) {
        List<Object> out = new ArrayList<>();
        // Sentence 0 is a report's title, 1 its lead: an event told there is the report's main story.
        boolean lead = d.mentions.stream().flatMap(m -> m.claims().stream()).anyMatch(c -> c.source().sentence() <= LEAD_SENTENCE);
        out.add(new EventInBlock(d.id, block, d.reports().size(), main, d.place.name() + ", " + EventDraft.describe(d.date), analystGroup, lead));
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
        out.addAll(sourceAnalysis.reportsInEvent(d, reports));
        return out;
    }

    private Casualty casualty(String event, CasualtyClaim c, Report r, boolean oneOfSeveralGroups) {
        Integer min = c.qualitative() ? Integer.valueOf(1) : c.low();
        Integer max = c.qualitative() ? null : c.high();
        return new Casualty(c.id(), event, c.source().report(), c.kind(), min, max, c.victims(), c.qualifier(),
                c.source().hedged(), c.source().sourceKind(), c.source().attributedTo(),
                r == null ? null : r.publishedDate(), r == null ? null : r.rating(), c.revision(), c.earlier(), oneOfSeveralGroups, c.onePerson());
    }

    private ReconciledEvent build(EventDraft d, EventSources sources, Conclusions found, List<String> overridesApplied, List<String> trace) {
        List<Claim> claims = d.claims();
        List<EventFlag> sortedFlags = found.flags.getOrDefault(d.id, List.of()).stream()
                .sorted(Comparator.comparing((Flag f) -> f.code().code()).thenComparing(f -> String.join(",", f.claims()))
                        .thenComparing(f -> String.join(",", f.reports())).thenComparing(Flag::note))
                .map(f -> new EventFlag(f.code(), f.field(), f.severity(), f.reports(), f.claims(), f.rule(), f.note())).toList();
        List<GroupFigure> groups = found.figures.getOrDefault(d.id, List.of());
        List<CasualtyFigures.VictimFigure> byVictims = groups.stream()
                .sorted(Comparator.comparing(GroupFigure::kind).thenComparing(GroupFigure::victims))
                .map(g -> new CasualtyFigures.VictimFigure(g.kind(), g.victims(), new Figure(g.low(), g.best(), g.high(), g.rule(), g.claims(), g.highAtLeast())))
                .toList();
        Figure killed = Totals.of(groups, "killed", tables.unknownTollAdded());
        Figure injured = Totals.of(groups, "injured", tables.unknownTollAdded());
        Figure either = Totals.of(groups, "killed_or_injured", tables.unknownTollAdded());
        if (tables.survivorsWounded() && countsTheHit(claims)) {
            // "4 shot, 1 dead" leaves three wounded (reconcile-settings.csv's survivors_of_the_hit), even where one of them is also counted on his own ("a man was stabbed").
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
                confidence(found.notes.getOrDefault(d.id, List.of()), found.levels.get(d.id)), overridesApplied, claims, trace);
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

    /**
     * The level reconcile.drl decided (its rule: the lowest any note allows); should an edited rule base decide none,
     * the table's default. The notes, lowest level first.
     */
    private Confidence confidence(List<ConfidenceNote> notes, Level decided) {
        String level = decided != null ? decided.code() : policy.defaultConfidence().code();
        List<String> text = notes.stream().sorted(Comparator.comparing(ConfidenceNote::level).reversed().thenComparing(ConfidenceNote::note))
                .map(ConfidenceNote::note).distinct().toList();
        return new Confidence(level, text, notes.stream().map(ConfidenceNote::rule).distinct().sorted().toList());
    }
}
