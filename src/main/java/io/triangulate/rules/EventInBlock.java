package io.triangulate.rules;

/**
 * An event formed in a block: how many reports tell it, whether it is the block's main event (the one most reports
 * describe), against which split-offs are flagged, whether the block is an analyst's group (not a cut of a pooled
 * stream), and whether some report tells it in its title or lead (its main story, not a passing mention).
 */
public record EventInBlock(String event, String block, int reports, boolean main, String description, boolean analystGroup,
                           boolean lead) {
    /** An event of an analyst's group that some report leads with. */
    public EventInBlock(String event, String block, int reports, boolean main, String description) {
        this(event, block, reports, main, description, true, true);
    }
}
