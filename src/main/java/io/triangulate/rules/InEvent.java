package io.triangulate.rules;

/** After clustering: this mention belongs to this event. */
public record InEvent(String mention, String event, String report) {}
