package io.triangulate.rules;

/**
 * An event as the matching rules formed it, before reports too coarse to have matched anything may join:
 * whether it is its block's main event (the one most reports tell) and whether the block is an analyst's group.
 */
public record FormedEvent(String cluster, String block, boolean main, boolean analystGroup) {}
