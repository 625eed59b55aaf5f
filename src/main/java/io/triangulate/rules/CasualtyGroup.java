package io.triangulate.rules;

/** One count of an event to reconcile: a kind (killed, injured, killed_or_injured) for one victim group. */
public record CasualtyGroup(String event, String kind, String victims) {}
