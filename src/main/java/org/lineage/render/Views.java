package org.lineage.render;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lineage.export.Json;
import org.lineage.export.PageCitation;
import org.lineage.graph.ComparePairs;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.LayoutCache;
import org.lineage.markdown.ExternalUrl;
import org.lineage.model.Edition;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Page;
import org.lineage.model.Reads;
import org.lineage.model.SiteConfig;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Str;

/**
 * Builds the view records of every page from the checked knowledge base: the frame ({@code site})
 * and the page itself ({@code page}). Shared by all rendering threads; holds nothing mutable.
 */
public final class Views {
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
    private final Map<String, Ui> uis;
    private final Map<String, Fragments> fragments;
    private final Trees trees;
    private final Citations citations;
    private final boolean readerViews;
    private final ComparePairs pairs;
    private final Optional<Edition> edition;
    private final List<PastEdition> past;

    /**
     * Each entity's title in each language, made once per build with what making it read (the
     * entity and its title field), which every page that shows it is told it read: a site links the
     * same entities from thousands of pages.
     */
    private final Map<String, Map<Kind, Reads.Memo<String, Str>>> titles;

    public Views(Catalog catalog, TemplateSource templates) {
        this(catalog, templates, new LayoutCache());
    }

    /** Views whose trees take their layouts from {@code layouts} when it holds them. */
    public Views(Catalog catalog, TemplateSource templates, LayoutCache layouts) {
        this(catalog, templates, layouts, true, Optional.empty(), List.of());
    }

    /**
     * @param layouts where trees take their layouts from when it holds them
     * @param readerViews whether the site has the comparison, timeline and as-of pages (and the
     *     links to them)
     * @param edition set when this is a past edition's build
     * @param past the past editions built beside this site, for the cite box's links
     */
    public Views(
            Catalog catalog,
            TemplateSource templates,
            LayoutCache layouts,
            boolean readerViews,
            Optional<Edition> edition,
            List<PastEdition> past) {
        this.catalog = catalog;
        this.edition = edition;
        this.past = List.copyOf(past);
        this.readerViews = readerViews;
        this.pairs =
                readerViews ? ComparePairs.of(catalog.kb(), catalog.graph()) : ComparePairs.none();
        this.citations = new Citations(catalog);
        Map<String, Ui> m = new TreeMap<>();
        for (String lang : catalog.kb().site().languages()) {
            m.put(lang, Ui.load(templates, lang));
        }
        this.uis = Map.copyOf(m);
        Map<String, Fragments> f = new TreeMap<>();
        m.forEach((lang, t) -> f.put(lang, new Fragments(t)));
        this.fragments = Map.copyOf(f);
        this.trees = new Trees(catalog.kb(), uis, layouts);
        Map<String, Map<Kind, Reads.Memo<String, Str>>> byLang = new TreeMap<>();
        for (String lang : m.keySet()) {
            Map<Kind, Reads.Memo<String, Str>> byKind = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                byKind.put(k, new Reads.Memo<>());
            }
            byLang.put(lang, byKind);
        }
        this.titles = Map.copyOf(byLang);
    }

    /**
     * The title of entity {@code id} of {@code kind} in {@code ctx}'s language, as {@link
     * PageContext#title} gives it; the page being recorded is told that it read what that reads.
     *
     * @throws IllegalStateException when there is no such entity
     */
    Str title(PageContext ctx, Kind kind, String id) {
        return titles.get(ctx.lang)
                .get(kind)
                .get(
                        id,
                        () ->
                                ctx.title(
                                        catalog.kb()
                                                .find(kind, id)
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        kind + ":" + id))));
    }

    /** The comparisons that have pages; none when the site has no comparison pages. */
    ComparePairs pairs() {
        return pairs;
    }

    /**
     * The banner of a page of past edition {@code e} ({@link EditionBanner}), in the words of this
     * site: {@code diff} compares that edition with this knowledge base, whose site has the files
     * {@code nowFiles}. A page in a language this site no longer has is bannered in its default
     * one.
     */
    public String editionBanner(
            Edition e,
            org.lineage.export.EditionDiff.Editions diff,
            Set<String> nowFiles,
            EditionBanner.Slot slot) {
        String lang =
                uis.containsKey(slot.lang()) ? slot.lang() : catalog.kb().site().defaultLanguage();
        PageContext ctx = new PageContext(this, lang, slot.path(), false);
        return EditionBanner.html(e, diff, nowFiles, slot, ctx).toString();
    }

    /** Whether the site has the comparison, timeline and as-of pages. */
    boolean readerViews() {
        return readerViews;
    }

    Trees trees() {
        return trees;
    }

    Catalog catalog() {
        return catalog;
    }

    /** The UI strings of a site language. */
    public Ui ui(String lang) {
        Ui u = uis.get(lang);
        if (u == null) {
            throw new IllegalArgumentException("not a site language: " + lang);
        }
        return u;
    }

    /** The page parts written in {@code lang}. */
    Fragments fragments(String lang) {
        return fragments.get(lang);
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
        if (key instanceof PageKey.Compare c) {
            return new CompareViews(catalog, ctx).compare(c.a(), c.b());
        } else if (key instanceof PageKey.CompareSwapped c) {
            return new CompareViews(catalog, ctx).swapped(c.a(), c.b());
        } else if (key instanceof PageKey.ComparePicker) {
            return new CompareViews(catalog, ctx).picker(pairs);
        } else if (key instanceof PageKey.Timeline) {
            return new TimeViews(catalog, ctx).timeline();
        } else if (key instanceof PageKey.AsOf a) {
            return new TimeViews(catalog, ctx).asOf(a.year(), trees);
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
            return lists.home(graphPages.spine());
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
        } else if (key instanceof PageKey.Summary) {
            return new SummaryViews(catalog, ctx).summary();
        }
        throw new IllegalArgumentException("no view for " + key);
    }

    /**
     * Whether {@code key} is a page that only sends the reader to another: see {@link #redirect}.
     */
    public static boolean isRedirect(PageKey key) {
        return key instanceof PageKey.Redirect || key instanceof PageKey.CompareSwapped;
    }

    /**
     * A page that only sends the reader to another (an entity's old id, a comparison in the other
     * order), written here rather than by a template: a site has one for every comparison page, and
     * it needs none of the page frame.
     */
    public String redirect(PageKey key, String lang) {
        PageViews.Redirect page = (PageViews.Redirect) page(key, lang);
        PageContext ctx = new PageContext(this, lang, key.path(lang), false);
        SiteConfig cfg = catalog.kb().site();
        String siteTitle = ctx.str(cfg.title()).text();
        String title = page.title().text();
        String pageTitle = pageTitle(key, title, siteTitle);
        Parts.Link target = page.target();
        HtmlWriter w = new HtmlWriter(1024);
        w.raw("<!DOCTYPE html>\n")
                .open("html")
                .attr("lang", htmlLang(lang))
                .end()
                .raw("\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>")
                .text(pageTitle)
                .raw("</title>\n<meta name=\"robots\" content=\"noindex\">\n")
                .open("link")
                .attr("rel", "canonical")
                .attr("href", cfg.baseUrl() + canonicalPath(key, lang))
                .end()
                .raw("\n")
                .open("meta")
                .attr("http-equiv", "refresh")
                .attr("content", "0; url=" + target.href())
                .end()
                .raw("\n")
                .open("link")
                .attr("rel", "stylesheet")
                .attr("href", ctx.href("assets/site.css"))
                .end()
                .raw("\n")
                .open("link")
                .attr("rel", "icon")
                .attr("type", "image/svg+xml")
                .attr("href", ctx.href("assets/favicon.svg"))
                .end()
                .raw("\n</head>\n<body>\n<main id=\"main\" class=\"wrap moved\">\n  <p>")
                .text(ctx.t.get("redirect.moved"))
                .raw(" ")
                .open("a")
                .attr("href", target.href())
                .attr("lang", target.lang())
                .end()
                .text(target.text())
                .raw("</a></p>\n</main>\n</body>\n</html>\n");
        return w.toString();
    }

    /** The whole {@code <title>}: the page's own title, then the site's. */
    private static String pageTitle(PageKey key, String title, String siteTitle) {
        return key instanceof PageKey.Home || title.equals(siteTitle)
                ? siteTitle
                : title + " · " + siteTitle;
    }

    /** Where a page's canonical URL points: pages that only lead elsewhere name their target. */
    private String canonicalPath(PageKey key, String lang) {
        if (key instanceof PageKey.Root) {
            return SitePaths.home(catalog.kb().site().defaultLanguage());
        }
        if (key instanceof PageKey.Redirect r) {
            return SitePaths.entity(lang, r.kind(), r.to());
        }
        if (key instanceof PageKey.CompareSwapped c) {
            return SitePaths.compare(lang, c.a(), c.b());
        }
        return key.path(lang);
    }

    /** Builds the frame around {@code page}; {@code citation} is the page's, if it is cited. */
    public SiteView site(PageKey key, String lang, PageView page, Optional<PageCitation> citation) {
        KnowledgeBase kb = catalog.kb();
        SiteConfig cfg = kb.site();
        PageContext ctx =
                new PageContext(this, lang, key.path(lang), key instanceof PageKey.NotFound);
        Ui t = ctx.t;
        String siteTitle = ctx.str(cfg.title()).text();
        String title = page.title().text();
        String pageTitle = pageTitle(key, title, siteTitle);
        String given =
                page.summary() != null ? page.summary().text() : ctx.str(cfg.description()).text();
        // description is optional in site.yaml, and an empty meta description is invalid HTML
        String description = given.isBlank() ? siteTitle : given;
        String canonical = cfg.baseUrl() + canonicalPath(key, lang);
        HtmlWriter nav = new HtmlWriter(1024);
        HtmlWriter kicker = new HtmlWriter(64);
        navItem(nav, kicker, ctx.href(SitePaths.home(lang)), t.get("nav.home"), "home", key);
        navItem(nav, kicker, ctx.href(SitePaths.tree(lang)), t.get("nav.tree"), "tree", key);
        navItem(nav, kicker, ctx.href(SitePaths.matrix(lang)), t.get("nav.matrix"), "matrix", key);
        navItem(
                nav,
                kicker,
                ctx.href(SitePaths.summary(lang)),
                t.get("nav.summary"),
                "summary",
                key);
        if (readerViews) {
            navItem(
                    nav,
                    kicker,
                    ctx.href(SitePaths.timeline(lang)),
                    t.get("nav.timeline"),
                    "timeline",
                    key);
            navItem(
                    nav,
                    kicker,
                    ctx.href(SitePaths.comparePicker(lang)),
                    t.get("nav.compare"),
                    "compare",
                    key);
        }
        for (Kind k : NAV) {
            String target = k == Kind.TERM ? lang + "/glossary/" : SitePaths.index(lang, k);
            String section = k == Kind.TERM ? "glossary" : k.dir();
            navItem(nav, kicker, ctx.href(target), t.get("kind." + k.dir()), section, key);
        }
        navItem(nav, kicker, ctx.href(SitePaths.search(lang)), t.get("nav.search"), "search", key);
        nav.raw("\n    ");
        HtmlWriter head = new HtmlWriter(4096);
        head.open("meta")
                .attr("name", "description")
                .attr("content", description)
                .raw("\n")
                .open("link")
                .attr("rel", "canonical")
                .attr("href", canonical)
                .raw("\n");
        if (edition.isPresent()) {
            // the current page is the one to index; this one stays for those who cite it
            head.open("meta").attr("name", "robots").attr("content", "noindex").raw("\n");
        }
        HtmlWriter languages = new HtmlWriter(256);
        if (key.localized()) {
            for (String l : cfg.languages()) {
                String href = ctx.href(key.path(l));
                String label = ui(l).get("lang.name");
                if (l.equals(lang)) {
                    languages
                            .raw("<span class=\"current\" aria-current=\"true\">")
                            .text(label)
                            .raw("</span>");
                } else {
                    languages
                            .open("a")
                            .attr("href", href)
                            .attr("hreflang", htmlLang(l))
                            .attr("lang", htmlLang(l))
                            .text(label)
                            .close("a");
                }
                alternate(head, htmlLang(l), cfg.baseUrl() + key.path(l));
            }
            alternate(head, "x-default", cfg.baseUrl());
        }
        head.raw("\n");
        og(head, "og:title", page.title().text());
        og(head, "og:description", description);
        og(head, "og:url", canonical);
        // a page of a dataset, not an article: reference managers save it as such
        og(head, "og:type", "website");
        og(head, "og:site_name", siteTitle);
        head.open("meta").attr("property", "og:locale").attr("content", t.get("og.locale"));
        Html cite = Html.EMPTY;
        if (citation.isPresent()) {
            PageCitation c = citation.get();
            head.raw("\n");
            Citations.meta(head, c);
            head.raw("<script type=\"application/ld+json\">")
                    .html(Html.trusted(citations.jsonLd(key, c, description)))
                    .raw("</script>");
            cite = citations.box(key, c, ctx, editionRows(key, lang, ctx));
        }
        head.raw("\n");
        HtmlWriter footer = new HtmlWriter(512);
        kb.pages().values().stream()
                .sorted(Comparator.comparing((Page p) -> p.title(lang, cfg.defaultLanguage())))
                .forEach(
                        p -> {
                            footer.raw("\n      <li>");
                            Fragments.link(footer, ctx.link(Kind.PAGE, p.id()));
                            footer.raw("</li>");
                        });
        if (!kb.pages().isEmpty()) {
            footer.raw("\n    ");
        }
        return new SiteView(
                lang,
                htmlLang(lang),
                siteTitle,
                pageTitle,
                description,
                canonical,
                ctx.href(SitePaths.home(lang)),
                ctx.href("assets/site.css"),
                ctx.href("assets/favicon.svg"),
                head.toHtml(),
                languages.toHtml(),
                nav.toHtml(),
                kicker.toHtml(),
                footer.toHtml(),
                cfg.license(),
                cfg.repository().map(ExternalUrl::encode).orElse(null),
                edition(cfg, t),
                cite,
                edition.isPresent() ? EditionBanner.placeholder(key, lang) : Html.EMPTY);
    }

    /**
     * The cite box's rows on editions: on a past edition's page its permalink; on a current page
     * the permalinks of the past editions that hold it.
     */
    private Html editionRows(PageKey key, String lang, PageContext ctx) {
        String base = catalog.kb().site().baseUrl();
        String path = key.path(lang);
        HtmlWriter w = new HtmlWriter(256);
        if (edition.isPresent()) {
            Edition e = edition.get();
            String url = base + e.root() + path;
            w.raw("<dt class=\"cite-editions\">")
                    .text(ctx.t.format("edition.permalink", e.version()))
                    // text, not a link: the edition's pages are checked before they move there
                    .raw("</dt>\n<dd class=\"cite-editions\"><span class=\"permalink\">")
                    .text(url)
                    .raw("</span></dd>\n");
            return w.toHtml();
        }
        List<PastEdition> holding =
                past.stream().filter(p -> p.files().contains(SitePaths.file(path))).toList();
        if (holding.isEmpty()) {
            return Html.EMPTY;
        }
        w.raw("<dt class=\"cite-editions\">")
                .text(ctx.t.get("edition.earlier"))
                .raw("</dt>\n<dd class=\"cite-editions\"><ul class=\"plain\">");
        for (PastEdition p : holding) {
            String url = base + p.edition().root() + path;
            w.raw("<li>")
                    .open("a")
                    .attr("href", url)
                    .text(
                            ctx.t.format(
                                    "edition.name",
                                    p.edition().version(),
                                    ctx.date(p.edition().released())))
                    .close("a")
                    .raw(" <span class=\"permalink\">")
                    .text(url)
                    .raw("</span></li>");
        }
        return w.raw("</ul></dd>\n").toHtml();
    }

    private static void navItem(
            HtmlWriter nav,
            HtmlWriter kicker,
            String href,
            String text,
            String section,
            PageKey key) {
        boolean current = section.equals(key.section());
        nav.raw("\n      <li>")
                .open("a")
                .attr("href", href)
                .attr("aria-current", current ? "page" : null)
                .text(text)
                .raw("</a></li>");
        if (current) {
            kicker.open("a").attr("href", href).text(text).close("a");
        }
    }

    private static void alternate(HtmlWriter head, String hreflang, String href) {
        head.open("link").attr("rel", "alternate").attr("hreflang", hreflang).attr("href", href);
    }

    private static void og(HtmlWriter head, String property, String content) {
        head.open("meta").attr("property", property).attr("content", content).raw("\n");
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
        return cslFile(key, lang, citation(key, lang));
    }

    /** As {@link #cslFile(PageKey, String)}, from the page's citation. */
    public static Optional<Map.Entry<String, byte[]>> cslFile(
            PageKey key, String lang, Optional<PageCitation> citation) {
        return citation.map(c -> Map.entry(Citations.cslPath(key, lang), Json.bytes(c.cslJson())));
    }

    /** The site path of a page's CSL-JSON file; empty for pages that are not cited. */
    public Optional<String> cslPath(PageKey key, String lang) {
        return Citations.isCited(key)
                ? Optional.of(Citations.cslPath(key, lang))
                : Optional.empty();
    }

    /** How the page is cited; empty for pages that only list, lead or search. */
    public Optional<PageCitation> citation(PageKey key, String lang) {
        return citations.of(key, lang, ui(lang));
    }
}
