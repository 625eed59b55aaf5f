package io.triangulate.events;

/** A report, or one mention of it ({@code mention} non-null), that belongs to no event, and why. */
public record Unassigned(String report, String mention, String reason) {}
