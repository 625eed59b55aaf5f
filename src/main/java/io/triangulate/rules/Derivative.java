package io.triangulate.rules;

/** A report the rules found to repeat others without a speaker or claim of its own; {@code closest} is the report it is nearest. */
public record Derivative(String event, String report, String closest, String rule) {}
