package io.triangulate.codes;

/** What a flag says about an event (DESIGN.md lists each). */
public enum FlagCode implements Coded {
    CASUALTY_CONFLICT,
    TOLL_REVISION,
    PERPETRATOR_CONFLICT,
    DATE_CONFLICT,
    PLACE_CONFLICT,
    SEPARATE_EVENT,
    PARTISAN_CLAIM,
    UNCONFIRMED,
    SINGLE_SOURCE,
    DERIVATIVE_REPORT,
    COARSE_MATCH,
    IMPLAUSIBLE_FIGURE;

    /** A flag's code keeps its capitals, as DESIGN.md and the output write it. */
    @Override
    public String code() {
        return name();
    }
}
