package org.lineage.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lineage.export.Json;
import org.lineage.export.PageCitation;
import org.lineage.markdown.BodyRenderer;
import org.lineage.markdown.ExternalUrl;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Page;
import org.lineage.model.SiteConfig;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;
import org.lineage.render.SiteView.Alternate;
import org.lineage.render.SiteView.LangLink;
import org.lineage.render.SiteView.NavLink;

/**
 * Builds the view records of every page from the checked knowledge base: the frame ({@code site})
 * and the page itself ({@code page}). Shared by all rendering threads; holds nothing mutable.
 */
public final class Views {
    /** Ids the page templates give their own sections; body headings never take them. */
    private static final Pattern RESERVED =
            Pattern.compile(
                    "(main|content|top|lineage|capabilities|claims|analogues|references|mentioned"
                            + "|evidence|errata|about|cited-by|models|holders|changes|edges"
                            + "|body|infobox|argues|cite|data|(ref|fn|fnref)-.*"
                            + "|tree|traces|families|matrix-.*|(tree|nb|trace)-.*)");

    private static final List<Kind> NAV =
            List.of(
                    Kind.MODEL,
                    Kind.FAMILY,
                    Kind.CAPABILITY,
                    Kind.METHOD,
                    Kind.CLAIM,
                    Kind.SOURCE,
                    Kind.TERM);

    private final Catalog catalog;
    private final BodyRenderer bodies;
    private final Map<String, Ui> uis;
    private final Trees trees;
    private final Citations citations;

    public Views(Catalog catalog, TemplateSource templates) {
        this.catalog = catalog;
        this.citations = new Citations(catalog);
        this.bodies = new BodyRenderer(id -> RESERVED.matcher(id).matches());
        Map<String, Ui> m = new TreeMap<>();
        for (String lang : catalog.kb().site().languages()) {
            m.put(lang, Ui.load(templates, lang));
        }
        this.uis = Map.copyOf(m);
        this.trees = new Trees(catalog.kb(), uis);
    }

    Trees trees() {
        return trees;
    }

    Catalog catalog() {
        return catalog;
    }

    BodyRenderer bodies() {
        return bodies;
    }

    /** The UI strings of a site language. */
    public Ui ui(String lang) {
        Ui u = uis.get(lang);
        if (u == null) {
            throw new IllegalArgumentException("not a site language: " + lang);
        }
        return u;
    }

    /** The BCP 47 tag for {@code lang} attributes, from the language's UI strings. */
    String htmlLang(String lang) {
        return ui(lang).get("lang.tag");
    }

    /** Builds the page's view; the key decides which. */
    public PageView page(PageKey key, String lang) {
        PageContext ctx =
                new PageContext(this, lang, key.path(lang), key instanceof PageKey.NotFound);
        if (key instanceof PageKey.Entity e) {
            return new EntityViews(catalog, trees, ctx).entity(e.kind(), e.id());
        }
        GraphPages graphPages = new GraphPages(catalog, trees, ctx);
        if (key instanceof PageKey.Tree) {
            return graphPages.tree();
        } else if (key instanceof PageKey.FamilyTree f) {
            return graphPages.familyTree(f.family());
        } else if (key instanceof PageKey.Matrix) {
            return graphPages.matrix();
        } else if (key instanceof PageKey.FamilyMatrix f) {
            return graphPages.familyMatrix(f.family());
        }
        ListViews lists = new ListViews(catalog, ctx);
        if (key instanceof PageKey.Home) {
            return lists.home();
        } else if (key instanceof PageKey.Index i) {
            return new IndexViews(lists, catalog, ctx).index(i.kind());
        } else if (key instanceof PageKey.Glossary) {
            return lists.glossary();
        } else if (key instanceof PageKey.Free f) {
            return lists.free(f.slug());
        } else if (key instanceof PageKey.Redirect r) {
            return lists.redirect(r.kind(), r.to());
        } else if (key instanceof PageKey.Root) {
            return lists.root();
        } else if (key instanceof PageKey.NotFound) {
            return lists.notFound(uis);
        } else if (key instanceof PageKey.Search) {
            return SearchViews.search(ctx);
        } else if (key instanceof PageKey.Translations) {
            return TranslationViews.translations(catalog.kb(), ctx);
        }
        throw new IllegalArgumentException("no view for " + key);
    }

    /** Where a page's canonical URL points: pages that only lead elsewhere name their target. */
    private String canonicalPath(PageKey key, String lang) {
        if (key instanceof PageKey.Root) {
            return SitePaths.home(catalog.kb().site().defaultLanguage());
        }
        if (key instanceof PageKey.Redirect r) {
            return SitePaths.entity(lang, r.kind(), r.to());
        }
        return key.path(lang);
    }

    /** Builds the frame around {@code page}. */
    public SiteView site(PageKey key, String lang, PageView page) {
        KnowledgeBase kb = catalog.kb();
        SiteConfig cfg = kb.site();
        PageContext ctx =
                new PageContext(this, lang, key.path(lang), key instanceof PageKey.NotFound);
        Ui t = ctx.t;
        String siteTitle = ctx.str(cfg.title()).text();
        String title = page.title().text();
        String pageTitle =
                key instanceof PageKey.Home || title.equals(siteTitle)
                        ? siteTitle
                        : title + " · " + siteTitle;
        String given =
                page.summary() != null ? page.summary().text() : ctx.str(cfg.description()).text();
        // description is optional in site.yaml, and an empty meta description is invalid HTML
        String description = given.isBlank() ? siteTitle : given;
        List<NavLink> nav = new ArrayList<>();
        nav.add(
                new NavLink(
                        ctx.href(SitePaths.home(lang)),
                        t.get("nav.home"),
                        "home".equals(key.section())));
        nav.add(
                new NavLink(
                        ctx.href(SitePaths.tree(lang)),
                        t.get("nav.tree"),
                        "tree".equals(key.section())));
        nav.add(
                new NavLink(
                        ctx.href(SitePaths.matrix(lang)),
                        t.get("nav.matrix"),
                        "matrix".equals(key.section())));
        for (Kind k : NAV) {
            String target = k == Kind.TERM ? lang + "/glossary/" : SitePaths.index(lang, k);
            String section = k == Kind.TERM ? "glossary" : k.dir();
            nav.add(
                    new NavLink(
                            ctx.href(target),
                            t.get("kind." + k.dir()),
                            section.equals(key.section())));
        }
        nav.add(
                new NavLink(
                        ctx.href(SitePaths.search(lang)),
                        t.get("nav.search"),
                        "search".equals(key.section())));
        List<LangLink> languages = new ArrayList<>();
        List<Alternate> alternates = new ArrayList<>();
        if (key.localized()) {
            for (String l : cfg.languages()) {
                languages.add(
                        new LangLink(
                                ctx.href(key.path(l)),
                                ui(l).get("lang.name"),
                                htmlLang(l),
                                l.equals(lang)));
                alternates.add(new Alternate(htmlLang(l), cfg.baseUrl() + key.path(l)));
            }
            alternates.add(new Alternate("x-default", cfg.baseUrl()));
        }
        Optional<PageCitation> citation = citations.of(key, lang, t);
        List<Link> footer = new ArrayList<>();
        kb.pages().values().stream()
                .sorted(Comparator.comparing((Page p) -> p.title(lang, cfg.defaultLanguage())))
                .forEach(p -> footer.add(ctx.link(Kind.PAGE, p.id())));
        return new SiteView(
                lang,
                htmlLang(lang),
                siteTitle,
                pageTitle,
                description,
                ctx.href(SitePaths.home(lang)),
                ctx.href("assets/site.css"),
                nav,
                languages,
                cfg.baseUrl() + canonicalPath(key, lang),
                alternates,
                // a page of a dataset, not an article: reference managers save it as such
                "website",
                t.get("og.locale"),
                footer,
                cfg.license(),
                cfg.repository().map(ExternalUrl::encode).orElse(null),
                cfg.version().orElse(null),
                edition(cfg, t),
                citation.map(c -> citations.box(key, c, ctx)).orElse(null),
                citation.map(Citations::meta).orElse(List.of()),
                citation.map(c -> citations.jsonLd(key, c, description)).orElse(null));
    }

    /** "Edition 2026.1, 26 Nov 2026", or without the date when none is set; null without one. */
    private static String edition(SiteConfig cfg, Ui t) {
        return cfg.version()
                .map(
                        v ->
                                cfg.released()
                                        .map(d -> t.format("footer.edition", v, Dates.format(d, t)))
                                        .orElse(t.format("footer.version", v)))
                .orElse(null);
    }

    /**
     * The CSL-JSON file of a cited page (site path and bytes), the same for every build of the same
     * content; empty for pages that are not cited.
     */
    public Optional<Map.Entry<String, byte[]>> cslFile(PageKey key, String lang) {
        return citations
                .of(key, lang, ui(lang))
                .map(c -> Map.entry(Citations.cslPath(key, lang), Json.bytes(c.cslJson())));
    }
}
