package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import org.lineage.graph.Comparison;
import org.lineage.graph.Comparison.PathEdge;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.TextWidth;
import org.lineage.model.Kind;
import org.lineage.render.Parts.Link;

/**
 * The small tree of a comparison: the nearest common ancestor on top and the line down to each
 * model beneath it, one column per model. Placed by hand in rows, with no layout engine, so that
 * thousands of comparison pages cost next to nothing to draw.
 */
final class CompareTree {
    private static final double FONT = 14;
    private static final double BOX_H = 32;
    private static final double ROW = 64;
    private static final double GAP = 40;
    private static final double PAD = 8;
    private static final double MIN_W = 120;
    private static final double MAX_W = 300;

    private CompareTree() {}

    private record Box(String model, double cx, double y, String role) {}

    private record Line(Box from, Box to, String confidence, String method) {}

    static Html svg(Comparison c, PageContext ctx) {
        List<String> shown = new ArrayList<>();
        c.common().ifPresent(shown::add);
        c.pathA().forEach(e -> shown.add(e.child()));
        c.pathB().forEach(e -> shown.add(e.child()));
        if (c.common().isEmpty()) {
            shown.add(c.a());
            shown.add(c.b());
        }
        double w = MIN_W;
        for (String id : shown) {
            w = Math.max(w, TextWidth.of(ctx.link(Kind.MODEL, id).text(), FONT) + 24);
        }
        w = Math.min(w, MAX_W);
        boolean twoColumns = !c.pathA().isEmpty() && !c.pathB().isEmpty() || c.common().isEmpty();
        double left = PAD + w / 2;
        double right = left + w + GAP;
        double middle = twoColumns ? (left + right) / 2 : left;
        List<Box> boxes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int rows;
        if (c.common().isEmpty()) {
            boxes.add(new Box(c.a(), left, PAD, "is-a"));
            boxes.add(new Box(c.b(), right, PAD, "is-b"));
            rows = 1;
        } else {
            String common = c.common().get();
            Box top = new Box(common, middle, PAD, role(c, common) + " is-common");
            boxes.add(top);
            int ra = column(c, c.pathA(), twoColumns ? left : middle, top, boxes, lines);
            int rb = column(c, c.pathB(), twoColumns ? right : middle, top, boxes, lines);
            rows = 1 + Math.max(ra, rb);
        }
        double width = twoColumns ? right + w / 2 + PAD : left + w / 2 + PAD;
        double height = PAD * 2 + (rows - 1) * ROW + BOX_H;
        String titleId = "compare-tree-title";
        HtmlWriter out = new HtmlWriter(2048 + boxes.size() * 400);
        out.open("figure").attr("class", "compare-tree").end();
        out.open("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + num(width) + " " + num(height))
                .attr("width", num(width))
                .attr("height", num(height))
                // a group, not an image: its boxes are links, which an image would hide
                .attr("role", "group")
                .attr("aria-labelledby", titleId)
                .end();
        // two models that share no ancestor stand side by side, joined by no line
        String words = c.common().isEmpty() ? "compare.tree_apart" : "compare.tree";
        out.open("title").attr("id", titleId).text(ctx.t.get(words + "_title")).close("title");
        for (Line l : lines) {
            out.open("line")
                    .attr("class", "compare-edge conf-" + l.confidence())
                    .attr("x1", num(l.from().cx()))
                    .attr("y1", num(l.from().y() + BOX_H))
                    .attr("x2", num(l.to().cx()))
                    .attr("y2", num(l.to().y()))
                    .end();
            out.raw("</line>");
        }
        for (Box b : boxes) {
            Link link = ctx.link(Kind.MODEL, b.model());
            out.open("a").attr("href", link.href()).attr("data-model", b.model()).end();
            out.open("rect")
                    .attr("class", "compare-node " + b.role())
                    .attr("x", num(b.cx() - w / 2))
                    .attr("y", num(b.y()))
                    .attr("width", num(w))
                    .attr("height", num(BOX_H))
                    .attr("rx", "4")
                    .end()
                    .raw("</rect>");
            out.open("text")
                    .attr("class", "compare-label")
                    .attr("x", num(b.cx()))
                    .attr("y", num(b.y() + BOX_H / 2 + FONT * 0.35))
                    .attr("text-anchor", "middle")
                    .attr("lang", link.lang())
                    .text(link.text())
                    .close("text");
            out.close("a");
        }
        out.close("svg");
        out.open("figcaption")
                .attr("class", "hint")
                .text(ctx.t.get(words + "_caption"))
                .close("figcaption");
        return out.close("figure").toHtml();
    }

    /** Lays out one model's line below the common ancestor; returns its number of rows. */
    private static int column(
            Comparison c,
            List<PathEdge> path,
            double x,
            Box top,
            List<Box> boxes,
            List<Line> lines) {
        Box above = top;
        int row = 0;
        for (PathEdge e : path) {
            row++;
            Box b = new Box(e.child(), x, PAD + row * ROW, role(c, e.child()));
            boxes.add(b);
            lines.add(new Line(above, b, e.edge().confidence().key(), e.edge().method().id()));
            above = b;
        }
        return row;
    }

    private static String role(Comparison c, String model) {
        return model.equals(c.a()) ? "is-a" : model.equals(c.b()) ? "is-b" : "is-path";
    }

    private static String num(double v) {
        return Fragments.tenths(v);
    }
}
