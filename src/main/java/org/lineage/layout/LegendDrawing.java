package org.lineage.layout;

import java.util.ArrayList;
import java.util.List;
import org.lineage.model.Confidence;

/**
 * A {@link TreeLegend} flowed into lines under the tree: a heading starts a new line, entries
 * follow it and wrap at the given width.
 */
final class LegendDrawing {
    static final LegendDrawing EMPTY = new LegendDrawing(List.of(), 0, 0);

    private static final double SIZE = 12;
    private static final double ROW = 24;
    private static final double MARGIN = 12;
    private static final double GAP = 22;

    private record Placed(TreeLegend.Entry entry, double x, double y, double sampleWidth) {}

    private final List<Placed> placed;
    private final double width;
    private final double height;

    private LegendDrawing(List<Placed> placed, double width, double height) {
        this.placed = placed;
        this.width = width;
        this.height = height;
    }

    static LegendDrawing of(TreeLegend legend, double maxWidth) {
        List<Placed> out = new ArrayList<>();
        double x = MARGIN;
        double y = MARGIN;
        double widest = 0;
        boolean lineEmpty = true;
        for (TreeLegend.Entry e : legend.entries()) {
            double sample = sampleWidth(e);
            double w =
                    sample + (sample > 0 ? 6 : 0) + TextWidth.of(e.label(), SIZE) * textFactor(e);
            boolean heading = e.symbol() == TreeLegend.Symbol.HEADING;
            if (!lineEmpty && (heading || x + w > maxWidth - MARGIN)) {
                x = heading ? MARGIN : MARGIN + 16;
                y += ROW;
            }
            out.add(new Placed(e, x, y, sample));
            x += w + (heading ? 14 : GAP);
            widest = Math.max(widest, x);
            lineEmpty = false;
        }
        if (out.isEmpty()) {
            return EMPTY;
        }
        return new LegendDrawing(out, widest + MARGIN, y + ROW + MARGIN / 2);
    }

    private static double textFactor(TreeLegend.Entry e) {
        return e.symbol() == TreeLegend.Symbol.HEADING ? NodeCard.BOLD : 1;
    }

    private static double sampleWidth(TreeLegend.Entry e) {
        return switch (e.symbol()) {
            case HEADING -> 0;
            case SOLID, DASHED, DOTTED -> 34;
            case OUTSIDE, ANALOGUE_MODEL, HIGHLIGHT, HOLDS, FAMILY -> 22;
            case BADGE, INHERITED -> NodeCard.badgeWidth(e.sample());
        };
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void draw(Xml x, String id) {
        x.tag("g").attr("id", id).attr("font-size", SIZE).attr("fill", Palette.TEXT).open();
        for (Placed p : placed) {
            TreeLegend.Entry e = p.entry();
            sample(x, e, p.x(), p.y(), p.sampleWidth());
            double tx = p.x() + p.sampleWidth() + (p.sampleWidth() > 0 ? 6 : 0);
            x.tag("text")
                    .attr("x", tx)
                    .attr("y", p.y() + 12.5)
                    .attr("font-weight", e.symbol() == TreeLegend.Symbol.HEADING ? "700" : null)
                    .text(e.label());
        }
        x.close("g");
    }

    /**
     * The sample of one entry alone, as a small decorative {@code <svg>} for a legend written in
     * HTML; empty for a heading.
     */
    static String sampleSvg(TreeLegend.Entry e) {
        double w = sampleWidth(e);
        if (w == 0) {
            return "";
        }
        Xml x = new Xml();
        x.tag("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "legend-sample")
                .attr("width", w + 2)
                .attr("height", "18")
                .attr("viewBox", "-1 -1 " + Xml.num(w + 2) + " 18")
                .attr("aria-hidden", "true")
                .attr("focusable", "false")
                .open();
        sample(x, e, 0, 0, w);
        x.close("svg");
        return x.toString();
    }

    /** Draws the sample of {@code e} in the {@code w} by 16 box at ({@code left}, {@code top}). */
    private static void sample(Xml x, TreeLegend.Entry e, double left, double top, double w) {
        TreeLegend.Symbol sym = e.symbol();
        double mid = top + 8;
        switch (sym) {
            case HEADING -> {}
            case SOLID, DASHED, DOTTED -> {
                boolean dotted = sym == TreeLegend.Symbol.DOTTED;
                x.tag("line")
                        .attr("x1", left)
                        .attr("y1", mid)
                        .attr("x2", left + w)
                        .attr("y2", mid)
                        .attr("stroke", Palette.EDGE)
                        .attr("stroke-width", dotted ? "2" : "1.5")
                        .attr("stroke-linecap", dotted ? "round" : null)
                        .attr(
                                "stroke-dasharray",
                                switch (sym) {
                                    case DASHED -> Palette.dash(Confidence.HYPOTHESIS);
                                    case DOTTED -> Palette.dash(Confidence.EDUCATED_GUESS);
                                    default -> null;
                                })
                        .empty();
            }
            case OUTSIDE, ANALOGUE_MODEL, HIGHLIGHT, HOLDS, FAMILY ->
                    x.tag("rect")
                            .attr("x", left)
                            .attr("y", top)
                            .attr("width", w)
                            .attr("height", "16")
                            .attr("rx", "3")
                            .attr("fill", fill(e))
                            .attr("stroke", stroke(e))
                            .attr("stroke-width", sym == TreeLegend.Symbol.HIGHLIGHT ? "3" : "1.5")
                            .attr("stroke-dasharray", SvgWriter.cardDash(sym))
                            .empty();
            case BADGE, INHERITED ->
                    SvgWriter.badge(
                            x, e.sample(), sym == TreeLegend.Symbol.INHERITED, left + w, top);
        }
    }

    private static String stroke(TreeLegend.Entry e) {
        return switch (e.symbol()) {
            case HIGHLIGHT -> Palette.TEXT;
            case FAMILY -> e.swatch().orElseThrow().stroke();
            default -> Palette.OUTSIDE.stroke();
        };
    }

    private static String fill(TreeLegend.Entry e) {
        return switch (e.symbol()) {
            case HOLDS -> Palette.HOLDS_FILL;
            case FAMILY -> e.swatch().orElseThrow().fill();
            default -> "#ffffff";
        };
    }
}
