package io.triangulate.codes;

/** What a flag says about an event (DESIGN.md lists each). */
public enum FlagCode implements Coded {
    CASUALTY_CONFLICT("CASUALTY_CONFLICT"),
    TOLL_REVISION("TOLL_REVISION"),
    PERPETRATOR_CONFLICT("PERPETRATOR_CONFLICT"),
    DATE_CONFLICT("DATE_CONFLICT"),
    PLACE_CONFLICT("PLACE_CONFLICT"),
    SEPARATE_EVENT("SEPARATE_EVENT"),
    PARTISAN_CLAIM("PARTISAN_CLAIM"),
    UNCONFIRMED("UNCONFIRMED"),
    SINGLE_SOURCE("SINGLE_SOURCE"),
    DERIVATIVE_REPORT("DERIVATIVE_REPORT"),
    COARSE_MATCH("COARSE_MATCH"),
    IMPLAUSIBLE_FIGURE("IMPLAUSIBLE_FIGURE");

    private final String code;

    FlagCode(String code) {
        this.code = code;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
