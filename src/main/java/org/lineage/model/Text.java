package org.lineage.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text field: either language-neutral (a model name) or one string per site language.
 *
 * @param neutral the language-neutral value, empty for a per-language text
 * @param byLanguage the per-language values, sorted by language code
 */
public record Text(Optional<String> neutral, Map<String, String> byLanguage) {
    public Text {
        Objects.requireNonNull(neutral, "neutral");
        byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
        if (neutral.isEmpty() && byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs a neutral value or a language");
        }
    }

    public static Text neutral(String value) {
        return new Text(Optional.of(value), Map.of());
    }

    public static Text of(Map<String, String> byLanguage) {
        return new Text(Optional.empty(), byLanguage);
    }

    /** True when this text is written for {@code lang} or needs no translation. */
    public boolean hasLanguage(String lang) {
        return neutral.isPresent() || byLanguage.containsKey(lang);
    }

    /**
     * The value for {@code lang}, falling back to the neutral value, then to {@code fallback}, then
     * to any language (so that a page always shows something).
     */
    public String in(String lang, String fallback) {
        String v = byLanguage.get(lang);
        if (v != null) {
            return v;
        }
        if (neutral.isPresent()) {
            return neutral.get();
        }
        v = byLanguage.get(fallback);
        return v != null ? v : byLanguage.values().iterator().next();
    }
}
