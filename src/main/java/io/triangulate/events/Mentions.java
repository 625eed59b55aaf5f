package io.triangulate.events;

import java.util.List;

/** Event mentions read from reports, and what could not become one. */
public record Mentions(List<EventMention> mentions, List<Unassigned> unassigned) {}
