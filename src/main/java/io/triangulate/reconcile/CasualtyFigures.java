package io.triangulate.reconcile;

/** The reconciled counts of an event. */
public record CasualtyFigures(Figure killed, Figure injured, Figure killedOrInjured) {}
