package io.triangulate.rules;

import java.util.List;

/** The rules (DRL or tables) cannot be built; nothing may be written. */
public final class RulesException extends RuntimeException {
    private final List<RuleError> errors;

    public RulesException(List<RuleError> errors) {
        super(errors.isEmpty() ? "rules cannot be built" : errors.get(0).located());
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() { return errors; }
}
