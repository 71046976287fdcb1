package org.lineage.render;

import org.lineage.export.EditionDiff;
import org.lineage.export.EditionDiff.Changes;
import org.lineage.export.EditionDiff.Field;
import org.lineage.export.EditionDiff.Move;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Edition;
import org.lineage.model.Kind;
import org.lineage.model.SitePaths;

/**
 * The banner above each page of a past edition: which edition it is, a link to the page as it is
 * now (or to the home page when the page is gone), and what changed since this edition.
 */
final class EditionBanner {
    private EditionBanner() {}

    static Html html(
            EditionMode mode,
            EditionDiff.Editions diff,
            PageKey key,
            String lang,
            PageContext ctx) {
        Ui t = ctx.t;
        Edition e = mode.edition();
        String base = ctx.baseUrl();
        String path = key.path(lang);
        Changes changes =
                key instanceof PageKey.Entity en
                        ? diff.of(en.kind(), en.id())
                        : new Changes(false, java.util.List.of(), java.util.List.of());
        boolean current = !changes.gone() && mode.nowFiles().contains(SitePaths.file(path));
        HtmlWriter w = new HtmlWriter(1024);
        // a region of its own, named, so that a screen reader lists it with the page's landmarks
        w.raw("<section class=\"edition-banner\" aria-label=\"")
                .text(t.get("edition.region"))
                .raw("\"><div class=\"wrap\">\n<p>")
                .text(t.format("edition.banner", e.version(), ctx.date(e.released())))
                .raw(" ")
                .open("a")
                .attr("href", base + (current ? path : SitePaths.home(lang)))
                .text(t.get(current ? "edition.current" : "edition.gone"))
                .close("a")
                .raw("</p>\n");
        if (key instanceof PageKey.Entity) {
            w.raw("<details class=\"edition-changes\" open><summary>")
                    .text(t.get("edition.changes"))
                    .raw("</summary>\n<ul class=\"edition-diff\">");
            if (changes.isEmpty()) {
                w.raw("<li>").text(t.get("edition.unchanged")).raw("</li>");
            }
            if (changes.gone()) {
                w.raw("<li data-change=\"gone\">").text(t.get("edition.removed")).raw("</li>");
            }
            for (Field f : changes.fields()) {
                String how = f.how().name().toLowerCase(java.util.Locale.ROOT);
                w.raw("\n<li data-change=\"")
                        .text(how)
                        .raw("\" data-field=\"")
                        .text(f.name())
                        .raw("\">")
                        .text(t.format("edition.field_" + how, f.name()))
                        .raw("</li>");
            }
            for (Move m : changes.moves()) {
                w.raw("\n<li data-change=\"status\" data-claim=\"").text(m.claim()).raw("\">");
                w.text(t.get("edition.status_moved")).raw(" ");
                w.open("a")
                        .attr("href", base + SitePaths.entity(lang, Kind.CLAIM, m.claim()))
                        .text(m.claim())
                        .close("a")
                        .raw(": ");
                ctx.f.badge(w, ctx.badge(m.then()));
                w.raw(" → ");
                ctx.f.badge(w, ctx.badge(m.now()));
                w.raw("</li>");
            }
            w.raw("</ul></details>\n");
        }
        return w.raw("</div></section>\n").toHtml();
    }
}
