package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import org.lineage.export.DataExports;
import org.lineage.export.SummaryTable;
import org.lineage.html.HtmlWriter;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

/** The view of the summary table: the main story stage by stage, one table body per series. */
final class SummaryViews {
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final PageContext ctx;
    private final Ui t;

    SummaryViews(Catalog catalog, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.ctx = ctx;
        this.t = ctx.t;
    }

    PageView summary() {
        SummaryTable table = SummaryTable.of(kb, catalog.graph());
        HtmlWriter w = new HtmlWriter(table.groups().size() * 4000 + 64);
        for (SummaryTable.Group g : table.groups()) {
            String id = "series-" + g.family();
            w.raw("\n      <tbody>\n        <tr class=\"series\">")
                    .open("th")
                    .attr("scope", "colgroup")
                    .attr("colspan", 6)
                    .attr("id", id)
                    .end();
            Fragments.link(w, ctx.link(Kind.FAMILY, g.family()));
            w.raw("</th></tr>");
            for (SummaryTable.Row r : g.rows()) {
                w.raw("\n        <tr>").open("th").attr("scope", "row").end();
                Fragments.link(w, ctx.link(Kind.MODEL, r.model()));
                w.raw("</th>\n          <td>");
                if (r.changes().isEmpty()) {
                    none(w);
                } else {
                    w.raw("<ul class=\"abilities\">");
                    for (CapabilityChange c : r.changes()) {
                        w.raw("<li>");
                        Fragments.markSymbol(w, ctx.mark(c.change()));
                        w.raw(" ");
                        Fragments.link(w, ctx.link(Kind.CAPABILITY, c.capability().id()));
                        w.raw("</li>");
                    }
                    w.raw("</ul>");
                }
                w.raw("</td>\n          <td>");
                links(w, r.methods().stream().map(m -> ctx.link(Kind.METHOD, m)).toList());
                w.raw("</td>\n          <td>");
                if (r.apiName().isPresent()) {
                    w.open("code").end().text(r.apiName().get()).close("code");
                } else {
                    none(w);
                }
                w.raw("</td>\n          <td>");
                links(w, r.paper().stream().map(p -> ctx.link(Kind.SOURCE, p)).toList());
                w.raw("</td>\n          <td>");
                links(w, r.analogues().stream().map(a -> ctx.link(Kind.MODEL, a)).toList());
                w.raw("</td>\n        </tr>");
            }
            w.raw("\n      </tbody>");
        }
        List<Link> downloads = new ArrayList<>();
        for (DataExports.Download d : DataExports.DOWNLOADS) {
            if (d.name().startsWith("summary")) {
                downloads.add(new Link(ctx.href(d.path()), t.get("download." + d.name()), null));
            }
        }
        Str title = ctx.plain(t.get("summary.heading"));
        Str summary = ctx.plain(t.get("summary.intro"));
        return new PageViews.Summary(
                title, summary, PageViews.lead(title, summary), w.toHtml(), downloads);
    }

    private void links(HtmlWriter w, List<Link> links) {
        if (links.isEmpty()) {
            none(w);
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                w.text(t.get("list.separator"));
            }
            Fragments.link(w, links.get(i));
        }
    }

    private void none(HtmlWriter w) {
        w.raw("<span class=\"none\">").text(t.get("summary.none")).raw("</span>");
    }
}
