package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import org.lineage.graph.History;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.DateSpec;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.PartialDate;
import org.lineage.model.SitePaths;

/**
 * The timeline's chart of release date against parameter count (a log scale), for the models whose
 * size is known: a static SVG, each point a link to its model, a release known only as an interval
 * drawn as a line over it.
 */
final class SizeChart {
    private static final double W = 720;
    private static final double H = 360;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 40;

    private SizeChart() {}

    private record Point(Model model, DateSpec date, double size) {}

    static Html svg(KnowledgeBase kb, PageContext ctx) {
        List<Point> points = new ArrayList<>();
        for (Model m : kb.models().values()) {
            if (m.released().isEmpty() || m.parameters().isEmpty()) {
                continue;
            }
            History.billions(m.parameters().get())
                    .filter(b -> b > 0)
                    .ifPresent(b -> points.add(new Point(m, m.released().get(), b)));
        }
        if (points.isEmpty()) {
            return Html.EMPTY;
        }
        int y0 = Integer.MAX_VALUE;
        int y1 = Integer.MIN_VALUE;
        double s0 = Double.MAX_VALUE;
        double s1 = -Double.MAX_VALUE;
        for (Point p : points) {
            y0 = Math.min(y0, p.date().start().year());
            y1 = Math.max(y1, p.date().end().orElse(p.date().start()).year());
            s0 = Math.min(s0, Math.log10(p.size()));
            s1 = Math.max(s1, Math.log10(p.size()));
        }
        int e0 = (int) Math.floor(s0);
        int e1 = Math.max(e0 + 1, (int) Math.ceil(s1));
        Scale x = new Scale(y0, y1 + 1, LEFT, W - RIGHT);
        Scale y = new Scale(e0, e1, H - BOTTOM, TOP);
        Ui t = ctx.t;
        HtmlWriter w = new HtmlWriter(points.size() * 260 + 4096);
        w.open("figure").attr("class", "size-chart").end();
        w.open("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + (int) W + " " + (int) H)
                .attr("width", (int) W)
                .attr("height", (int) H)
                // a group, not an image: its points are links, which an image would hide
                .attr("role", "group")
                .attr("aria-labelledby", "size-chart-title")
                .end();
        w.open("title")
                .attr("id", "size-chart-title")
                .text(t.format("timeline.chart_title", points.size()))
                .close("title");
        int step = Math.max(1, (y1 + 1 - y0) / 12);
        for (int yr = y0; yr <= y1 + 1; yr += step) {
            double px = x.at(yr);
            line(w, "grid", px, TOP, px, H - BOTTOM);
            label(w, "axis-label", px, H - BOTTOM + 18, "middle", Integer.toString(yr));
        }
        for (int e = e0; e <= e1; e++) {
            double py = y.at(e);
            line(w, "grid", LEFT, py, W - RIGHT, py);
            label(w, "axis-label", LEFT - 6, py + 4, "end", size(e));
        }
        line(w, "axis", LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
        line(w, "axis", LEFT, TOP, LEFT, H - BOTTOM);
        for (Point p : points) {
            double py = y.at(Math.log10(p.size()));
            double px = x.at(when(p.date().start(), false));
            String name = ctx.title(p.model()).text();
            w.open("a")
                    .attr("href", ctx.href(SitePaths.entity(ctx.lang, Kind.MODEL, p.model().id())))
                    .attr("data-model", p.model().id())
                    .end();
            if (p.date().end().isPresent()) {
                double px2 = x.at(when(p.date().end().get(), true));
                line(w, "span", px, py, px2, py);
            }
            w.open("circle")
                    .attr("class", "point")
                    .attr("cx", TimeViews.fmt(px))
                    .attr("cy", TimeViews.fmt(py))
                    .attr("r", "4")
                    .end();
            w.open("title")
                    .text(
                            t.format(
                                    "timeline.point",
                                    name,
                                    p.model().parameters().get(),
                                    ctx.date(p.date())))
                    .close("title");
            w.raw("</circle>").close("a");
        }
        w.close("svg");
        w.open("figcaption")
                .attr("class", "hint")
                .text(t.get("timeline.chart_caption"))
                .close("figcaption");
        return w.close("figure").toHtml();
    }

    /** A date as a fractional year: the middle of the year or month when the day is unknown. */
    private static double when(PartialDate d, boolean end) {
        if (d.month() == 0) {
            return d.year() + (end ? 1.0 : 0.5);
        }
        double m = d.month() - 1 + (d.day() == 0 ? 0.5 : (d.day() - 1) / 31.0);
        return d.year() + m / 12.0;
    }

    private static String size(int exponent) {
        double b = Math.pow(10, exponent);
        if (b >= 1000) {
            return TimeViews.fmt(b / 1000) + "T";
        }
        if (b >= 1) {
            return TimeViews.fmt(b) + "B";
        }
        if (b >= 0.001) {
            return TimeViews.fmt(b * 1000) + "M";
        }
        return TimeViews.fmt(b * 1e6) + "K";
    }

    private static void line(HtmlWriter w, String css, double x1, double y1, double x2, double y2) {
        w.open("line")
                .attr("class", css)
                .attr("x1", TimeViews.fmt(x1))
                .attr("y1", TimeViews.fmt(y1))
                .attr("x2", TimeViews.fmt(x2))
                .attr("y2", TimeViews.fmt(y2))
                .end()
                .raw("</line>");
    }

    private static void label(
            HtmlWriter w, String css, double x, double y, String anchor, String s) {
        w.open("text")
                .attr("class", css)
                .attr("x", TimeViews.fmt(x))
                .attr("y", TimeViews.fmt(y))
                .attr("text-anchor", anchor)
                .text(s)
                .close("text");
    }

    /** A linear map from a domain to pixels. */
    private record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return p0 + (v - d0) / (d1 - d0) * (p1 - p0);
        }
    }
}
