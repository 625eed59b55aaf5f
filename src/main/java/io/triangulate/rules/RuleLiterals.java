package io.triangulate.rules;

import io.triangulate.codes.Coded;
import io.triangulate.codes.FlagCode;
import io.triangulate.codes.Level;
import io.triangulate.codes.Precision;
import io.triangulate.codes.Qualifier;
import io.triangulate.codes.SourceKind;
import io.triangulate.codes.Stance;
import io.triangulate.codes.Tier;
import io.triangulate.codes.Victims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a rule writes, checked before the rules are built, since Drools reports these badly or not at all.
 * Coded values: a value outside its field's
 * set ({@code stance == "claimd"}) would match nothing and silently change results, and a quoted value against a
 * field that holds an enum ({@code tier == "firm"}) does not compile, with an error Drools locates in generated
 * code; a misspelt enum constant ({@code Level.MEDUIM}) is "unknown field" with no line. And a quoted value
 * against a number ({@code min > "many"}) makes Drools throw a bare NumberFormatException. Each becomes an error at
 * the value's own file, line and column.
 */
final class RuleLiterals {
    private RuleLiterals() {}

    /** Fact fields that hold text from the tables, with the codes each may hold. */
    static final Map<String, Set<String>> TEXT_FIELDS = Map.of(
            "stance", Coded.codes(Stance.class),
            "qualifier", Coded.codes(Qualifier.class),
            "victims", Coded.codes(Victims.class),
            "sourceKind", Coded.codes(SourceKind.class),
            "precision", Coded.codes(Precision.class),
            "action", Overrides.ACTIONS);

    /** Fact fields that hold an enum: the rules name its constants. */
    static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of(
            "status", Stance.class,
            "tier", Tier.class,
            "code", FlagCode.class,
            "severity", Level.class,
            "level", Level.class);

    /** A field compared with a quoted value: {@code stance == "claimd"}. One character class per part: linear. */
    private static final Pattern COMPARISON = Pattern.compile("\\b([A-Za-z]+)\\s*[!=]=\\s*\"([^\"\\n]*)\"");

    /** The coded-value enums a rule may name, by simple name. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "Stance", Stance.class, "Tier", Tier.class, "FlagCode", FlagCode.class, "Level", Level.class,
            "Victims", Victims.class, "Qualifier", Qualifier.class, "SourceKind", SourceKind.class, "Precision", Precision.class);

    /** An enum constant named in a rule: {@code FlagCode.SEPARATE_EVENT}. Linear: one class per part. */
    private static final Pattern CONSTANT = Pattern.compile("\\b(Stance|Tier|FlagCode|Level|Victims|Qualifier|SourceKind|Precision)\\.([A-Za-z_][A-Za-z_0-9]*)");

    /** A field compared with a quoted value by any operator: {@code min > "many"}. Linear. */
    private static final Pattern QUOTED = Pattern.compile("\\b([A-Za-z]+)\\s*(?:[!=<>]=|<|>)\\s*\"([^\"\\n]*)\"");

    /**
     * The fields that hold a number in every record the rules import that has them ({@code min}, {@code rating}):
     * a quoted value against one makes Drools fail with a bare NumberFormatException, nowhere located.
     */
    static Set<String> numericFields(java.util.Collection<String> classNames) {
        Map<String, Boolean> numeric = new java.util.HashMap<>();
        for (String name : classNames) {
            Class<?> c;
            try {
                c = Class.forName(name, false, RuleLiterals.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // Drools reports an unknown import with its line
            }
            if (!c.isRecord()) continue;
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                Class<?> t = rc.getType();
                boolean isNumber = t == int.class || t == long.class || t == double.class || Number.class.isAssignableFrom(t);
                numeric.merge(rc.getName(), isNumber, Boolean::logicalAnd);
            }
        }
        Set<String> out = new TreeSet<>();
        numeric.forEach((field, isNumber) -> {
            if (isNumber) out.add(field);
        });
        return out;
    }

    /** The errors in one DRL file's text, each at its line and column (1-based). */
    static List<RuleError> check(String file, String text) {
        return check(file, text, Set.of());
    }

    /** As {@link #check(String, String)}, and a quoted value against any of {@code numeric} is an error too. */
    static List<RuleError> check(String file, String text, Set<String> numeric) {
        List<RuleError> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) continue;
            // A misspelt constant: Drools says "unknown field" with no line, or errs in generated code.
            Matcher c = CONSTANT.matcher(line);
            while (c.find()) {
                Class<? extends Enum<?>> set = ENUMS.get(c.group(1));
                boolean known = false;
                for (Enum<?> e : set.getEnumConstants()) known |= e.name().equals(c.group(2));
                if (!known) out.add(new RuleError(file, i + 1, c.start(2) + 1, c.group(1) + " has no " + c.group(2) + " (it has "
                        + constants(set) + ")"));
            }
            Matcher q = QUOTED.matcher(line);
            while (q.find()) {
                if (numeric.contains(q.group(1)) && !q.group(2).matches("-?[0-9]{1,18}(\\.[0-9]{1,18})?")) {
                    out.add(new RuleError(file, i + 1, q.start(2) + 1, q.group(1) + " is a number: write one, not \"" + q.group(2) + "\""));
                }
            }
            Matcher m = COMPARISON.matcher(line);
            while (m.find()) {
                String field = m.group(1);
                String value = m.group(2);
                Set<String> known = TEXT_FIELDS.get(field);
                Class<? extends Enum<?>> set = ENUM_FIELDS.get(field);
                if (known != null && !known.contains(value)) {
                    out.add(new RuleError(file, i + 1, m.start(2) + 1, field + " is never \"" + value + "\" (its values: "
                            + String.join(", ", new TreeSet<>(known)) + ")"));
                } else if (set != null) {
                    String name = set.getSimpleName();
                    String constant = null;
                    for (Enum<?> e : set.getEnumConstants()) if (((Coded) e).code().equals(value)) constant = name + "." + e.name();
                    out.add(new RuleError(file, i + 1, m.start(2) + 1, field + " is a " + name + ": write "
                            + (constant != null ? constant : "one of " + constants(set)) + ", not \"" + value + "\""));
                }
            }
        }
        return out;
    }

    private static String constants(Class<? extends Enum<?>> set) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : set.getEnumConstants()) names.add(set.getSimpleName() + "." + e.name());
        return String.join(", ", names);
    }
}
