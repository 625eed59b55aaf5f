package io.triangulate.reconcile;

import java.util.List;

/**
 * The reconciled counts of an event: in total per kind, and per kind and victim group as the rules set
 * them ({@code byVictims}, sorted by kind then victims).
 */
public record CasualtyFigures(Figure killed, Figure injured, Figure killedOrInjured, List<VictimFigure> byVictims) {

    /** One count for one victim group: killed civilians, injured police… */
    public record VictimFigure(String kind, String victims, Figure figure) {}

    /** The figure reconciled for this kind and these victims, or null when the rules set none. */
    public Figure of(String kind, String victims) {
        return byVictims.stream().filter(v -> v.kind().equals(kind) && v.victims().equals(victims)).map(VictimFigure::figure)
                .findFirst().orElse(null);
    }

    /** The same figures with one total replaced (an analyst's pin). */
    public CasualtyFigures withTotal(String kind, Figure f) {
        return switch (kind) {
            case "killed" -> new CasualtyFigures(f, injured, killedOrInjured, byVictims);
            case "injured" -> new CasualtyFigures(killed, f, killedOrInjured, byVictims);
            default -> new CasualtyFigures(killed, injured, f, byVictims);
        };
    }
}
