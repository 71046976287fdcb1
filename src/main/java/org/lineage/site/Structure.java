package org.lineage.site;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lineage.diag.SourcePos;
import org.lineage.model.Entity;
import org.lineage.model.Text;

/**
 * Entities written out as text for digests, in two ways: whole (everything a page may show of
 * them), or as their structure only, without the prose a page shows only where it reads the entity
 * itself (names, summaries, statements, definitions, titles). Positions in files are left out of
 * both: moving a line changes no page.
 */
final class Structure {
    private Structure() {}

    /** Everything of {@code e} but positions. */
    static String whole(Entity e) {
        StringBuilder b = new StringBuilder(512);
        walk(e, b, false);
        return b.toString();
    }

    /** {@code e} without its own prose fields (and without positions). */
    static String structure(Entity e) {
        StringBuilder b = new StringBuilder(256);
        walk(e, b, true);
        return b.toString();
    }

    private static void walk(Object o, StringBuilder b, boolean skipProse) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof Record r) {
            b.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == SourcePos.class) {
                    continue;
                }
                // the top-level prose of an entity; an organisation also sorts and groups models
                if (skipProse && c.getType() == Text.class && !c.getName().equals("organization")) {
                    continue;
                }
                b.append(c.getName()).append('=');
                try {
                    walk(c.getAccessor().invoke(r), b, false);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                b.append(',');
            }
            b.append(')');
        } else if (o instanceof Optional<?> opt) {
            if (opt.isPresent()) {
                walk(opt.get(), b, false);
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
                        walk(v, b, false);
                        b.append(',');
                    });
            b.append('}');
        } else if (o instanceof Collection<?> c) {
            b.append('[');
            for (Object x : c) {
                walk(x, b, false);
                b.append(',');
            }
            b.append(']');
        } else {
            String s = o.toString();
            b.append(s.length()).append(':').append(s);
        }
    }
}
