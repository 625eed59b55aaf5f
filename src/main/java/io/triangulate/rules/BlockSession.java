package io.triangulate.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One Drools session for one block, in steps: {@link #match} inserts the mentions and lets the matching
 * rules decide pairs; {@link #judge} inserts facts about the events Java formed from those pairs (their
 * claims, reports, and later who they rest on) and lets the rules flag and reconcile them. A rule that throws, or a block that fires more than the limit
 * (an analyst's edit that loops), fails only this block, with the rule named.
 */
public final class BlockSession implements AutoCloseable {
    public static final int DEFAULT_FIRE_LIMIT = 10_000;

    private final KieSession session;
    private final int fireLimit;
    private String lastRule = "(none)";
    /** How often each rule fired: a loop shows as the rules that fired most, not only the one that fired last. */
    private final java.util.Map<String, Integer> firedByRule = new java.util.TreeMap<>();
    private int fired;
    private final List<Fired> trace = new ArrayList<>();

    /** A rule that fired, and the facts it matched, in firing order: the trace {@code explain} prints. */
    public record Fired(int order, String rule, List<Object> facts) {}

    public BlockSession(RuleBase rules, int fireLimit) {
        this(rules, fireLimit, false);
    }

    /** With {@code tracing}, every rule that fires is kept with the facts it matched (for {@code explain}). */
    public BlockSession(RuleBase rules, int fireLimit, boolean tracing) {
        this.session = rules.kieBase().newKieSession();
        this.fireLimit = fireLimit;
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // Set before the consequence runs, so that a consequence that throws is blamed on its own rule.
                lastRule = event.getMatch().getRule().getName();
                firedByRule.merge(lastRule, 1, Integer::sum);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                if (tracing) trace.add(new Fired(trace.size() + 1, lastRule, List.copyOf(event.getMatch().getObjects())));
            }
        });
    }

    /** The pairs the matching rules decided, and the analyst's overrides they applied. */
    public record Matching(List<SameEvent> same, List<SeparateEvent> separate, List<OverrideApplied> overrides) {}

    public Matching match(MatchPolicy policy, Collection<Mention> mentions) {
        return match(policy, mentions, List.of());
    }

    public Matching match(MatchPolicy policy, Collection<Mention> mentions, Collection<AnalystOverride> overrides) {
        session.insert(policy);
        mentions.forEach(session::insert);
        overrides.forEach(session::insert);
        fire();
        return new Matching(facts(SameEvent.class), facts(SeparateEvent.class), facts(OverrideApplied.class));
    }

    /** Every rule that fired so far, in order. */
    public List<Fired> trace() {
        return List.copyOf(trace);
    }

    /** Inserts facts about the events Java formed and lets the rules judge them; read the conclusions with {@link #facts}. */
    public void judge(Collection<?> facts) {
        facts.forEach(session::insert);
        fire();
    }

    /** The facts of a type now in the session (in no particular order: callers sort). */
    public <T> List<T> facts(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects()) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    private void fire() {
        int n;
        try {
            n = session.fireAllRules(fireLimit - fired + 1);
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            // A rule's consequence may throw anything, a stale compiled class a NoSuchMethodError: the block fails,
            // the run goes on. Only the machine's own errors (out of memory) end the run.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            throw new BlockFailure("rule \"" + lastRule + "\" failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        }
        fired += n;
        if (fired > fireLimit) {
            List<String> most = firedByRule.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(3).map(e -> "\"" + e.getKey() + "\" " + e.getValue() + " times").toList();
            throw new BlockFailure("rules fired more than " + fireLimit + " times (a loop in an edited rule?); most often "
                    + String.join(", ", most) + "; rule \"" + lastRule + "\" was firing last");
        }
    }

    @Override
    public void close() {
        session.dispose();
    }

    /** This block's rules failed; the other blocks go on. */
    public static final class BlockFailure extends RuntimeException {
        public BlockFailure(String message) {
            super(message);
        }
    }
}
