package org.lineage.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed vocabulary whose values are written in YAML as lower-case words. */
public interface Keyed {
    /** The word used in YAML. */
    String key();

    /** The value of {@code type} written {@code key}. */
    static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every word of the vocabulary, in declaration order. */
    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
