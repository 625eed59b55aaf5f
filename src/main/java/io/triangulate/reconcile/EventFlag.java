package io.triangulate.reconcile;

import io.triangulate.codes.FlagCode;
import io.triangulate.codes.Level;

import java.util.List;

/**
 * A flag on a reconciled event, as the output shows it: its code, the field it is about, severity, the reports and
 * claims behind it, the rule that raised it, and a sentence a person reads. (The rules' own fact is
 * {@code io.triangulate.rules.Flag}; the writers depend on this, not on the rules' facts.)
 */
public record EventFlag(FlagCode code, String field, Level severity, List<String> reports, List<String> claims, String rule, String note) {}
