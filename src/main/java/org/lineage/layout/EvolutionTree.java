package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;

/**
 * Draws evolution trees of one knowledge base: {@link #layout} places a {@link TreeView} and {@link
 * #svg} writes it as an inline SVG string.
 *
 * <p>The models of the main story form the spine, each series outlined as a labelled group; the
 * analogues other labs made stand in a lane of their own after it ({@link Lanes}).
 *
 * <p>Immutable and safe to share: every call builds its own layout graph, so pages may be drawn in
 * parallel. Output depends only on the inputs (fixed ELK seed, sorted input, fixed number format).
 */
public final class EvolutionTree {
    /**
     * The most models a view outlines its groups in. Groups cost a second ELK run (about twice a
     * layout's time), worth it on the figures of a story-sized knowledge base and on every model's
     * neighbourhood; a larger drawing is read by scrolling, where outlines spanning it would add
     * ink rather than sense, and a large site draws hundreds of such traces. Lanes are kept at any
     * size.
     */
    static final int GROUP_LIMIT = 60;

    static final double CAPTION_SIZE = 13;
    static final double CAPTION_PAD_X = 7;
    static final double CAPTION_HEIGHT = 21;

    private final KnowledgeBase kb;
    private final Lanes lanes;
    private final Palette palette;
    private final ElkTreeLayout engine;
    private final LayoutCache cache;

    /**
     * Trees whose time runs top to bottom: pages scroll that way, and a model's lineage, mostly a
     * chain, then fits a page column.
     */
    public EvolutionTree(KnowledgeBase kb) {
        this(kb, TreeLayout.Direction.DOWN);
    }

    public EvolutionTree(KnowledgeBase kb, TreeLayout.Direction direction) {
        this(kb, direction, new LayoutCache());
    }

    /**
     * Trees whose layouts are looked up in {@code cache} before ELK makes them, and kept there: a
     * builder that lives across builds hands the same cache to each.
     */
    public EvolutionTree(KnowledgeBase kb, LayoutCache cache) {
        this(kb, TreeLayout.Direction.DOWN, cache);
    }

    private EvolutionTree(KnowledgeBase kb, TreeLayout.Direction direction, LayoutCache cache) {
        this.cache = cache;
        this.kb = kb;
        this.lanes = Lanes.of(kb);
        this.palette = new Palette(lanes.seriesIds());
        this.engine = new ElkTreeLayout(direction, ElkTreeLayout.Spacing.defaults());
    }

    /** The palette, so that a page's HTML legend can use the same family colours. */
    public Palette palette() {
        return palette;
    }

    /** Where each model belongs: the series of the spine, or the analogue lane. */
    public Lanes lanes() {
        return lanes;
    }

    /**
     * {@code view} as a page first shows it: without the models added only as analogues and, when
     * {@code lane} is true, without the models of the analogue lane (a highlighted model stays).
     */
    public TreeView withoutAnalogues(TreeView view, boolean lane) {
        return view.without(
                n ->
                        n.role() == TreeView.Role.ANALOGUE
                                || (lane
                                        && lanes.lane(n.model()) == Lanes.Lane.ANALOGUE
                                        && view.highlighted().filter(n.model()::equals).isEmpty()));
    }

    /** The legend of {@code view} as data, for pages that draw it as HTML. */
    public TreeLegend legend(TreeView view, TreeLabels labels) {
        return TreeLegend.of(kb, palette, lanes, view, labels);
    }

    /** Places {@code view}; node boxes are sized for the text of {@code labels}' language. */
    public TreeLayout layout(TreeView view, TreeLabels labels) {
        return place(graph(view, cards(view, labels), labels));
    }

    /**
     * Places {@code view} once for several languages: each node box, edge label and caption is as
     * large as the largest of its texts in {@code labelSets}, so that {@link #svg(TreeView,
     * TreeLabels, TreeLayout)} may draw the one layout in any of them. A site drawing the same tree
     * on the page of each language lays it out once.
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
            nodes.add(
                    new LayoutGraph.Node(
                            n.id(), w, h, n.layer(), n.year(), n.dated(), n.lane(), n.group()));
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
        List<LayoutGraph.Group> groups = new ArrayList<>(first.groups().size());
        for (int i = 0; i < first.groups().size(); i++) {
            LayoutGraph.Group gr = first.groups().get(i);
            double w = gr.captionWidth();
            for (LayoutGraph g : graphs) {
                w = Math.max(w, g.groups().get(i).captionWidth());
            }
            groups.add(new LayoutGraph.Group(gr.id(), gr.anchor(), w, gr.captionHeight()));
        }
        return place(new LayoutGraph(nodes, edges, groups));
    }

    /** The layout of {@code g}, from the cache when it holds one. */
    private TreeLayout place(LayoutGraph g) {
        return cache.get(g, engine.settings(), () -> engine.layout(g));
    }

    /** Lays out and draws {@code view}. */
    public String svg(TreeView view, TreeLabels labels) {
        Map<String, NodeCard> cards = cards(view, labels);
        TreeLayout layout = place(graph(view, cards, labels));
        return SvgWriter.write(
                kb, palette, lanes, view, cards, layout, labels, id -> caption(id, view, labels));
    }

    /** Draws {@code view} with a layout made earlier by {@link #layout} with the same labels. */
    public String svg(TreeView view, TreeLabels labels, TreeLayout layout) {
        return SvgWriter.write(
                kb,
                palette,
                lanes,
                view,
                cards(view, labels),
                layout,
                labels,
                id -> caption(id, view, labels));
    }

    /** True when the view's node is drawn as an analogue (dash-dotted, in the lane if any). */
    boolean drawnAsAnalogue(TreeView.Node n) {
        return n.role() == TreeView.Role.ANALOGUE || lanes.lane(n.model()) == Lanes.Lane.ANALOGUE;
    }

    private Map<String, NodeCard> cards(TreeView view, TreeLabels labels) {
        Map<String, List<String>> comparedWith = new HashMap<>();
        for (TreeView.Analogue a : view.analogues()) {
            comparedWith
                    .computeIfAbsent(a.analogue(), k -> new ArrayList<>())
                    .add(kb.models().get(a.model()).name().in(labels.lang(), labels.fallback()));
        }
        Map<String, NodeCard> cards = new LinkedHashMap<>();
        for (TreeView.Node n : view.nodes()) {
            cards.put(
                    n.model(),
                    NodeCard.of(
                            kb.models().get(n.model()),
                            n,
                            labels,
                            drawnAsAnalogue(n),
                            comparedWith.getOrDefault(n.model(), List.of())));
        }
        return cards;
    }

    /**
     * The groups {@code view} outlines, by id (series ids sorted, the analogue lane last), each
     * with its members: a series with two members at least, and the analogue lane when the view has
     * a main story beside it.
     */
    Map<String, List<String>> groups(TreeView view) {
        Map<String, List<String>> out = new TreeMap<>();
        if (view.nodes().size() > GROUP_LIMIT) {
            return out;
        }
        List<String> lane = new ArrayList<>();
        boolean main = false;
        for (TreeView.Node n : view.nodes()) {
            if (lanes.lane(n.model()) == Lanes.Lane.ANALOGUE) {
                lane.add(n.model());
                continue;
            }
            main = true;
            if (n.role() == TreeView.Role.MEMBER && lanes.series(n.model()).isPresent()) {
                out.computeIfAbsent(lanes.series(n.model()).get(), k -> new ArrayList<>())
                        .add(n.model());
            }
        }
        out.values().removeIf(m -> m.size() < 2);
        Map<String, List<String>> ordered = new LinkedHashMap<>(out);
        if (main && !lane.isEmpty()) {
            ordered.put(TreeLayout.Group.ANALOGUE_LANE, lane);
        }
        return ordered;
    }

    /** The caption of group {@code id} in the language of {@code labels}. */
    String caption(String id, TreeView view, TreeLabels labels) {
        if (id.equals(TreeLayout.Group.ANALOGUE_LANE)) {
            boolean others =
                    view.nodes().stream()
                            .filter(n -> lanes.lane(n.model()) == Lanes.Lane.ANALOGUE)
                            .allMatch(n -> lanes.fromAnotherLab(n.model()));
            return labels.strings().get(others ? Key.LANE_OTHER_LABS : Key.LANE_ANALOGUES);
        }
        return kb.families().get(id).name().in(labels.lang(), labels.fallback());
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
        Map<String, List<String>> groups = groups(view);
        Map<String, String> groupOf = new HashMap<>();
        groups.forEach((g, members) -> members.forEach(m -> groupOf.put(m, g)));
        boolean laned =
                view.nodes().stream().anyMatch(n -> lanes.lane(n.model()) == Lanes.Lane.MAIN);
        List<LayoutGraph.Node> nodes = new ArrayList<>(order.size());
        for (NodeCard c : cards.values()) {
            boolean inLane = laned && lanes.lane(c.model()) == Lanes.Lane.ANALOGUE;
            nodes.add(
                    new LayoutGraph.Node(
                            c.model(),
                            c.width(),
                            c.height(),
                            layers.layer().get(c.model()),
                            layers.year().get(c.model()).orElse(0),
                            // a model released before a parent is drawn in the parent's year,
                            // and in that year's band: only a model with no date is undated
                            released.get(c.model()).isPresent()
                                    == layers.year().get(c.model()).isPresent(),
                            inLane ? 1 : 0,
                            Optional.ofNullable(groupOf.get(c.model()))));
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
        List<LayoutGraph.Group> out = new ArrayList<>();
        groups.forEach(
                (id, members) -> {
                    String anchor = members.get(0);
                    for (String m : members) {
                        if (layers.layer().get(m) < layers.layer().get(anchor)) {
                            anchor = m;
                        }
                    }
                    String text = caption(id, view, labels);
                    out.add(
                            new LayoutGraph.Group(
                                    id,
                                    anchor,
                                    Math.ceil(
                                            TextWidth.of(text, CAPTION_SIZE) * NodeCard.BOLD
                                                    + 2 * CAPTION_PAD_X),
                                    CAPTION_HEIGHT));
                });
        return new LayoutGraph(nodes, edges, out);
    }
}
