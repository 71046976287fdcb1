package org.lineage.render;

import java.util.List;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.render.Parts.Badge;
import org.lineage.render.Parts.BodyView;
import org.lineage.render.Parts.ChangeItem;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.EdgeItem;
import org.lineage.render.Parts.EdgeRow;
import org.lineage.render.Parts.Item;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.LinkGroup;
import org.lineage.render.Parts.Mark;
import org.lineage.render.Parts.Str;

/**
 * The small pieces every page repeats — links, badges, change marks, claim lists, edge and change
 * tables, bodies — written once in Java through {@link HtmlWriter}. Each writes exactly what the
 * template fragment of the same name wrote, so that a page reads the same whichever drew it.
 *
 * <p>One per page language; holds only that language's UI strings, so it may be shared.
 */
final class Fragments {
    private final Ui t;
    private final String htmlLang;

    Fragments(Ui t) {
        this.t = t;
        this.htmlLang = t.get("lang.tag");
    }

    Ui t() {
        return t;
    }

    /** {@code <a href lang>text</a>}. */
    static void link(HtmlWriter w, Link l) {
        w.open("a").attr("href", l.href()).attr("lang", l.lang()).text(l.text()).close("a");
    }

    static Html link(Link l) {
        HtmlWriter w = new HtmlWriter(64);
        link(w, l);
        return w.toHtml();
    }

    /** A text, in a {@code <span lang>} when it is not in the page's language. */
    static void str(HtmlWriter w, Str s) {
        if (s.lang() != null) {
            w.open("span").attr("lang", s.lang()).text(s.text()).close("span");
        } else {
            w.text(s.text());
        }
    }

    static Html str(Str s) {
        HtmlWriter w = new HtmlWriter(64);
        str(w, s);
        return w.toHtml();
    }

    /** A confidence badge, linking to the scale when the site explains it. */
    void badge(HtmlWriter w, Badge b) {
        String tag = b.href() != null ? "a" : "span";
        w.open(tag).attr("href", b.href()).attr("class", "badge badge-" + b.key());
        if (b.href() != null) {
            w.attr("title", t.get("confidence.scale"));
        }
        w.text(b.label()).close(tag);
    }

    /** A change or state: its symbol (hidden from screen readers) and its meaning in words. */
    static void changemark(HtmlWriter w, Mark m) {
        w.open("span")
                .attr("class", "mark mark-" + m.key())
                .attr("title", m.label())
                .raw("<span class=\"symbol\" aria-hidden=\"true\">")
                .text(m.symbol())
                .raw("</span> <span class=\"label\">")
                .text(m.label())
                .raw("</span></span>");
    }

    /** A change's symbol alone, its meaning in the tooltip. */
    static void markSymbol(HtmlWriter w, Mark m) {
        w.open("span")
                .attr("class", "mark-symbol mark-" + m.key())
                .attr("title", m.label())
                .text(m.symbol())
                .close("span");
    }

    /** A rendered body, with the notice when it falls back to another language. */
    void prose(HtmlWriter w, BodyView b) {
        if (b == null) {
            return;
        }
        w.open("div").attr("class", "prose").attr("lang", b.lang());
        if (b.fallback()) {
            w.open("p")
                    .attr("class", "notice")
                    .attr("lang", htmlLang)
                    .text(t.get("notice.untranslated"))
                    .close("p");
        }
        w.html(b.html()).close("div");
    }

    Html prose(BodyView b) {
        HtmlWriter w = new HtmlWriter(b == null ? 16 : b.html().toString().length() + 128);
        prose(w, b);
        return w.toHtml();
    }

    /** Claims, each with its status. */
    Html claims(List<ClaimItem> items) {
        HtmlWriter w = new HtmlWriter(items.size() * 200 + 32);
        claimList(w, items);
        return w.toHtml();
    }

    private void claimList(HtmlWriter w, List<ClaimItem> items) {
        w.raw("<ul class=\"claims\">");
        for (ClaimItem c : items) {
            w.raw("<li>");
            badge(w, c.status());
            w.raw(" ");
            link(w, c.claim());
            w.raw("</li>");
        }
        w.raw("</ul>");
    }

    /**
     * The first {@code shown} claims as a list, the rest folded beneath them in a {@code <details>}
     * whose summary counts them by confidence, in the order of the list: readers see how many
     * claims of each kind there are without opening it, and open it without script.
     */
    Html claims(List<ClaimItem> items, int shown) {
        if (items.size() <= shown + 1) {
            return claims(items);
        }
        HtmlWriter w = new HtmlWriter(items.size() * 200 + 256);
        claimList(w, items.subList(0, shown));
        List<ClaimItem> rest = items.subList(shown, items.size());
        java.util.Map<Badge, Integer> counts = new java.util.LinkedHashMap<>();
        for (ClaimItem c : rest) {
            counts.merge(c.status(), 1, Integer::sum);
        }
        w.raw("<details class=\"more-claims\"><summary>")
                .text(t.format("claims.more", rest.size()))
                .raw(" <span class=\"tally\">");
        boolean first = true;
        for (var e : counts.entrySet()) {
            if (!first) {
                w.text(t.get("list.separator"));
            }
            first = false;
            Badge b = e.getKey();
            w.open("span").attr("class", "badge badge-" + b.key()).text(b.label()).close("span");
            w.text("\u00a0\u00d7\u00a0" + e.getValue());
        }
        w.raw("</span></summary>");
        claimList(w, rest);
        return w.raw("</details>").toHtml();
    }

    /** A link and its one-line summary. */
    static void item(HtmlWriter w, Item i) {
        link(w, i.link());
        if (i.summary() != null) {
            w.raw("<span class=\"summary\">");
            str(w, i.summary());
            w.raw("</span>");
        }
    }

    /** Items as list entries. */
    static Html items(List<Item> items) {
        HtmlWriter w = new HtmlWriter(items.size() * 160 + 16);
        for (Item i : items) {
            w.raw("<li>");
            item(w, i);
            w.raw("</li>");
        }
        return w.toHtml();
    }

    /** Links as list entries. */
    static Html linkItems(List<Link> links) {
        HtmlWriter w = new HtmlWriter(links.size() * 96 + 16);
        for (Link l : links) {
            w.raw("<li>");
            link(w, l);
            w.raw("</li>");
        }
        return w.toHtml();
    }

    /** Links separated by the language's list separator. */
    Html linkList(List<Link> links) {
        HtmlWriter w = new HtmlWriter(links.size() * 96 + 16);
        String sep = t.get("list.separator");
        for (int i = 0; i < links.size(); i++) {
            link(w, links.get(i));
            if (i < links.size() - 1) {
                w.text(sep);
            }
        }
        return w.toHtml();
    }

    /** A lineage edge seen from one of its ends. */
    void edge(HtmlWriter w, EdgeItem e) {
        link(w, e.model());
        w.raw(" ");
        badge(w, e.confidence());
        w.raw("<span class=\"via\">").text(t.get("edge.via"));
        link(w, e.method());
        if (e.claim() != null) {
            w.text(t.get("edge.argued"));
            link(w, e.claim());
        }
        w.raw("</span>");
        if (e.note() != null) {
            w.open("p")
                    .attr("class", "note")
                    .attr("lang", e.note().lang())
                    .text(e.note().text())
                    .close("p");
        }
    }

    /** Edges as the entries of a list. */
    Html edges(List<EdgeItem> edges) {
        HtmlWriter w = new HtmlWriter(edges.size() * 400 + 16);
        for (EdgeItem e : edges) {
            w.raw("<li>");
            edge(w, e);
            w.raw("</li>");
        }
        return w.toHtml();
    }

    private void th(HtmlWriter w, String key) {
        w.raw("<th scope=\"col\">").text(t.get(key)).raw("</th>");
    }

    private static void td(HtmlWriter w, String css, Link l) {
        w.open("td").attr("class", css).end();
        link(w, l);
        w.raw("</td>");
    }

    private static void optionalLinkCell(HtmlWriter w, Link l) {
        w.raw("<td>");
        if (l != null) {
            link(w, l);
        }
        w.raw("</td>");
    }

    /** Lineage edges seen from elsewhere: child, parent, method, confidence, claim. */
    Html edgeTable(List<EdgeRow> rows) {
        HtmlWriter w = new HtmlWriter(rows.size() * 500 + 400);
        w.raw("<div class=\"table-wrap\"><table>\n<thead><tr>");
        th(w, "col.child");
        th(w, "col.parent");
        th(w, "col.method");
        th(w, "col.confidence");
        th(w, "col.claim");
        w.raw("</tr></thead>\n<tbody>");
        for (EdgeRow r : rows) {
            w.raw("<tr>");
            td(w, "nowrap", r.child());
            td(w, "nowrap", r.parent());
            td(w, "nowrap", r.method());
            w.raw("<td>");
            badge(w, r.confidence());
            w.raw("</td>");
            optionalLinkCell(w, r.claim());
            w.raw("</tr>");
        }
        return w.raw("</tbody>\n</table></div>").toHtml();
    }

    /** What steps did to a capability: model, date, change, claim. */
    Html changeTable(List<ChangeItem> rows) {
        HtmlWriter w = new HtmlWriter(rows.size() * 500 + 400);
        w.raw("<div class=\"table-wrap\"><table>\n<thead><tr>");
        th(w, "col.model");
        th(w, "col.date");
        th(w, "col.change");
        th(w, "col.claim");
        w.raw("</tr></thead>\n<tbody>");
        for (ChangeItem c : rows) {
            w.raw("<tr>");
            td(w, "nowrap", c.subject());
            w.raw("<td class=\"nowrap\">").text(c.released()).raw("</td><td>");
            changemark(w, c.change());
            w.raw("</td>");
            optionalLinkCell(w, c.claim());
            w.raw("</tr>");
        }
        return w.raw("</tbody>\n</table></div>").toHtml();
    }

    /** Entities grouped under their kind's name, as a definition list's entries. */
    static Html groups(List<LinkGroup> groups) {
        HtmlWriter w = new HtmlWriter(groups.size() * 400 + 16);
        for (LinkGroup g : groups) {
            w.raw("<dt>").text(g.label()).raw("</dt><dd>");
            w.open("ul").attr("class", g.wide() ? "plain" : "inline").end();
            for (Link l : g.links()) {
                w.raw("<li>");
                link(w, l);
                w.raw("</li>");
            }
            w.raw("</ul></dd>");
        }
        return w.toHtml();
    }

    /**
     * {@code v} to one decimal, rounded half up as {@code String.format("%.1f")} rounds (on the
     * shortest decimal that reads back as {@code v}), without a trailing {@code .0} and never
     * {@code -0}: a coordinate of a drawing. Without a formatter, which costs more than the rest of
     * a small drawing.
     */
    static String tenths(double v) {
        String s =
                java.math.BigDecimal.valueOf(v)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
