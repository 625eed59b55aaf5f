package io.triangulate.rules;

/**
 * Why an event's perpetrator is disputed, as perpetrator.drl found it: {@code rivals}, sources name different actors;
 * otherwise an actor's claim (or naming) is contradicted by the same actor's denial. Inserted logically, once per
 * event and reason however many pairs of claims show it.
 */
public record PerpetratorDispute(String event, boolean rivals, String rule) {}
