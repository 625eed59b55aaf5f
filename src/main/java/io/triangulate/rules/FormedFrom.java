package io.triangulate.rules;

/** This mention is one of the formed event's. */
public record FormedFrom(String mention, String cluster) {}
