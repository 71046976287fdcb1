package org.lineage.model;

/** An entity's identity across kinds: the same id may name a capability and a glossary term. */
public record EntityKey(Kind kind, String id) implements Comparable<EntityKey> {
    // Written out rather than left to the record's generated methods: these keys are compared and
    // hashed in the hundreds of thousands on every build, and the generated ones go through method
    // handles that the quick compiler does not inline.

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof EntityKey k && k.kind == kind && k.id.equals(id));
    }

    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + id.hashCode();
    }

    @Override
    public int compareTo(EntityKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind.singular() + ":" + id;
    }
}
