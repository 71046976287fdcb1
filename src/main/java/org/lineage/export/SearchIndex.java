package org.lineage.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.lineage.model.Capability;
import org.lineage.model.Claim;
import org.lineage.model.Entity;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.SitePaths;
import org.lineage.model.Term;

/**
 * The search index of one language: every entity with its title, other names, summary and page
 * path. The search page matches substrings, so Chinese needs no word segmentation.
 */
public final class SearchIndex {
    private SearchIndex() {}

    /** Site-relative path of the index for {@code lang}. */
    public static String path(String lang) {
        return "data/search/" + lang + ".json";
    }

    /** A page that is no entity's, found by search too: a comparison, a past edition. */
    public record Extra(String kind, String title, String path) {}

    public static ObjectNode of(KnowledgeBase kb, String lang) {
        return of(kb, lang, java.util.List.of());
    }

    /** The index of {@code lang}, the {@code extra} pages after the entities. */
    public static ObjectNode of(KnowledgeBase kb, String lang, java.util.List<Extra> extra) {
        ObjectNode root = Json.object();
        root.put("lang", lang);
        ArrayNode items = root.putArray("items");
        kb.all().forEach(e -> items.add(entry(kb, e, lang)));
        extra.forEach(x -> items.add(entry(x)));
        return root;
    }

    /**
     * The index of {@code lang} as compact JSON text, each entity's item as {@code entry} gives it
     * (compact, as {@link #entry(KnowledgeBase, Entity, String)} makes it), then {@code extra} (as
     * {@link #items} gives it): the text {@link Json#compact} gives {@link #of}.
     */
    public static String compact(
            KnowledgeBase kb,
            String lang,
            String extra,
            java.util.function.Function<Entity, String> entry) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\"lang\":").append(Json.compact(TextNode.valueOf(lang)));
        b.append(",\"items\":[");
        kb.all().forEach(e -> b.append(entry.apply(e)).append(','));
        if (!extra.isEmpty()) {
            b.append(extra).append(',');
        }
        if (b.charAt(b.length() - 1) == ',') {
            b.setLength(b.length() - 1);
        }
        return b.append("]}").toString();
    }

    /** The items of {@code extra} as compact JSON, separated by commas. */
    public static String items(java.util.List<Extra> extra) {
        StringBuilder b = new StringBuilder();
        for (Extra x : extra) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(Json.compact(entry(x)));
        }
        return b.toString();
    }

    /**
     * What names one entity's item in the index of {@code lang} among the parts of the exports kept
     * from build to build: made of strings an unchanged entity keeps (so hashed once), where a name
     * made of its path would be made and hashed again for every entity at every build.
     */
    public record EntryKey(String lang, Kind kind, String id) {}

    /** The item of one entity in the index of {@code lang}. */
    public static ObjectNode entry(KnowledgeBase kb, Entity e, String lang) {
        String fallback = kb.site().defaultLanguage();
        ObjectNode o = Json.object();
        o.put("k", e.kind().singular());
        o.put("t", e.title(lang, fallback));
        String other = otherNames(e, lang, kb.site().languages(), fallback);
        if (!other.isEmpty()) {
            o.put("a", other);
        }
        String summary = summary(e, lang, fallback);
        if (!summary.isEmpty()) {
            o.put("s", summary);
        }
        o.put("u", SitePaths.entity(lang, e.kind(), e.id()));
        return o;
    }

    private static ObjectNode entry(Extra x) {
        ObjectNode o = Json.object();
        o.put("k", x.kind());
        o.put("t", x.title());
        o.put("u", x.path());
        return o;
    }

    /** The id and the names in other languages, so a search in either language finds it. */
    private static String otherNames(
            Entity e, String lang, java.util.List<String> languages, String fallback) {
        StringBuilder b = new StringBuilder(e.id());
        if (e instanceof Model m) {
            m.aliases().forEach(a -> b.append(' ').append(a));
            b.append(' ').append(m.organization().in(lang, fallback));
        }
        if (e.kind() != Kind.CLAIM) {
            for (String other : languages) {
                if (!other.equals(lang)) {
                    String t = e.title(other, fallback);
                    if (!t.equals(e.title(lang, fallback))) {
                        b.append(' ').append(t);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String summary(Entity e, String lang, String fallback) {
        if (e instanceof Model m) {
            return m.summary().in(lang, fallback);
        }
        if (e instanceof Capability c) {
            return c.summary().in(lang, fallback);
        }
        if (e instanceof Method m) {
            return m.summary().in(lang, fallback);
        }
        if (e instanceof Family f) {
            return f.summary().in(lang, fallback);
        }
        if (e instanceof Term t) {
            return t.definition().in(lang, fallback);
        }
        if (e instanceof Claim c) {
            return c.status().key();
        }
        return "";
    }
}
