package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;

/**
 * Draws evolution trees of one knowledge base: {@link #layout} places a {@link TreeView} and {@link
 * #svg} writes it as an inline SVG string.
 *
 * <p>Immutable and safe to share: every call builds its own layout graph, so pages may be drawn in
 * parallel. Output depends only on the inputs (fixed ELK seed, sorted input, fixed number format).
 */
public final class EvolutionTree {
    private final KnowledgeBase kb;
    private final Palette palette;
    private final ElkTreeLayout engine;

    /**
     * Trees whose time runs top to bottom: pages scroll that way, and a model's lineage, mostly a
     * chain, then fits a page column.
     */
    public EvolutionTree(KnowledgeBase kb) {
        this(kb, TreeLayout.Direction.DOWN);
    }

    public EvolutionTree(KnowledgeBase kb, TreeLayout.Direction direction) {
        this.kb = kb;
        this.palette = new Palette(List.copyOf(kb.families().keySet()));
        this.engine = new ElkTreeLayout(direction, ElkTreeLayout.Spacing.defaults());
    }

    /** The palette, so that a page's HTML legend can use the same family colours. */
    public Palette palette() {
        return palette;
    }

    /** The legend of {@code view} as data, for pages that draw it as HTML. */
    public TreeLegend legend(TreeView view, TreeLabels labels) {
        return TreeLegend.of(kb, palette, view, labels);
    }

    /** Places {@code view}; node boxes are sized for the text of {@code labels}' language. */
    public TreeLayout layout(TreeView view, TreeLabels labels) {
        return engine.layout(graph(view, cards(view, labels), labels));
    }

    /**
     * Places {@code view} once for several languages: each node box and edge label is as large as
     * the largest of its texts in {@code labelSets}, so that {@link #svg(TreeView, TreeLabels,
     * TreeLayout)} may draw the one layout in any of them. A site drawing the same tree on the page
     * of each language lays it out once.
     */
    public TreeLayout layout(TreeView view, List<TreeLabels> labelSets) {
        if (labelSets.isEmpty()) {
            throw new IllegalArgumentException("no labels to size the tree for");
        }
        List<LayoutGraph> graphs = new ArrayList<>(labelSets.size());
        for (TreeLabels l : labelSets) {
            graphs.add(graph(view, cards(view, l), l));
        }
        LayoutGraph first = graphs.get(0);
        List<LayoutGraph.Node> nodes = new ArrayList<>(first.nodes().size());
        for (int i = 0; i < first.nodes().size(); i++) {
            LayoutGraph.Node n = first.nodes().get(i);
            double w = n.width();
            double h = n.height();
            for (LayoutGraph g : graphs) {
                w = Math.max(w, g.nodes().get(i).width());
                h = Math.max(h, g.nodes().get(i).height());
            }
            nodes.add(new LayoutGraph.Node(n.id(), w, h, n.layer(), n.year(), n.dated()));
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>(first.edges().size());
        for (int i = 0; i < first.edges().size(); i++) {
            LayoutGraph.Edge e = first.edges().get(i);
            double w = e.labelWidth();
            double h = e.labelHeight();
            for (LayoutGraph g : graphs) {
                w = Math.max(w, g.edges().get(i).labelWidth());
                h = Math.max(h, g.edges().get(i).labelHeight());
            }
            edges.add(new LayoutGraph.Edge(e.source(), e.target(), e.label(), w, h));
        }
        return engine.layout(new LayoutGraph(nodes, edges));
    }

    /** Lays out and draws {@code view}. */
    public String svg(TreeView view, TreeLabels labels) {
        Map<String, NodeCard> cards = cards(view, labels);
        TreeLayout layout = engine.layout(graph(view, cards, labels));
        return SvgWriter.write(kb, palette, view, cards, layout, labels);
    }

    /** Draws {@code view} with a layout made earlier by {@link #layout} with the same labels. */
    public String svg(TreeView view, TreeLabels labels, TreeLayout layout) {
        return SvgWriter.write(kb, palette, view, cards(view, labels), layout, labels);
    }

    private Map<String, NodeCard> cards(TreeView view, TreeLabels labels) {
        Map<String, NodeCard> cards = new LinkedHashMap<>();
        for (TreeView.Node n : view.nodes()) {
            cards.put(n.model(), NodeCard.of(kb.models().get(n.model()), n, labels));
        }
        return cards;
    }

    private LayoutGraph graph(TreeView view, Map<String, NodeCard> cards, TreeLabels labels) {
        List<String> order = new ArrayList<>(cards.keySet());
        Map<String, List<String>> parents = new HashMap<>();
        for (TreeView.Edge e : view.edges()) {
            parents.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e.parent());
        }
        Map<String, Optional<DateSpec>> released = new HashMap<>();
        for (String id : order) {
            released.put(id, kb.models().get(id).released());
        }
        TimeLayers layers =
                TimeLayers.assign(order, parents, released, engine.maxPerLayer(order.size()));
        List<LayoutGraph.Node> nodes = new ArrayList<>(order.size());
        for (NodeCard c : cards.values()) {
            nodes.add(
                    new LayoutGraph.Node(
                            c.model(),
                            c.width(),
                            c.height(),
                            layers.layer().get(c.model()),
                            layers.year().get(c.model()).orElse(0),
                            released.get(c.model())
                                    .map(d -> d.start().year())
                                    .equals(layers.year().get(c.model()))));
        }
        List<LayoutGraph.Edge> edges = new ArrayList<>(view.edges().size());
        for (TreeView.Edge e : view.edges()) {
            String label = labels.methodLabel().apply(e.method());
            List<String> lines = EdgeLabel.lines(label);
            edges.add(
                    new LayoutGraph.Edge(
                            e.parent(),
                            e.child(),
                            label,
                            EdgeLabel.width(lines),
                            EdgeLabel.height(lines)));
        }
        return new LayoutGraph(nodes, edges);
    }
}
