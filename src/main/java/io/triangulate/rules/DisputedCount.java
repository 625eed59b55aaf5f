package io.triangulate.rules;

/**
 * A count of an event that some claims disagree about (casualties.killed, …): one fact per count however many
 * pairs disagree, so that the flag is gathered once per count and not once per pair.
 */
public record DisputedCount(String event, String field) {}
