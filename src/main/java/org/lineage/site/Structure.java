package org.lineage.site;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lineage.diag.SourcePos;
import org.lineage.model.Entity;
import org.lineage.model.Model;
import org.lineage.model.Text;

/**
 * Entities written out as text for digests, in three ways, each leaving out positions in files
 * (moving a line changes no page):
 *
 * <ul>
 *   <li>{@link #entity}: all but the entity's own prose (names, summaries, statements, definitions,
 *       titles), which its accessors note as read of their own ({@link Reads});
 *   <li>{@link #structure}: that without a model's facts (parameters, context window, access, API
 *       name, aliases) too, which only pages that read the model itself show: what every page may
 *       depend on;
 *   <li>{@link #field}: one prose field's value.
 * </ul>
 */
final class Structure {
    private Structure() {}

    /**
     * The facts of a model that no page shows unless it reads the model (an entity read, {@code
     * e:models/<id>}), left out of its {@link #structure}.
     */
    static final Set<String> MODEL_FACTS =
            Set.of("parameters", "contextWindow", "access", "apiName", "aliases");

    /** {@code e} without its own prose fields (and without positions). */
    static String entity(Entity e) {
        StringBuilder b = new StringBuilder(256);
        walk(e, b, Set.of());
        return b.toString();
    }

    /** {@code e} without its own prose fields and a model's facts (and without positions). */
    static String structure(Entity e) {
        StringBuilder b = new StringBuilder(256);
        walk(e, b, e instanceof Model ? MODEL_FACTS : Set.of());
        return b.toString();
    }

    /** The value of prose field {@code name} of {@code e}, or null if it has none of that name. */
    static String field(Entity e, String name) {
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            if (c.getName().equals(name) && prose(c)) {
                StringBuilder b = new StringBuilder(64);
                walk(value(c, (Record) e), b, null);
                return b.toString();
            }
        }
        return null;
    }

    /**
     * True for the top-level prose of an entity, whose accessors note their reads; an organisation,
     * also text, sorts and groups models, and is structure.
     */
    private static boolean prose(RecordComponent c) {
        return c.getType() == Text.class && !c.getName().equals("organization");
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code o}; {@code skip}, when not null, names the fields left out besides positions
     * and prose: {@code o} is an entity. Null: {@code o} is a part, written whole.
     */
    private static void walk(Object o, StringBuilder b, Set<String> skip) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof Record r) {
            b.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == SourcePos.class) {
                    continue;
                }
                if (skip != null && (prose(c) || skip.contains(c.getName()))) {
                    continue;
                }
                b.append(c.getName()).append('=');
                walk(value(c, r), b, null);
                b.append(',');
            }
            b.append(')');
        } else if (o instanceof Optional<?> opt) {
            if (opt.isPresent()) {
                walk(opt.get(), b, null);
            } else {
                b.append("∅");
            }
        } else if (o instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            b.append('{');
            sorted.forEach(
                    (k, v) -> {
                        b.append(k).append(':');
                        walk(v, b, null);
                        b.append(',');
                    });
            b.append('}');
        } else if (o instanceof Collection<?> c) {
            b.append('[');
            for (Object x : c) {
                walk(x, b, null);
                b.append(',');
            }
            b.append(']');
        } else {
            String s = o.toString();
            b.append(s.length()).append(':').append(s);
        }
    }
}
