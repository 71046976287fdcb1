package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lineage.layout.TreeLayout.Band;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Confidence;
import org.lineage.model.KnowledgeBase;

/** Draws a laid-out {@link TreeView} as one inline {@code <svg>} element. */
final class SvgWriter {
    static final String FONTS =
            "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial,"
                    + " 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
    private static final double CORNER = 5;

    private static final String STYLE =
            "<style>"
                    + ".lineage-tree a:focus{outline:none}"
                    + ".lineage-tree a:focus-visible .card,.lineage-tree a:hover .card"
                    + "{stroke:#000;stroke-width:3px}"
                    + ".lineage-tree a:focus-visible .name,.lineage-tree a:hover .name"
                    + "{text-decoration:underline}"
                    + "@media print{.lineage-tree .band{fill:none}}"
                    + "</style>\n";

    private final KnowledgeBase kb;
    private final Palette palette;
    private final Lanes lanes;
    private final TreeView view;
    private final Map<String, NodeCard> cards;
    private final TreeLayout layout;
    private final TreeLabels labels;
    private final TreeStrings words;
    private final Map<String, String> captions;
    private final Xml x = new Xml();

    private SvgWriter(
            KnowledgeBase kb,
            Palette palette,
            Lanes lanes,
            TreeView view,
            Map<String, NodeCard> cards,
            TreeLayout layout,
            TreeLabels labels,
            Function<String, String> captionOf) {
        this.kb = kb;
        this.palette = palette;
        this.lanes = lanes;
        this.view = view;
        this.cards = cards;
        this.layout = layout;
        this.labels = labels;
        this.words = labels.strings();
        Map<String, String> c = new HashMap<>();
        for (TreeLayout.Group g : layout.groups()) {
            c.put(g.id(), captionOf.apply(g.id()));
        }
        this.captions = c;
    }

    static String write(
            KnowledgeBase kb,
            Palette palette,
            Lanes lanes,
            TreeView view,
            Map<String, NodeCard> cards,
            TreeLayout layout,
            TreeLabels labels,
            Function<String, String> captionOf) {
        return new SvgWriter(kb, palette, lanes, view, cards, layout, labels, captionOf).svg();
    }

    private String id(String local) {
        return labels.idPrefix() + "-" + local;
    }

    private String svg() {
        LegendDrawing legend =
                labels.legend()
                        ? LegendDrawing.of(
                                TreeLegend.of(kb, palette, lanes, view, labels),
                                Math.max(layout.width(), 560))
                        : LegendDrawing.EMPTY;
        double width = Math.max(layout.width(), legend.width());
        double height = layout.height() + legend.height();
        String summary = words.format(Key.SUMMARY, view.nodes().size(), view.edges().size());
        String desc =
                labels.description().isBlank() ? summary : labels.description() + " " + summary;
        x.tag("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "lineage-tree")
                .attr("viewBox", "0 0 " + Xml.num(width) + " " + Xml.num(height))
                .attr("width", width)
                .attr("height", height)
                .attr("role", "group")
                .attr("aria-labelledby", id("title"))
                .attr("aria-describedby", id("desc"))
                .attr("font-family", FONTS)
                .attr("lang", labels.lang())
                .open();
        x.tag("title").attr("id", id("title")).text(labels.title());
        x.tag("desc").attr("id", id("desc")).text(desc);
        x.raw(STYLE);
        x.tag("defs").open();
        x.tag("marker")
                .attr("id", id("arrow"))
                .attr("viewBox", "0 0 10 10")
                .attr("refX", "10")
                .attr("refY", "5")
                .attr("markerWidth", "8")
                .attr("markerHeight", "8")
                .attr("markerUnits", "userSpaceOnUse")
                .attr("orient", "auto")
                .open();
        x.tag("path").attr("d", "M0,0L10,5L0,10z").attr("fill", Palette.EDGE).empty();
        x.close("marker");
        x.close("defs");
        axis();
        groups();
        edges();
        nodes();
        if (labels.legend()) {
            x.tag("g")
                    .attr("class", "legend")
                    .attr("transform", "translate(0," + Xml.num(layout.height()) + ")")
                    .open();
            legend.draw(x, id("legend"));
            x.close("g");
        }
        x.close("svg");
        return x.toString();
    }

    /** Year labels, alternate shading and a dotted line where each band starts and ends. */
    private void axis() {
        boolean right = layout.direction() == TreeLayout.Direction.RIGHT;
        x.tag("g").attr("class", "axis").attr("aria-hidden", "true").open();
        List<Band> bands = layout.bands();
        List<Double> lines = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (i % 2 == 1) {
                x.tag("rect")
                        .attr("class", "band")
                        .attr("x", right ? b.from() : 0)
                        .attr("y", right ? 0 : b.from())
                        .attr("width", right ? b.to() - b.from() : layout.width())
                        .attr("height", right ? layout.height() : b.to() - b.from())
                        .attr("fill", Palette.BAND)
                        .empty();
            }
            String year =
                    b.undated() ? words.get(Key.BAND_UNDATED) : words.format(Key.YEAR, b.year());
            x.tag("text")
                    .attr("class", b.undated() ? "year undated" : "year")
                    .attr("x", right ? (b.from() + b.to()) / 2 : 6)
                    .attr("y", right ? 19 : (b.from() + b.to()) / 2 + 4)
                    .attr("text-anchor", right ? "middle" : null)
                    .attr("font-size", "12")
                    .attr("font-weight", "700")
                    .attr("font-style", b.undated() ? "italic" : null)
                    .attr("fill", Palette.AXIS)
                    .text(year);
            if (i > 0 && bands.get(i - 1).to() != b.from()) {
                lines.add(bands.get(i - 1).to());
            }
            if (i > 0) {
                lines.add(b.from());
            }
        }
        for (double at : lines) {
            x.tag("line")
                    .attr("x1", right ? at : 0)
                    .attr("y1", right ? 0 : at)
                    .attr("x2", right ? at : layout.width())
                    .attr("y2", right ? layout.height() : at)
                    .attr("stroke", Palette.AXIS)
                    .attr("stroke-width", "1")
                    .attr("stroke-dasharray", "2 4")
                    .empty();
        }
        x.close("g");
    }

    /** Each series, and the analogue lane, as a pale outline under its models, with a caption. */
    private void groups() {
        if (layout.groups().isEmpty()) {
            return;
        }
        x.tag("g").attr("class", "groups").open();
        for (TreeLayout.Group g : layout.groups()) {
            boolean lane = g.id().equals(TreeLayout.Group.ANALOGUE_LANE);
            Palette.Swatch sw = lane ? Palette.LANE : palette.family(Optional.of(g.id()));
            x.tag("g")
                    .attr("class", lane ? "group lane" : "group")
                    .attr("data-group", lane ? null : g.id())
                    .open();
            x.tag("path")
                    .attr("class", "outline")
                    .attr("d", Outline.path(g.parts(), 9))
                    .attr("fill", lane ? Palette.LANE.fill() : sw.fill())
                    .attr("fill-opacity", lane ? "0.4" : "0.45")
                    .attr("stroke", sw.stroke())
                    .attr("stroke-width", "1.2")
                    .attr("stroke-dasharray", lane ? "6 4" : null)
                    .empty();
            Box c = g.caption();
            x.tag("text")
                    .attr("class", "caption")
                    .attr("x", c.x() + EvolutionTree.CAPTION_PAD_X)
                    .attr("y", c.y() + 15)
                    .attr("font-size", EvolutionTree.CAPTION_SIZE)
                    .attr("font-weight", "700")
                    .attr("fill", lane ? Palette.MUTED_TEXT : sw.stroke())
                    .text(captions.get(g.id()));
            x.close("g");
        }
        x.close("g");
    }

    private void edges() {
        x.tag("g").attr("class", "edges").open();
        for (int i = 0; i < view.edges().size(); i++) {
            TreeView.Edge e = view.edges().get(i);
            Route r = layout.routes().get(i);
            String method = labels.methodLabel().apply(e.method());
            String conf = words.get(confidenceKey(e.confidence()));
            x.tag("g")
                    .attr("class", "edge conf-" + e.confidence().key())
                    .attr("data-parent", e.parent())
                    .attr("data-child", e.child())
                    .open();
            x.tag("title")
                    .text(
                            words.format(
                                    Key.EDGE_TITLE,
                                    name(e.parent()),
                                    name(e.child()),
                                    method,
                                    conf));
            boolean dotted = Palette.dotted(e.confidence());
            x.tag("path")
                    .attr("d", path(r.points()))
                    .attr("fill", "none")
                    .attr("stroke", Palette.EDGE)
                    .attr("stroke-width", dotted ? "2" : "1.5")
                    .attr("stroke-linecap", dotted ? "round" : null)
                    .attr("stroke-dasharray", Palette.dash(e.confidence()))
                    .attr("marker-end", "url(#" + id("arrow") + ")")
                    .empty();
            r.label().ifPresent(b -> edgeLabel(method, b));
            x.close("g");
        }
        x.close("g");
    }

    /** The method label, centred in the box the layout keeps for it beside its edge. */
    private void edgeLabel(String method, Box b) {
        List<String> lines = EdgeLabel.lines(method);
        x.tag("text")
                .attr("class", "label")
                .attr("font-size", EdgeLabel.SIZE)
                .attr("text-anchor", "middle")
                .attr("fill", Palette.TEXT)
                .open();
        for (int i = 0; i < lines.size(); i++) {
            x.tag("tspan")
                    .attr("x", b.cx())
                    .attr("y", b.y() + EdgeLabel.SIZE + i * EdgeLabel.LINE)
                    .text(lines.get(i));
        }
        x.close("text");
    }

    /** An orthogonal polyline with its corners rounded. */
    static String path(List<Point> pts) {
        StringBuilder d = new StringBuilder();
        d.append('M').append(Xml.num(pts.get(0).x())).append(',').append(Xml.num(pts.get(0).y()));
        for (int i = 1; i < pts.size() - 1; i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            Point c = pts.get(i + 1);
            double r = Math.min(CORNER, Math.min(dist(a, b), dist(b, c)) / 2);
            Point in = toward(b, a, r);
            Point out = toward(b, c, r);
            d.append('L').append(Xml.num(in.x())).append(',').append(Xml.num(in.y()));
            d.append('Q').append(Xml.num(b.x())).append(',').append(Xml.num(b.y()));
            d.append(' ').append(Xml.num(out.x())).append(',').append(Xml.num(out.y()));
        }
        Point last = pts.get(pts.size() - 1);
        d.append('L').append(Xml.num(last.x())).append(',').append(Xml.num(last.y()));
        return d.toString();
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static Point toward(Point from, Point to, double r) {
        double l = dist(from, to);
        if (l == 0) {
            return from;
        }
        return new Point(
                from.x() + (to.x() - from.x()) * r / l, from.y() + (to.y() - from.y()) * r / l);
    }

    private void nodes() {
        Map<String, List<String>> comparedWith = new HashMap<>();
        for (TreeView.Analogue a : view.analogues()) {
            comparedWith.computeIfAbsent(a.analogue(), k -> new ArrayList<>()).add(a.model());
        }
        x.tag("g").attr("class", "nodes").open();
        for (TreeView.Node n : view.nodes()) {
            node(
                    n,
                    cards.get(n.model()),
                    layout.nodes().get(n.model()),
                    comparedWith.getOrDefault(n.model(), List.of()));
        }
        x.close("g");
    }

    private void node(TreeView.Node n, NodeCard card, Box b, List<String> comparedWith) {
        boolean analogue =
                n.role() == TreeView.Role.ANALOGUE || lanes.lane(n.model()) == Lanes.Lane.ANALOGUE;
        boolean outside = n.role() == TreeView.Role.OUTSIDE;
        boolean plain = outside || analogue;
        boolean highlighted = view.highlighted().filter(n.model()::equals).isPresent();
        Palette.Swatch sw = plain ? Palette.OUTSIDE : palette.family(lanes.series(n.model()));
        String fill = sw.fill();
        if (view.capability().isPresent()) {
            fill = n.holds() ? Palette.HOLDS_FILL : "#ffffff";
        }
        List<String> aria = new ArrayList<>(List.of(card.name(), card.subline()));
        aria.addAll(card.notes());
        if (card.badge().isPresent()) {
            String word = words.get(TreeLegend.changeKey(n.change().or(n::state).orElseThrow()));
            aria.add(card.inherited() ? words.format(Key.INHERITED, word) : word);
        }
        StringBuilder changes = new StringBuilder();
        for (CapabilityChange c : kb.models().get(n.model()).capabilities()) {
            if (changes.length() > 0) {
                changes.append(' ');
            }
            changes.append(c.capability().id()).append(':').append(c.change().symbol());
        }
        x.tag("a")
                .attr("href", labels.href().apply(n.model()))
                .attr(
                        "class",
                        "node"
                                + (outside ? " outside" : "")
                                + (analogue ? " analogue" : "")
                                + (n.holds() ? " holds" : ""))
                .attr("data-model", n.model())
                .attr("data-changes", changes.length() == 0 ? null : changes.toString())
                .attr(
                        "data-analogue-of",
                        comparedWith.isEmpty() ? null : String.join(" ", comparedWith))
                .attr("aria-label", String.join(words.get(Key.LIST_SEPARATOR), aria))
                .attr("aria-current", highlighted ? "page" : null)
                .open();
        x.tag("rect")
                .attr("class", "card")
                .attr("x", b.x())
                .attr("y", b.y())
                .attr("width", b.w())
                .attr("height", b.h())
                .attr("rx", "6")
                .attr("fill", fill)
                .attr("stroke", highlighted ? Palette.TEXT : sw.stroke())
                .attr("stroke-width", highlighted ? "3.5" : "1.5")
                .attr(
                        "stroke-dasharray",
                        analogue
                                ? cardDash(TreeLegend.Symbol.ANALOGUE_MODEL)
                                : outside ? cardDash(TreeLegend.Symbol.OUTSIDE) : null)
                .empty();
        double tx = b.x() + NodeCard.PAD_X;
        x.tag("text")
                .attr("class", "name")
                .attr("x", tx)
                .attr("y", b.y() + NodeCard.PAD_Y + 13)
                .attr("font-size", NodeCard.NAME_SIZE)
                .attr("font-weight", "700")
                .attr("fill", Palette.TEXT)
                .text(card.name());
        x.tag("text")
                .attr("x", tx)
                .attr("y", b.y() + NodeCard.PAD_Y + 13 + NodeCard.LINE + 1)
                .attr("font-size", NodeCard.SUB_SIZE)
                .attr("fill", plain ? Palette.MUTED_TEXT : Palette.TEXT)
                .text(card.subline());
        for (int i = 0; i < card.notes().size(); i++) {
            x.tag("text")
                    .attr("class", "card-note")
                    .attr("x", tx)
                    .attr("y", b.y() + NodeCard.PAD_Y + 13 + NodeCard.LINE * (i + 2) + 1)
                    .attr("font-size", NodeCard.SUB_SIZE)
                    .attr("fill", Palette.MUTED_TEXT)
                    .text(card.notes().get(i));
        }
        card.badge().ifPresent(t -> badge(x, t, card.inherited(), b.right() - 6, b.y() + 6));
        x.close("a");
    }

    /** The dash pattern of a card's border: dashed for outside models, dash-dot for analogues. */
    static String cardDash(TreeLegend.Symbol symbol) {
        return switch (symbol) {
            case OUTSIDE -> "5 3";
            case ANALOGUE_MODEL -> Palette.ANALOGUE_DASH;
            default -> null;
        };
    }

    /** A change badge whose right edge is at {@code right}. */
    static void badge(Xml x, String text, boolean inherited, double right, double top) {
        double w = NodeCard.badgeWidth(text);
        x.tag("rect")
                .attr("x", right - w)
                .attr("y", top)
                .attr("width", w)
                .attr("height", NodeCard.BADGE_HEIGHT)
                .attr("rx", "8")
                .attr("fill", inherited ? "#ffffff" : Palette.TEXT)
                .attr("stroke", Palette.TEXT)
                .attr("stroke-width", "1")
                .empty();
        x.tag("text")
                .attr("x", right - w / 2)
                .attr("y", top + 12)
                .attr("text-anchor", "middle")
                .attr("font-size", NodeCard.BADGE_SIZE)
                .attr("font-weight", "700")
                .attr("fill", inherited ? Palette.TEXT : "#ffffff")
                .text(text);
    }

    private String name(String model) {
        return kb.models().get(model).name().in(labels.lang(), labels.fallback());
    }

    static Key confidenceKey(Confidence c) {
        return switch (c) {
            case DOCUMENTED -> Key.CONF_DOCUMENTED;
            case CONCLUSION -> Key.CONF_CONCLUSION;
            case STRONG_HYPOTHESIS -> Key.CONF_STRONG_HYPOTHESIS;
            case HYPOTHESIS -> Key.CONF_HYPOTHESIS;
            case EDUCATED_GUESS -> Key.CONF_EDUCATED_GUESS;
            case OPEN_QUESTION -> Key.CONF_OPEN_QUESTION;
        };
    }
}
