package org.lineage.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The entities a claim is about (or a glossary term's "see also"), grouped by kind. */
public record About(Map<Kind, List<Ref>> byKind) {
    /** The kinds an {@code about} block may name, in the order of its YAML keys. */
    public static final List<Kind> KINDS =
            List.of(
                    Kind.MODEL,
                    Kind.CAPABILITY,
                    Kind.METHOD,
                    Kind.CLAIM,
                    Kind.SOURCE,
                    Kind.FAMILY,
                    Kind.TERM);

    public About {
        EnumMap<Kind, List<Ref>> copy = new EnumMap<>(Kind.class);
        byKind.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byKind = Collections.unmodifiableMap(copy);
    }

    public static About empty() {
        return new About(Map.of());
    }

    public List<Ref> of(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public boolean isEmpty() {
        return byKind.values().stream().allMatch(List::isEmpty);
    }

    /** Every reference with its kind. */
    public List<Entity.TypedRef> references() {
        return byKind.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(r -> new Entity.TypedRef(e.getKey(), r)))
                .toList();
    }
}
