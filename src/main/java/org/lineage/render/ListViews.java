package org.lineage.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lineage.export.DataExports;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Capability;
import org.lineage.model.Confidence;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Page;
import org.lineage.model.SitePaths;
import org.lineage.model.Term;
import org.lineage.render.PageViews.Count;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.PageViews.TermText;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.Extras;
import org.lineage.render.Parts.Item;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

/** The views of pages that list or lead: home, indexes, glossary, free pages, root, 404. */
final class ListViews {
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final PageContext ctx;
    private final Ui t;
    private final Collator collator;

    ListViews(Catalog catalog, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.ctx = ctx;
        this.t = ctx.t;
        this.collator = Collator.getInstance(Locale.forLanguageTag(ctx.lang));
    }

    /**
     * The capabilities grouped by where they come from: the step of the lineage where each was
     * first gained, named by the training method that leads to it (the first model's, which has no
     * parent, is pretraining), in lineage order; the limitations, which no step gains, apart.
     */
    private Html capabilityOrigins() {
        java.util.Map<String, List<Capability>> groups = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> firstAt = new java.util.HashMap<>();
        List<String> order = catalog.graph().topologicalOrder();
        List<Capability> limitations = new ArrayList<>();
        List<Capability> unplaced = new ArrayList<>();
        for (Capability c : byTitle(kb.capabilities().values())) {
            java.util.Optional<Catalog.Change> gained =
                    catalog.changesOf(c.id()).stream()
                            .filter(x -> x.change().change().holds())
                            .findFirst();
            if (gained.isEmpty()) {
                (catalog.changesOf(c.id()).isEmpty() ? unplaced : limitations).add(c);
                continue;
            }
            String model = gained.get().model();
            String key =
                    catalog.graph().parentEdges(model).stream()
                            .findFirst()
                            .map(e -> e.method().id())
                            .orElse("");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            firstAt.merge(key, order.indexOf(model), Math::min);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing(firstAt::get));
        HtmlWriter w = new HtmlWriter(kb.capabilities().size() * 400 + 256);
        for (String key : keys) {
            w.raw("\n    <section class=\"origin\">\n      <h3>");
            if (key.isEmpty()) {
                w.text(t.get("home.origin_pretraining"));
            } else {
                w.text(t.get("home.origin_method"));
                Fragments.link(w, ctx.link(Kind.METHOD, key));
            }
            w.raw("</h3>\n      ");
            originItems(w, groups.get(key));
            w.raw("\n    </section>");
        }
        for (List<Capability> rest : List.of(limitations, unplaced)) {
            if (rest.isEmpty()) {
                continue;
            }
            w.raw("\n    <section class=\"origin limitations\">\n      <h3>")
                    .text(t.get(rest == limitations ? "home.limitations" : "home.unplaced"))
                    .raw("</h3>\n      ");
            originItems(w, rest);
            w.raw("\n    </section>");
        }
        return w.raw("\n  ").toHtml();
    }

    private void originItems(HtmlWriter w, List<Capability> caps) {
        List<Item> items = new ArrayList<>();
        for (Capability c : caps) {
            items.add(ctx.item(Kind.CAPABILITY, c.id(), c.summary()));
        }
        w.raw("<ul class=\"items\">").html(Fragments.items(items)).raw("</ul>");
    }

    /** Entities sorted by their title in the page's language, then by id. */
    <E extends Entity> List<E> byTitle(Iterable<E> all) {
        List<E> out = new ArrayList<>();
        all.forEach(out::add);
        // each title's collation key made once (the order Collator.compare gives), not once per
        // comparison: an index of thousands sorts in a fraction of the time
        Map<E, java.text.CollationKey> keys = new java.util.IdentityHashMap<>(2 * out.size());
        for (E e : out) {
            keys.put(e, collator.getCollationKey(ctx.title(e).text()));
        }
        out.sort(Comparator.comparing((E e) -> keys.get(e)).thenComparing(Entity::id));
        return out;
    }

    PageView home(Html figure) {
        List<Count> counts = new ArrayList<>();
        for (Kind k :
                List.of(
                        Kind.MODEL,
                        Kind.FAMILY,
                        Kind.CAPABILITY,
                        Kind.METHOD,
                        Kind.CLAIM,
                        Kind.SOURCE)) {
            counts.add(
                    new Count(
                            new Link(
                                    ctx.href(SitePaths.index(ctx.lang, k)),
                                    t.get("kind." + k.dir()),
                                    null),
                            kb.entities(k).size()));
        }
        if (!kb.terms().isEmpty()) {
            counts.add(
                    new Count(
                            new Link(
                                    ctx.href(ctx.lang + "/glossary/"),
                                    t.get("kind.glossary"),
                                    null),
                            kb.terms().size()));
        }
        List<Item> families = new ArrayList<>();
        for (Family f : byTitle(kb.families().values())) {
            families.add(ctx.item(Kind.FAMILY, f.id(), f.summary()));
        }
        List<Item> capabilities = new ArrayList<>();
        for (Capability c : byTitle(kb.capabilities().values())) {
            capabilities.add(ctx.item(Kind.CAPABILITY, c.id(), c.summary()));
        }
        List<ClaimItem> open =
                catalog
                        .claimsByStatus()
                        .getOrDefault(Confidence.OPEN_QUESTION.key(), List.of())
                        .stream()
                        .map(ctx::claimItem)
                        .toList();
        List<Link> pages = new ArrayList<>();
        for (Page p : byTitle(kb.pages().values())) {
            pages.add(ctx.link(Kind.PAGE, p.id()));
        }
        Str summary = ctx.str(kb.site().description());
        return new PageViews.Home(
                ctx.str(kb.site().title()),
                summary,
                Fragments.str(summary),
                counts,
                Fragments.items(families),
                capabilityOrigins(),
                open.isEmpty() ? Html.EMPTY : ctx.f.claims(open),
                Fragments.linkItems(pages),
                Fragments.items(ways()),
                downloads(),
                figure);
    }

    /**
     * The home page's ways in: the tree, the summary table, the matrix, and (when the site has
     * them) the timeline and the comparisons, then search.
     */
    private List<Item> ways() {
        List<Item> ways = new ArrayList<>();
        ways.add(way(SitePaths.tree(ctx.lang), "nav.tree", "home.tree"));
        ways.add(way(SitePaths.summary(ctx.lang), "nav.summary", "home.summary"));
        ways.add(way(SitePaths.matrix(ctx.lang), "nav.matrix", "home.matrix"));
        if (ctx.readerViews()) {
            ways.add(way(SitePaths.timeline(ctx.lang), "nav.timeline", "home.timeline"));
            ways.add(way(SitePaths.comparePicker(ctx.lang), "nav.compare", "home.compare"));
        }
        ways.add(way(SitePaths.search(ctx.lang), "nav.search", "home.search"));
        return ways;
    }

    private Item way(String path, String name, String description) {
        return new Item(new Link(ctx.href(path), t.get(name), null), ctx.plain(t.get(description)));
    }

    /** The whole knowledge base's files under {@code /data/}, each named in words. */
    private List<Link> downloads() {
        List<Link> out = new ArrayList<>();
        for (DataExports.Download d : DataExports.DOWNLOADS) {
            out.add(new Link(ctx.href(d.path()), t.get("download." + d.name()), null));
        }
        return out;
    }

    PageView glossary() {
        List<PageViews.Term> terms = new ArrayList<>();
        List<String> langs = new ArrayList<>(kb.site().languages());
        langs.remove(ctx.lang);
        langs.add(0, ctx.lang);
        for (Term term : byTitle(kb.terms().values())) {
            List<TermText> texts = new ArrayList<>();
            for (String l : langs) {
                boolean missing = !term.term().hasLanguage(l) || !term.definition().hasLanguage(l);
                texts.add(
                        new TermText(
                                ctx.htmlLang(l),
                                term.term().in(l, kb.site().defaultLanguage()),
                                term.definition().in(l, kb.site().defaultLanguage()),
                                missing));
            }
            List<EntityKey> see = new ArrayList<>();
            term.seeAlso()
                    .references()
                    .forEach(r -> see.add(new EntityKey(r.kind(), r.ref().id())));
            List<Link> seeAlso = new ArrayList<>();
            for (EntityKey k : see) {
                seeAlso.add(ctx.link(k));
            }
            PageContext.RenderedBody body =
                    ctx.body(new EntityKey(Kind.TERM, term.id()), List.of());
            terms.add(
                    new PageViews.Term(
                            term.id(),
                            texts,
                            seeAlso.isEmpty() ? Html.EMPTY : ctx.f.linkList(seeAlso),
                            ctx.f.prose(body.body())));
        }
        return new PageViews.Glossary(
                ctx.plain(t.get("kind.glossary")), ctx.plain(t.get("intro.glossary")), terms);
    }

    PageView free(String slug) {
        Page p = kb.pages().get(slug);
        PageContext.RenderedBody body = ctx.body(new EntityKey(Kind.PAGE, slug), List.of());
        String file =
                kb.bodiesOf(Kind.PAGE, slug).containsKey(ctx.lang)
                        ? slug + "." + ctx.lang + ".md"
                        : slug + "." + kb.site().defaultLanguage() + ".md";
        List<EntityKey> mentions = catalog.mentionedIn(new EntityKey(Kind.PAGE, slug));
        return new PageViews.Free(
                ctx.title(p),
                null,
                ctx.f.prose(body.body()),
                new Extras(
                        PageContext.references(body.references()),
                        ctx.editHref("pages/" + file),
                        null,
                        ctx.mentionedIn(mentions),
                        ctx.mentionedFolded(mentions)));
    }

    PageView redirect(Kind kind, String to) {
        Link target = ctx.link(kind, to);
        return new PageViews.Redirect(new Str(target.text(), target.lang()), null, target);
    }

    PageView root() {
        String def = kb.site().defaultLanguage();
        List<Link> langs = new ArrayList<>();
        for (String l : kb.site().languages()) {
            langs.add(
                    new Link(
                            ctx.href(SitePaths.home(l)),
                            ctx.ui(l).get("lang.name"),
                            ctx.htmlLang(l)));
        }
        return new PageViews.Root(
                ctx.str(kb.site().title()),
                ctx.str(kb.site().description()),
                new Link(ctx.href(SitePaths.home(def)), ctx.ui(def).get("lang.name"), null),
                langs);
    }

    PageView notFound(Map<String, Ui> uis) {
        List<PageViews.NotFoundText> texts = new ArrayList<>();
        for (String l : kb.site().languages()) {
            Ui u = uis.get(l);
            texts.add(
                    new PageViews.NotFoundText(
                            ctx.htmlLang(l),
                            u.get("notfound.heading"),
                            u.get("notfound.message"),
                            new Link(ctx.href(SitePaths.home(l)), u.get("notfound.home"), null)));
        }
        return new PageViews.NotFound(ctx.plain(t.get("notfound.heading")), null, texts);
    }
}
