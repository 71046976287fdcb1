package org.lineage.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything loaded from a content tree: the site settings, every entity by kind and id (sorted by
 * id), and the Markdown bodies per entity and language.
 */
public record KnowledgeBase(
        SiteConfig site,
        SortedMap<String, Family> families,
        SortedMap<String, Model> models,
        SortedMap<String, Capability> capabilities,
        SortedMap<String, Method> methods,
        SortedMap<String, Claim> claims,
        SortedMap<String, Source> sources,
        SortedMap<String, Term> terms,
        SortedMap<String, Page> pages,
        Map<EntityKey, Map<String, Body>> bodies) {

    public KnowledgeBase {
        families = frozen(Kind.FAMILY, families);
        models = frozen(Kind.MODEL, models);
        capabilities = frozen(Kind.CAPABILITY, capabilities);
        methods = frozen(Kind.METHOD, methods);
        claims = frozen(Kind.CLAIM, claims);
        sources = frozen(Kind.SOURCE, sources);
        terms = frozen(Kind.TERM, terms);
        pages = frozen(Kind.PAGE, pages);
        Map<EntityKey, Map<String, Body>> b = new TreeMap<>();
        bodies.forEach((k, v) -> b.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        bodies = Collections.unmodifiableMap(b);
    }

    /** Read-only, and noting each read while a page is recorded (see {@link Reads}). */
    private static <T> SortedMap<String, T> frozen(Kind kind, SortedMap<String, T> m) {
        return new TrackedMap<>(kind, m);
    }

    /** The entities of one kind, sorted by id. */
    public SortedMap<String, ? extends Entity> entities(Kind kind) {
        return switch (kind) {
            case FAMILY -> families;
            case MODEL -> models;
            case CAPABILITY -> capabilities;
            case METHOD -> methods;
            case CLAIM -> claims;
            case SOURCE -> sources;
            case TERM -> terms;
            case PAGE -> pages;
        };
    }

    /** Every entity of every kind, kind by kind, each kind sorted by id. */
    public Stream<Entity> all() {
        return Stream.of(Kind.values()).flatMap(k -> entities(k).values().stream());
    }

    public Optional<Entity> find(Kind kind, String id) {
        return Optional.ofNullable(entities(kind).get(id));
    }

    /** The bodies of one entity by language; empty when it has none. */
    public Map<String, Body> bodiesOf(Kind kind, String id) {
        return bodies.getOrDefault(new EntityKey(kind, id), Map.of());
    }

    /**
     * Whether {@code other} holds the very same entity objects as this one for each of {@code
     * kinds}, under the same ids: a long-lived checker hands back the same object for a file that
     * did not change, so what is computed from these entities alone may be kept.
     */
    public boolean sameEntities(KnowledgeBase other, Kind... kinds) {
        for (Kind k : kinds) {
            Map<String, ? extends Entity> a = entities(k);
            Map<String, ? extends Entity> b = other.entities(k);
            if (a.size() != b.size()) {
                return false;
            }
            var i = a.entrySet().iterator();
            var j = b.entrySet().iterator();
            while (i.hasNext()) {
                var x = i.next();
                var y = j.next();
                if (x.getValue() != y.getValue() || !x.getKey().equals(y.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Counts per kind, for reports. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, entities(k).size());
        }
        return m;
    }
}
