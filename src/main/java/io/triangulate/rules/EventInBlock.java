package io.triangulate.rules;

/**
 * An event formed in a block: how many reports tell it, and whether it is the block's main event (the one
 * most reports describe), against which split-offs are flagged.
 */
public record EventInBlock(String event, String block, int reports, boolean main, String description) {}
