package org.lineage.model;

import java.util.Comparator;

/** An entity's identity across kinds: the same id may name a capability and a glossary term. */
public record EntityKey(Kind kind, String id) implements Comparable<EntityKey> {
    private static final Comparator<EntityKey> ORDER =
            Comparator.comparing(EntityKey::kind).thenComparing(EntityKey::id);

    @Override
    public int compareTo(EntityKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return kind.singular() + ":" + id;
    }
}
