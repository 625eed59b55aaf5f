package io.triangulate.codes;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A coded value: one of a closed set that the tables, the rules and the output all write the same way. Each set is
 * an enum, so Java and DRL share one list: a DRL rule names the constant ({@code Tier.FIRM}) and a misspelt one
 * fails at rule build with its file and line; a table or a DRL literal is checked against {@link #codes}.
 */
public interface Coded {
    /** The constant's name (every enum has it). */
    String name();

    /** How the value is written in tables, DRL literals and the output: the constant's name in lower case. */
    @com.fasterxml.jackson.annotation.JsonValue
    default String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value written {@code code}, if the set has it. */
    static <E extends Enum<E> & Coded> Optional<E> of(Class<E> set, String code) {
        for (E e : set.getEnumConstants()) if (e.code().equals(code)) return Optional.of(e);
        return Optional.empty();
    }

    /** Every code of a set. */
    static <E extends Enum<E> & Coded> Set<String> codes(Class<E> set) {
        return Arrays.stream(set.getEnumConstants()).map(Coded::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code code} is this value's code (a null code is no value). */
    default boolean is(String code) {
        return code().equals(code);
    }
}
