package org.lineage.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lineage.graph.ComparePairs;
import org.lineage.graph.History;
import org.lineage.graph.LineageGraph;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Ref;
import org.lineage.render.GraphPages;
import org.lineage.render.PageKey;

/**
 * Which pages the site has, in a fixed order: the root and the 404 page once, then per language the
 * home page, the index of every kind, every entity page, the glossary, search, the translations
 * page, the free pages, the tree and matrix pages, and the old URLs of renamed entities.
 */
public final class PagePlan {
    /** The kinds with an index and a page per entity. */
    static final List<Kind> PAGED =
            List.of(Kind.MODEL, Kind.FAMILY, Kind.CAPABILITY, Kind.METHOD, Kind.CLAIM, Kind.SOURCE);

    private PagePlan() {}

    /** The plan for {@code kb}; throws when two pages would share a path (a bug, not content). */
    public static List<PlannedPage> of(KnowledgeBase kb) {
        return of(kb, true);
    }

    /**
     * The plan for {@code kb}; {@code readerViews} adds the comparison pages (each pair's, its
     * other order's, the picker), the timeline and the tree as of each year.
     */
    public static List<PlannedPage> of(KnowledgeBase kb, boolean readerViews) {
        return of(kb, LineageGraph.of(kb), readerViews);
    }

    /** As {@link #of(KnowledgeBase, boolean)}, with the lineage graph the check already built. */
    public static List<PlannedPage> of(KnowledgeBase kb, LineageGraph graph, boolean readerViews) {
        List<PageKey> keys = new ArrayList<>();
        keys.add(new PageKey.Root());
        keys.add(new PageKey.NotFound());
        keys.add(new PageKey.Home());
        for (Kind k : PAGED) {
            keys.add(new PageKey.Index(k));
        }
        for (Kind k : PAGED) {
            for (Entity e : kb.entities(k).values()) {
                keys.add(new PageKey.Entity(k, e.id()));
            }
        }
        keys.add(new PageKey.Glossary());
        keys.add(new PageKey.Search());
        keys.add(new PageKey.Translations());
        for (String slug : kb.pages().keySet()) {
            keys.add(new PageKey.Free(slug));
        }
        keys.addAll(GraphPages.keys(kb));
        keys.add(new PageKey.Summary());
        if (readerViews) {
            keys.addAll(readerViews(kb, graph));
        }
        for (Kind k : PAGED) {
            for (Entity e : kb.entities(k).values()) {
                for (Ref old : e.movedFrom()) {
                    keys.add(new PageKey.Redirect(k, old.id(), e.id()));
                }
            }
        }
        String def = kb.site().defaultLanguage();
        List<PlannedPage> plan = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (PageKey key : keys) {
            List<String> langs = key.localized() ? kb.site().languages() : List.of(def);
            for (String lang : langs) {
                PlannedPage p = new PlannedPage(key, lang, key.path(lang));
                if (!paths.add(p.file())) {
                    throw new IllegalStateException("two pages at " + p.file() + ": " + key);
                }
                plan.add(p);
            }
        }
        return List.copyOf(plan);
    }

    /**
     * {@code plan} cut into runs of the pages of one key (the key's languages, as {@link #of} lists
     * them one after the other), in order.
     */
    static List<List<PlannedPage>> byKey(List<PlannedPage> plan) {
        List<List<PlannedPage>> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= plan.size(); i++) {
            if (i == plan.size() || !plan.get(i).key().equals(plan.get(from).key())) {
                runs.add(plan.subList(from, i));
                from = i;
            }
        }
        return runs;
    }

    /**
     * The timeline, the tree as of each year, the picker, and each pre-rendered comparison in both
     * orders (see {@link ComparePairs} for their bound).
     */
    static List<PageKey> readerViews(KnowledgeBase kb, LineageGraph graph) {
        List<PageKey> keys = new ArrayList<>();
        keys.add(new PageKey.Timeline());
        for (int year : History.years(kb)) {
            keys.add(new PageKey.AsOf(year));
        }
        keys.add(new PageKey.ComparePicker());
        ComparePairs pairs = ComparePairs.of(kb, graph);
        for (ComparePairs.Pair p : pairs.all()) {
            keys.add(new PageKey.Compare(p.a(), p.b()));
            keys.add(new PageKey.CompareSwapped(p.a(), p.b()));
        }
        return keys;
    }
}
