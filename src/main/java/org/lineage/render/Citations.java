package org.lineage.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.export.DataExports;
import org.lineage.export.Json;
import org.lineage.export.PageCitation;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.markdown.ExternalUrl;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.ParentEdge;
import org.lineage.model.SitePaths;

/**
 * How each citable page is cited: entity pages, free pages, the glossary, and the home page, which
 * stands for the knowledge base as a whole. The "Cite this page" box, the head's meta tags and the
 * schema.org JSON-LD all come from one {@link PageCitation}, so they never disagree.
 */
final class Citations {
    private final Catalog catalog;
    private final KnowledgeBase kb;

    Citations(Catalog catalog) {
        this.catalog = catalog;
        this.kb = catalog.kb();
    }

    /** The citation of a page; empty for pages that only list, lead or search. */
    Optional<PageCitation> of(PageKey key, String lang, Ui t) {
        if (key instanceof PageKey.Entity e) {
            return Optional.of(PageCitation.of(kb, kb.find(e.kind(), e.id()).orElseThrow(), lang));
        }
        if (key instanceof PageKey.Free f) {
            return Optional.of(PageCitation.of(kb, kb.pages().get(f.slug()), lang));
        }
        if (key instanceof PageKey.Glossary) {
            return Optional.of(
                    PageCitation.forPath(
                            kb,
                            "lineage-" + lang + "-glossary",
                            t.get("kind.glossary"),
                            key.path(lang),
                            lang));
        }
        if (key instanceof PageKey.Home) {
            return Optional.of(PageCitation.whole(kb, lang));
        }
        return Optional.empty();
    }

    /** Whether pages like {@code key} are cited (entity, free, glossary and home pages). */
    static boolean isCited(PageKey key) {
        return key instanceof PageKey.Entity
                || key instanceof PageKey.Free
                || key instanceof PageKey.Glossary
                || key instanceof PageKey.Home;
    }

    /** The site path of a cited page's CSL-JSON file. */
    static String cslPath(PageKey key, String lang) {
        if (key instanceof PageKey.Entity e) {
            return SitePaths.entityCsl(lang, e.kind(), e.id());
        }
        if (key instanceof PageKey.Free f) {
            return SitePaths.entityCsl(lang, Kind.PAGE, f.slug());
        }
        if (key instanceof PageKey.Glossary) {
            return SitePaths.pageCsl(lang, "glossary");
        }
        if (key instanceof PageKey.Home) {
            return SitePaths.pageCsl(lang, "home");
        }
        throw new IllegalArgumentException(key + " is not cited");
    }

    /**
     * The "Cite" box: a {@code <details>} beside the page's title, so that it opens without script.
     * The access dates are marked so that {@code cite.js} can put in the reader's day (without
     * script they stay the edition's date, as the note under the box says), and copy buttons are
     * added by the same script. {@code editions} lists the page in past editions.
     */
    Html box(PageKey key, PageCitation c, PageContext ctx, Html editions) {
        Ui t = ctx.t;
        String csl = cslPath(key, c.lang());
        String note =
                c.date().isPresent()
                        ? kb.site()
                                .released()
                                .map(d -> t.format("cite.accessed", Dates.format(d, t)))
                                .orElse(null)
                        : null;
        HtmlWriter w = new HtmlWriter(2048);
        w.open("details")
                .attr("class", "cite")
                .attr("id", "cite")
                .attr("data-copy", t.get("cite.copy"))
                .attr("data-copied", t.get("cite.copied"))
                .attr("data-copy-label", t.get("cite.copy_label"))
                .attr("data-today", t.get("cite.today"))
                .raw("\n<summary>")
                .open("span")
                .attr("class", "cite-button")
                .end()
                .text(t.get("cite.button"))
                .raw("</span><span class=\"visually-hidden\">: ")
                .text(t.get(c.whole() ? "cite.whole" : "cite.title"))
                .raw("</span></summary>\n<div class=\"cite-box\">\n<dl>\n<dt>")
                .text(t.get("cite.url"))
                .raw("</dt>\n<dd>")
                .open("a")
                .attr("class", "permalink")
                .attr("href", c.url())
                .text(c.url())
                .raw("</a>");
        c.edition()
                .ifPresent(
                        e ->
                                w.raw(" <span class=\"edition\">")
                                        .text(t.format("cite.edition", e))
                                        .raw("</span>"));
        w.raw("</dd>\n<dt>")
                .text(t.get("cite.bibtex"))
                .raw("</dt>\n<dd><pre class=\"bibtex\"><code>");
        accessed(w, c.bibtex().strip(), BIBTEX_ACCESSED);
        w.raw("</code></pre></dd>\n");
        if (c.lang().equals("zh")) {
            reference(w, t.get("cite.gbt"), c.gbt7714(), GBT_ACCESSED);
        }
        reference(w, t.get("cite.apa"), c.apa(), List.of());
        reference(w, t.get("cite.mla"), c.mla(), MLA_ACCESSED);
        w.raw("\n<dt>")
                .text(t.get("cite.csl"))
                .raw("</dt>\n<dd>")
                .open("a")
                .attr("href", ctx.href(csl))
                .attr("type", "application/vnd.citationstyles.csl+json")
                .text(csl.substring(csl.lastIndexOf('/') + 1))
                .raw("</a></dd>\n")
                .html(editions)
                .raw("</dl>\n");
        if (note != null) {
            w.raw("<p class=\"hint cite-note\">").text(note).raw("</p>");
        }
        w.raw("\n</div>\n")
                .open("script")
                .attr("src", ctx.href("assets/cite.js"))
                .flag("defer")
                .raw("</script>");
        return w.raw("\n</details>").toHtml();
    }

    /** Where a BibTeX entry names the access date: its urldate field and its note. */
    private static final List<Pattern> BIBTEX_ACCESSED =
            List.of(
                    Pattern.compile("urldate = \\{(\\d{4}-\\d{2}-\\d{2})\\}"),
                    Pattern.compile("Accessed (\\d{4}-\\d{2}-\\d{2})\\."));

    /** GB/T 7714 gives the access date in brackets after the date of publication. */
    private static final List<Pattern> GBT_ACCESSED =
            List.of(Pattern.compile("\\)\\[(\\d{4}-\\d{2}-\\d{2})\\]"));

    /** MLA ends with "Accessed 26 Nov. 2026." */
    private static final List<Pattern> MLA_ACCESSED =
            List.of(Pattern.compile("Accessed ((?:\\d{1,2} )?[A-Z][a-z]+\\.? \\d{4})\\.$"));

    /**
     * Writes {@code text}, each access date found by {@code where} (its first group) wrapped in a
     * span that says how the date is written, ISO or MLA.
     */
    private static void accessed(HtmlWriter w, String text, List<Pattern> where) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : where) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(1), m.end(1)});
            }
        }
        spans.sort(java.util.Comparator.comparingInt(a -> a[0]));
        int at = 0;
        for (int[] s : spans) {
            String date = text.substring(s[0], s[1]);
            w.text(text.substring(at, s[0]))
                    .open("span")
                    .attr("class", "accessed")
                    .attr("data-style", date.matches("\\d{4}-\\d{2}-\\d{2}") ? "iso" : "mla")
                    .end()
                    .text(date)
                    .close("span");
            at = s[1];
        }
        w.text(text.substring(at));
    }

    private static void reference(HtmlWriter w, String label, String text, List<Pattern> dates) {
        w.raw("<dt>").text(label).raw("</dt>\n<dd><p class=\"reference\">");
        accessed(w, text, dates);
        w.raw("</p></dd>");
    }

    /** Highwire Press and Dublin Core tags for the head, one per line. */
    static void meta(HtmlWriter w, PageCitation c) {
        for (PageCitation.Meta m : c.metaTags()) {
            w.open("meta").attr("name", m.name()).attr("content", m.content()).raw("\n");
        }
    }

    /**
     * schema.org JSON-LD, safe inside a script element: a model's page is based on its parents'
     * pages; every page cites the works it draws on; the home page offers the downloads.
     */
    String jsonLd(PageKey key, PageCitation c, String description) {
        String base = kb.site().baseUrl();
        String lang = c.lang();
        List<String> basedOn = new ArrayList<>();
        java.util.Set<String> cites = new java.util.LinkedHashSet<>();
        EntityKey owner = null;
        if (key instanceof PageKey.Entity e) {
            owner = new EntityKey(e.kind(), e.id());
            if (e.kind() == Kind.MODEL) {
                for (ParentEdge p : catalog.graph().parentEdges(e.id())) {
                    basedOn.add(base + SitePaths.entity(lang, Kind.MODEL, p.model().id()));
                }
            }
            if (e.kind() == Kind.SOURCE) {
                kb.sources().get(e.id()).link().map(ExternalUrl::encode).ifPresent(cites::add);
            }
        } else if (key instanceof PageKey.Free f) {
            owner = new EntityKey(Kind.PAGE, f.slug());
        }
        if (owner != null) {
            for (String s : catalog.sourcesCitedBy(owner)) {
                kb.sources().get(s).link().map(ExternalUrl::encode).ifPresent(cites::add);
            }
        }
        List<String> translations = new ArrayList<>();
        for (String l : kb.site().languages()) {
            if (!l.equals(lang)) {
                translations.add(base + key.path(l));
            }
        }
        ObjectNode ld = c.jsonLd(description, basedOn, translations, List.copyOf(cites));
        if (c.whole()) {
            ArrayNode downloads = ld.putArray("distribution");
            for (DataExports.Download d : DataExports.DOWNLOADS) {
                downloads
                        .addObject()
                        .put("@type", "DataDownload")
                        .put("contentUrl", base + d.path())
                        .put("encodingFormat", d.mediaType());
            }
        }
        return Json.forScript(ld);
    }
}
