package io.triangulate.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
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
    private int fired;

    public BlockSession(RuleBase rules, int fireLimit) {
        this.session = rules.kieBase().newKieSession();
        this.fireLimit = fireLimit;
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                lastRule = event.getMatch().getRule().getName();
            }
        });
    }

    /** The pairs the matching rules decided. */
    public record Matching(List<SameEvent> same, List<SeparateEvent> separate) {}

    public Matching match(MatchPolicy policy, Collection<Mention> mentions) {
        session.insert(policy);
        mentions.forEach(session::insert);
        fire();
        List<SameEvent> same = new ArrayList<>();
        List<SeparateEvent> separate = new ArrayList<>();
        for (Object o : session.getObjects()) {
            if (o instanceof SameEvent s) same.add(s);
            else if (o instanceof SeparateEvent s) separate.add(s);
        }
        return new Matching(same, separate);
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
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            throw new BlockFailure("rule \"" + lastRule + "\" failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        }
        fired += n;
        if (fired > fireLimit) {
            throw new BlockFailure("rules fired more than " + fireLimit + " times; rule \"" + lastRule
                    + "\" was still firing (a loop in an edited rule?)");
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
