package org.lineage.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.lineage.graph.History;
import org.lineage.graph.History.Event;
import org.lineage.graph.LineageGraph;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.TreeView;
import org.lineage.layout.TreeViews;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Correction;
import org.lineage.model.DateSpec;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;
import org.lineage.render.TreeParts.TreeFigure;

/**
 * The pages of the knowledge base in time: the timeline ({@code /<lang>/timeline/}) and the tree as
 * of the end of each year ({@code /<lang>/tree/as-of/<year>/}).
 */
final class TimeViews {
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final PageContext ctx;
    private final Ui t;

    TimeViews(Catalog catalog, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.ctx = ctx;
        this.t = ctx.t;
    }

    PageView timeline() {
        List<Event> events = History.events(kb);
        Map<Integer, List<Event>> byYear = new TreeMap<>();
        for (Event e : events) {
            byYear.computeIfAbsent(e.date().start().year(), y -> new ArrayList<>()).add(e);
        }
        HtmlWriter w = new HtmlWriter(events.size() * 300 + 256);
        byYear.forEach(
                (year, list) -> {
                    w.raw("\n  ")
                            .open("section")
                            .attr("class", "timeline-year")
                            .attr("id", "y" + year)
                            .end();
                    w.open("h2").text(Integer.toString(year)).close("h2");
                    w.raw("\n    <ol class=\"timeline\">");
                    for (Event e : list) {
                        event(w, e);
                    }
                    w.raw("\n    </ol>\n  </section>");
                });
        HtmlWriter years = new HtmlWriter(byYear.size() * 60);
        for (int y : byYear.keySet()) {
            years.raw("\n      <li>")
                    .open("a")
                    .attr("href", "#y" + y)
                    .text(Integer.toString(y))
                    .close("a")
                    .raw("</li>");
        }
        Str title = ctx.plain(t.get("timeline.heading"));
        Str summary = ctx.plain(t.get("timeline.intro"));
        return new PageViews.Timeline(
                title,
                summary,
                PageViews.lead(title, summary),
                years.toHtml(),
                SizeChart.svg(kb, ctx),
                w.toHtml(),
                asOfLinks(null));
    }

    private void event(HtmlWriter w, Event e) {
        String kind = e.kind().name().toLowerCase(Locale.ROOT);
        w.raw("\n      ")
                .open("li")
                .attr("class", "event event-" + kind)
                .attr("data-kind", kind)
                .attr("data-date", e.date().toString())
                .end();
        String machine = Dates.machine(e.date());
        if (machine.isEmpty()) {
            w.open("span").attr("class", "when").text(ctx.date(e.date())).close("span");
        } else {
            w.open("time")
                    .attr("class", "when")
                    .attr("datetime", machine)
                    .text(ctx.date(e.date()))
                    .close("time");
        }
        if (e.date().end().isPresent()) {
            interval(w, e.date());
        }
        w.raw(" <span class=\"event-kind\">").text(t.get("timeline.kind_" + kind)).raw("</span> ");
        switch (e.kind()) {
            case RELEASE -> Fragments.link(w, ctx.link(Kind.MODEL, e.id()));
            case SOURCE -> Fragments.link(w, ctx.link(Kind.SOURCE, e.id()));
            case CORRECTION -> {
                Fragments.link(w, ctx.link(Kind.CLAIM, e.id()));
                Correction k = kb.claims().get(e.id()).corrections().get(e.index());
                w.raw(" <span class=\"was\">");
                Fragments.str(w, ctx.str(k.before()));
                w.raw("</span>");
            }
        }
        w.raw("</li>");
    }

    /** An interval as a bar over the months of the years it spans. */
    private void interval(HtmlWriter w, DateSpec d) {
        int y0 = d.start().year();
        int y1 = d.end().get().year();
        double months = (y1 - y0 + 1) * 12.0;
        double from = d.start().month() == 0 ? 0 : d.start().month() - 1;
        double to = (y1 - y0) * 12.0 + (d.end().get().month() == 0 ? 12 : d.end().get().month());
        double width = 96;
        w.raw(" ")
                .open("svg")
                .attr("class", "interval")
                .attr("viewBox", "0 0 " + (int) width + " 8")
                .attr("width", (int) width)
                .attr("height", 8)
                .attr("role", "img")
                .attr("aria-label", ctx.date(d))
                .end();
        w.open("rect")
                .attr("class", "interval-track")
                .attr("x", "0")
                .attr("y", "3")
                .attr("width", (int) width)
                .attr("height", 2)
                .end()
                .raw("</rect>");
        w.open("rect")
                .attr("class", "interval-span")
                .attr("x", fmt(from / months * width))
                .attr("y", "0")
                .attr("width", fmt(Math.max(2, (to - from) / months * width)))
                .attr("height", 8)
                .end()
                .raw("</rect>");
        w.close("svg");
    }

    static String fmt(double v) {
        return Fragments.tenths(v);
    }

    /** The links to every year's "as of" tree; {@code current} is not a link. */
    private Html asOfLinks(Integer current) {
        SortedSet<Integer> years = History.years(kb);
        HtmlWriter w = new HtmlWriter(years.size() * 80 + 32);
        for (int y : years) {
            w.raw("\n      <li>");
            if (current != null && y == current) {
                w.raw("<span aria-current=\"page\">").text(Integer.toString(y)).raw("</span>");
            } else {
                w.open("a")
                        .attr("href", ctx.href(SitePaths.asOf(ctx.lang, y)))
                        .text(Integer.toString(y))
                        .close("a");
            }
            w.raw("</li>");
        }
        return w.toHtml();
    }

    PageView asOf(int year, Trees trees) {
        Catalog.Then asOf = catalog.asOf(year);
        KnowledgeBase then = asOf.kb();
        LineageGraph graph = asOf.graph();
        int n = then.models().size();
        Html figure = Html.EMPTY;
        String note = null;
        if (n == 0) {
            note = t.get("asof.no_models");
        } else if (TreeViews.wholeTreeFits(graph)) {
            TreeView view = TreeViews.whole(then, graph);
            TreeFigure f =
                    trees.figure(
                            ctx,
                            new Trees.Drawing(
                                    "asof:" + year,
                                    1,
                                    view,
                                    "tree",
                                    t.format("asof.svg_title", year),
                                    t.format("asof.svg_desc", year),
                                    true,
                                    true,
                                    null,
                                    true,
                                    null,
                                    false));
            figure = trees.html(ctx, f);
        } else {
            note = t.format("tree.too_big", n);
        }
        Str title = ctx.plain(t.format("asof.heading", year));
        Str summary = ctx.plain(t.format("asof.intro", year));
        List<Link> related = new ArrayList<>();
        related.add(new Link(ctx.href(SitePaths.tree(ctx.lang)), t.get("asof.now"), null));
        related.add(
                new Link(
                        ctx.href(SitePaths.timeline(ctx.lang) + "#y" + year),
                        t.get("timeline.heading"),
                        null));
        return new PageViews.AsOf(
                title,
                summary,
                PageViews.lead(title, summary),
                asOfLinks(year),
                t.format("asof.counts", n, kb.models().size()),
                figure,
                note,
                families(then, graph),
                statusCounts(then),
                corrected(year),
                Fragments.linkItems(related));
    }

    /** The families' sizes at the end of the year, when the tree is too big to draw. */
    private Html families(KnowledgeBase then, LineageGraph graph) {
        if (TreeViews.wholeTreeFits(graph)) {
            return Html.EMPTY;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Model m : then.models().values()) {
            m.family().map(Ref::id).ifPresent(f -> counts.merge(f, 1, Integer::sum));
        }
        HtmlWriter w = new HtmlWriter(counts.size() * 160 + 16);
        counts.forEach(
                (f, c) -> {
                    w.raw("\n      <li>");
                    Fragments.link(w, ctx.link(Kind.FAMILY, f));
                    w.raw(" ").text(t.format("asof.family_count", c)).raw("</li>");
                });
        return w.toHtml();
    }

    /** How many claims had each status at the end of the year. */
    private Html statusCounts(KnowledgeBase then) {
        Map<Confidence, Integer> counts = new EnumMap<>(Confidence.class);
        for (Claim c : then.claims().values()) {
            counts.merge(c.status(), 1, Integer::sum);
        }
        HtmlWriter w = new HtmlWriter(512);
        counts.forEach(
                (s, c) -> {
                    w.raw("\n      <li data-status=\"").text(s.key()).raw("\">");
                    ctx.f.badge(w, ctx.badge(s));
                    w.raw(" ").text(Integer.toString(c)).raw("</li>");
                });
        return w.toHtml();
    }

    /**
     * The claims that read differently at the end of the year: each with the status it had, the
     * status it has now, and the corrections still to come.
     */
    private Html corrected(int year) {
        HtmlWriter w = new HtmlWriter(1024);
        for (Claim c : kb.claims().values()) {
            List<Correction> pending = History.pending(c, year);
            if (pending.isEmpty()) {
                continue;
            }
            Confidence then = History.statusAsOf(c, year);
            w.raw("\n      ")
                    .open("li")
                    .attr("data-claim", c.id())
                    .attr("data-status", then.key())
                    .end();
            ctx.f.badge(w, ctx.badge(then));
            w.raw(" ");
            Fragments.link(w, ctx.link(Kind.CLAIM, c.id()));
            if (then != c.status()) {
                w.raw(" <span class=\"now\">").text(t.get("asof.status_now")).raw(" ");
                ctx.f.badge(w, ctx.badge(c.status()));
                w.raw("</span>");
            }
            w.raw("\n        <ul class=\"pending\">");
            for (Correction k : pending) {
                w.raw("\n          <li>")
                        .text(t.format("asof.pending", ctx.date(k.date())))
                        .raw(" <span class=\"was\">");
                Fragments.str(w, ctx.str(k.before()));
                w.raw("</span></li>");
            }
            w.raw("\n        </ul></li>");
        }
        return w.toHtml();
    }
}
