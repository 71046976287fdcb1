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
 * drawn as a line over it. Points are named beside them where the name has room (see {@link
 * Labels}), so that the chart reads without hovering; every point keeps its full description as a
 * tooltip.
 */
final class SizeChart {
    private static final double W = 720;
    private static final double H = 360;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 40;

    /** The size of a point's name, in pixels (the stylesheet draws it at this size). */
    static final double LABEL_SIZE = 11;

    private SizeChart() {}

    private record Point(Model model, DateSpec date, double size) {}

    /** A point where it is drawn: its release (to {@code end}, an interval's), size and name. */
    private record Drawn(Point point, double x, double end, double y, String name) {}

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
        Labels labels = new Labels(LEFT, TOP, W - RIGHT, H - BOTTOM);
        List<Drawn> drawn = new ArrayList<>(points.size());
        for (Point p : points) {
            double px = x.at(when(p.date().start(), false));
            double end = p.date().end().map(d -> x.at(when(d, true))).orElse(px);
            Drawn d =
                    new Drawn(p, px, end, y.at(Math.log10(p.size())), ctx.title(p.model()).text());
            labels.mark(d.x(), d.y(), d.end());
            drawn.add(d);
        }
        // the largest models are named first: where names crowd, theirs are the ones shown
        List<Drawn> byPriority = new ArrayList<>(drawn);
        byPriority.sort(
                java.util.Comparator.comparingDouble((Drawn d) -> -d.point().size())
                        .thenComparingDouble(Drawn::x)
                        .thenComparing(d -> d.point().model().id()));
        java.util.Map<Drawn, Labels.Label> placed = new java.util.IdentityHashMap<>();
        for (Drawn d : byPriority) {
            labels.place(d.x(), d.y(), d.end(), d.name()).ifPresent(l -> placed.put(d, l));
        }
        for (Drawn d : drawn) {
            Point p = d.point();
            double py = d.y();
            double px = d.x();
            String name = d.name();
            w.open("a")
                    .attr("href", ctx.href(SitePaths.entity(ctx.lang, Kind.MODEL, p.model().id())))
                    .attr("data-model", p.model().id())
                    .end();
            if (p.date().end().isPresent()) {
                line(w, "span", px, py, d.end(), py);
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
            w.raw("</circle>");
            Labels.Label l = placed.get(d);
            if (l != null) {
                // the tooltip above says it in full: the name is not read out twice
                w.open("text")
                        .attr("class", "point-label")
                        .attr("x", TimeViews.fmt(l.x()))
                        .attr("y", TimeViews.fmt(l.y()))
                        .attr("text-anchor", l.anchor())
                        .attr("aria-hidden", "true")
                        .text(name)
                        .close("text");
            }
            w.close("a");
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

    /**
     * Places the names of points beside them, each where it overlaps no point, no interval, no name
     * placed before it and stays inside the plot: to the right of the point (or of its interval),
     * to its left, above, below, in that order of preference. A name with no such place is left
     * out; its point keeps its tooltip and its link. Boxes are kept in a grid of cells, so that a
     * chart of thousands of points is labelled in time proportional to their number.
     */
    static final class Labels {
        /** A name's baseline position and anchor, and the box it takes. */
        record Label(double x, double y, String anchor, Box box) {}

        /** A rectangle: left, top, right, bottom. */
        record Box(double x0, double y0, double x1, double y1) {
            boolean overlaps(Box o) {
                return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
            }
        }

        private static final double CELL = 32;

        /** Room around a point's circle (radius 4) and between a point and its name. */
        private static final double POINT = 5;

        private static final double GAP = 7;

        private final Box plot;
        private final java.util.Map<Long, List<Box>> cells = new java.util.HashMap<>();

        Labels(double left, double top, double right, double bottom) {
            this.plot = new Box(left + 2, top, right, bottom - 2);
        }

        /** Marks a point at ({@code x}, {@code y}), with its interval up to {@code end}. */
        void mark(double x, double y, double end) {
            add(new Box(x - POINT, y - POINT, Math.max(x, end) + POINT, y + POINT));
        }

        /** A place for {@code name} beside the point marked at ({@code x}, {@code y}), if any. */
        java.util.Optional<Label> place(double x, double y, double end, String name) {
            double w = org.lineage.layout.TextWidth.of(name, LABEL_SIZE) + 2;
            double ascent = LABEL_SIZE * 0.8;
            double descent = LABEL_SIZE * 0.3;
            double right = Math.max(x, end) + GAP;
            double mid = y + ascent / 2 - descent / 2;
            Label[] candidates = {
                new Label(
                        right,
                        mid,
                        "start",
                        new Box(right, mid - ascent, right + w, mid + descent)),
                new Label(
                        x - GAP,
                        mid,
                        "end",
                        new Box(x - GAP - w, mid - ascent, x - GAP, mid + descent)),
                new Label(
                        x,
                        y - GAP - descent,
                        "middle",
                        new Box(x - w / 2, y - GAP - descent - ascent, x + w / 2, y - GAP)),
                new Label(
                        x,
                        y + GAP + ascent,
                        "middle",
                        new Box(x - w / 2, y + GAP, x + w / 2, y + GAP + ascent + descent)),
            };
            for (Label c : candidates) {
                if (inside(c.box()) && free(c.box())) {
                    add(c.box());
                    return java.util.Optional.of(c);
                }
            }
            return java.util.Optional.empty();
        }

        private boolean inside(Box b) {
            return b.x0 >= plot.x0 && b.x1 <= plot.x1 && b.y0 >= plot.y0 && b.y1 <= plot.y1;
        }

        private boolean free(Box b) {
            for (long c : cellsOf(b)) {
                for (Box o : cells.getOrDefault(c, List.of())) {
                    if (o.overlaps(b)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void add(Box b) {
            for (long c : cellsOf(b)) {
                cells.computeIfAbsent(c, k -> new ArrayList<>()).add(b);
            }
        }

        private static long[] cellsOf(Box b) {
            int cx0 = (int) Math.floor(b.x0 / CELL);
            int cx1 = (int) Math.floor(b.x1 / CELL);
            int cy0 = (int) Math.floor(b.y0 / CELL);
            int cy1 = (int) Math.floor(b.y1 / CELL);
            long[] out = new long[(cx1 - cx0 + 1) * (cy1 - cy0 + 1)];
            int k = 0;
            for (int cx = cx0; cx <= cx1; cx++) {
                for (int cy = cy0; cy <= cy1; cy++) {
                    out[k++] = ((long) cx << 32) ^ (cy & 0xffffffffL);
                }
            }
            return out;
        }
    }

    /** A linear map from a domain to pixels. */
    private record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return p0 + (v - d0) / (d1 - d0) * (p1 - p0);
        }
    }
}
