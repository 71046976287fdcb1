package org.lineage.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CenterEdgeLabelPlacementStrategy;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.EdgeLabelSideSelection;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;

/**
 * Lays out a {@link LayoutGraph} with ELK Layered: our own time layers, ELK's crossing
 * minimisation, node placement, orthogonal edge routing and edge-label placement.
 *
 * <p>ELK is told the layers through its interactive layering, which groups nodes by their given
 * position along the layout direction. Node layers are spaced two apart: the layer between holds
 * the method labels of the edges into the next layer (ELK's head-layer label placement) and the
 * captions of the groups that start there, so that a label never shifts a model out of its year.
 *
 * <p>Lanes and groups are kept by ELK's semi-interactive crossing minimisation: a first run orders
 * each layer freely; when that order mixes lanes or splits a group, a second run is given the first
 * run's order sorted by lane and group as in-layer constraints, and ELK still orders the long
 * edges, places the nodes and routes the edges. Each call builds its own ELK graphs and provider,
 * so layouts may run in parallel; the settings are fixed here, once.
 */
final class ElkTreeLayout {
    /** The ELK release the layouts are made with (the pom's {@code elk.version}). */
    static final String ELK_VERSION = "0.12.1";

    /** Spacing of the positions that tell ELK the layers; wider than any node or label. */
    private static final double LAYER_STEP = 1_000_000;

    /** How far a group's outline stands off its nodes. */
    static final double GROUP_PAD = 7;

    static {
        // Registers ELK's option types (cloning of defaults); class initialisation runs it once.
        LayoutMetaDataService.getInstance();
    }

    private final TreeLayout.Direction direction;
    private final Spacing spacing;

    /** The distances used by a layout. */
    record Spacing(
            double nodeNode,
            double betweenLayers,
            double edgeEdge,
            double edgeNode,
            double padding,
            double axisHeight,
            double axisWidth) {
        static Spacing defaults() {
            return new Spacing(22, 20, 10, 10, 14, 30, 70);
        }
    }

    ElkTreeLayout(TreeLayout.Direction direction, Spacing spacing) {
        this.direction = direction;
        this.spacing = spacing;
    }

    /** Everything besides the graph that a layout depends on, for {@link LayoutCache}. */
    String settings() {
        return direction + " " + spacing + " elk-" + ELK_VERSION;
    }

    /**
     * How many models one layer may take in a view of {@code n}: about as many as keep the drawing
     * roughly square (a layer is a row of wide boxes when time runs down, a column of flat ones
     * when it runs right), and never fewer than eight.
     */
    int maxPerLayer(int n) {
        double perRoot = direction == TreeLayout.Direction.DOWN ? 0.8 : 2.0;
        return Math.max(8, (int) Math.ceil(perRoot * Math.sqrt(n)));
    }

    private boolean right() {
        return direction == TreeLayout.Direction.RIGHT;
    }

    /** One ELK run: the graph it laid out and its elements by id. */
    private record Run(
            ElkNode root,
            Map<String, ElkNode> nodes,
            Map<String, ElkLabel> captions,
            List<ElkEdge> edges) {}

    TreeLayout layout(LayoutGraph g) {
        Run first = run(g, Map.of());
        Map<String, Double> order = constrainedOrder(g, first);
        return result(g, order.isEmpty() ? first : run(g, order));
    }

    /** True when the graph has two lanes, which a wall keeps apart. */
    private static boolean laned(LayoutGraph g) {
        return g.nodes().stream().anyMatch(n -> n.lane() == 1)
                && g.nodes().stream().anyMatch(n -> n.lane() == 0);
    }

    /** The key of the wall's node in layer {@code layer}. */
    private static String wallKey(int layer) {
        return "\u0000wall:" + layer;
    }

    private Run run(LayoutGraph g, Map<String, Double> order) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, g.nodes().size(), !order.isEmpty());
        Map<String, ElkNode> nodes = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(n.width(), n.height());
            e.setProperty(LayeredOptions.ALIGNMENT, Alignment.LEFT);
            place(e, 2.0 * n.layer(), order.get(n.id()));
            nodes.put(n.id(), e);
        }
        // ELK's interactive layering makes layers only where nodes are: a tiny spacer in every
        // gap keeps the gaps, so that label dummies fill them instead of pushing models along.
        int last = g.nodes().stream().mapToInt(LayoutGraph.Node::layer).max().orElse(0);
        for (int i = 0; i < last; i++) {
            ElkNode spacer = ElkGraphUtil.createNode(root);
            spacer.setDimensions(1, 1);
            place(spacer, 2.0 * i + 1, null);
        }
        // A group's caption is a label of its anchor, outside it on the left (above it when time
        // runs right): ELK keeps the room it takes free of other nodes and edges.
        Map<String, ElkLabel> captions = new LinkedHashMap<>();
        for (LayoutGraph.Group gr : g.groups()) {
            ElkLabel c = ElkGraphUtil.createLabel(gr.id(), nodes.get(gr.anchor()));
            c.setDimensions(gr.captionWidth(), gr.captionHeight());
            c.setProperty(
                    CoreOptions.NODE_LABELS_PLACEMENT,
                    right()
                            ? EnumSet.of(
                                    NodeLabelPlacement.OUTSIDE,
                                    NodeLabelPlacement.V_TOP,
                                    NodeLabelPlacement.H_LEFT)
                            : EnumSet.of(
                                    NodeLabelPlacement.OUTSIDE,
                                    NodeLabelPlacement.V_TOP,
                                    NodeLabelPlacement.H_LEFT,
                                    NodeLabelPlacement.H_PRIORITY));
            captions.put(gr.id(), c);
        }
        // Between the lanes, a wall: a chain of tiny nodes, one in every layer, placed between
        // the last node of the main lane and the first of the analogue lane, its edges given the
        // highest straightness priority. Straight, it puts every analogue right of (below, when
        // time runs right) every model of the main story, in a column of its own.
        if (!order.isEmpty() && laned(g)) {
            // Network-simplex placement keeps a chain this stiff straight; Brandes-Koepf may
            // break it into steps.
            root.setProperty(
                    LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
            ElkNode previous = null;
            for (int i = 0; i <= last; i++) {
                ElkNode wall = ElkGraphUtil.createNode(root);
                wall.setDimensions(1, 1);
                place(wall, 2.0 * i, order.get(wallKey(i)));
                if (previous != null) {
                    ElkEdge e = ElkGraphUtil.createSimpleEdge(previous, wall);
                    e.setProperty(LayeredOptions.PRIORITY_STRAIGHTNESS, 1000);
                }
                previous = wall;
            }
        }
        List<ElkEdge> edges = new ArrayList<>(g.edges().size());
        for (LayoutGraph.Edge ed : g.edges()) {
            ElkEdge e =
                    ElkGraphUtil.createSimpleEdge(nodes.get(ed.source()), nodes.get(ed.target()));
            if (ed.labelWidth() > 0) {
                ElkLabel l = ElkGraphUtil.createLabel(ed.label(), e);
                l.setDimensions(ed.labelWidth(), ed.labelHeight());
                l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.add(e);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        return new Run(root, nodes, captions, edges);
    }

    /**
     * Puts {@code e} at {@code step} layer steps along the time axis and, when {@code rank} is
     * given, fixes its place among the constrained nodes of its layer.
     */
    private void place(ElkNode e, double step, Double rank) {
        double pos = step * LAYER_STEP;
        if (right()) {
            e.setLocation(pos, 0);
        } else {
            e.setLocation(0, pos);
        }
        if (rank != null) {
            e.setProperty(LayeredOptions.POSITION, new KVector(rank, rank));
        }
    }

    private void configure(ElkNode root, int size, boolean constrained) {
        root.setProperty(CoreOptions.DIRECTION, right() ? Direction.RIGHT : Direction.DOWN);
        // One layering for the whole view, so that unconnected models stay in their year.
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
        root.setProperty(
                LayeredOptions.CROSSING_MINIMIZATION_STRATEGY,
                CrossingMinimizationStrategy.LAYER_SWEEP);
        if (constrained) {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true);
            // The greedy switch post-pass ignores in-layer constraints.
            root.setProperty(
                    LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        }
        root.setProperty(
                LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        // A method label sits just above the model the step made, beside its edge.
        root.setProperty(
                LayeredOptions.EDGE_LABELS_CENTER_LABEL_PLACEMENT_STRATEGY,
                CenterEdgeLabelPlacementStrategy.HEAD_LAYER);
        root.setProperty(
                LayeredOptions.EDGE_LABELS_SIDE_SELECTION, EdgeLabelSideSelection.SMART_DOWN);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, spacing.nodeNode());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing.betweenLayers());
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, spacing.edgeEdge());
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, spacing.edgeEdge());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, spacing.edgeNode());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing.edgeNode());
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 6.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(spacing.padding()));
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        // Fewer sweeps on big graphs keep a 1,000-model tree within seconds.
        root.setProperty(LayeredOptions.THOROUGHNESS, size > 400 ? 2 : 10);
    }

    /** Where a laid-out node is across the time axis. */
    private double across(ElkNode e) {
        return right() ? e.getY() + e.getHeight() / 2 : e.getX() + e.getWidth() / 2;
    }

    /**
     * The order of each layer that keeps lanes apart and groups together: the first run's order,
     * sorted by lane, then by group (a group where its nodes lie on average, a node of no group
     * where it lies). Empty when the first run's order already does.
     */
    private Map<String, Double> constrainedOrder(LayoutGraph g, Run first) {
        Map<String, double[]> sum = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            if (n.group().isPresent()) {
                double[] s = sum.computeIfAbsent(n.group().get(), k -> new double[2]);
                s[0] += across(first.nodes().get(n.id()));
                s[1]++;
            }
        }
        record Key(String id, int lane, double groupAt, String group, int anchor, double at) {}
        Comparator<Key> sorted =
                Comparator.comparingInt(Key::lane)
                        .thenComparingDouble(Key::groupAt)
                        .thenComparing(Key::group)
                        .thenComparingInt(Key::anchor)
                        .thenComparingDouble(Key::at)
                        .thenComparing(Key::id);
        Set<String> anchors = new HashSet<>();
        g.groups().forEach(gr -> anchors.add(gr.anchor()));
        Map<Integer, List<Key>> layers = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            double at = across(first.nodes().get(n.id()));
            String group = n.group().orElse("");
            double groupAt = n.group().map(x -> sum.get(x)[0] / sum.get(x)[1]).orElse(at);
            layers.computeIfAbsent(n.layer(), k -> new ArrayList<>())
                    .add(
                            new Key(
                                    n.id(),
                                    2 * n.lane(),
                                    groupAt,
                                    group,
                                    anchors.contains(n.id()) ? 0 : 1,
                                    at));
        }
        boolean changed = laned(g);
        if (changed) {
            int last = g.nodes().stream().mapToInt(LayoutGraph.Node::layer).max().orElse(0);
            for (int i = 0; i <= last; i++) {
                layers.computeIfAbsent(i, k -> new ArrayList<>())
                        .add(new Key(wallKey(i), 1, 0, "", 0, 0));
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (List<Key> layer : layers.values()) {
            List<Key> byPlace = new ArrayList<>(layer);
            byPlace.sort(Comparator.comparingDouble(Key::at).thenComparing(Key::id));
            layer.sort(sorted);
            if (!layer.stream()
                    .map(Key::id)
                    .toList()
                    .equals(byPlace.stream().map(Key::id).toList())) {
                changed = true;
            }
            for (int i = 0; i < layer.size(); i++) {
                out.put(layer.get(i).id(), (double) i);
            }
        }
        return changed ? out : Map.of();
    }

    private TreeLayout result(LayoutGraph g, Run run) {
        double dx = right() ? 0 : spacing.axisWidth();
        double dy = right() ? spacing.axisHeight() : 0;
        Map<String, Box> boxes = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            boxes.put(n.id(), box(run.nodes().get(n.id()), dx, dy));
        }
        List<Route> routes = new ArrayList<>(run.edges().size());
        for (int i = 0; i < run.edges().size(); i++) {
            ElkEdge e = run.edges().get(i);
            LayoutGraph.Edge src = g.edges().get(i);
            List<Point> pts = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                add(pts, new Point(s.getStartX() + dx, s.getStartY() + dy));
                for (ElkBendPoint b : s.getBendPoints()) {
                    add(pts, new Point(b.getX() + dx, b.getY() + dy));
                }
                add(pts, new Point(s.getEndX() + dx, s.getEndY() + dy));
            }
            Optional<Box> label = Optional.empty();
            if (!e.getLabels().isEmpty()) {
                ElkLabel l = e.getLabels().get(0);
                label =
                        Optional.of(
                                new Box(l.getX() + dx, l.getY() + dy, l.getWidth(), l.getHeight()));
            }
            routes.add(new Route(src.source(), src.target(), pts, label));
        }
        Map<String, Box> captions = new LinkedHashMap<>();
        for (LayoutGraph.Group gr : g.groups()) {
            ElkLabel c = run.captions().get(gr.id());
            Box anchor = boxes.get(gr.anchor());
            captions.put(
                    gr.id(),
                    new Box(
                            anchor.x() + c.getX(),
                            anchor.y() + c.getY(),
                            c.getWidth(),
                            c.getHeight()));
        }
        double width = run.root().getWidth() + dx;
        double height = run.root().getHeight() + dy;
        List<TreeLayout.Group> groups = GroupOutlines.of(g, boxes, captions, right());
        List<TreeLayout.Band> bands =
                TimeBands.of(g, boxes, routes, captions, right(), spacing.padding());
        return new TreeLayout(direction, width, height, boxes, routes, bands, groups);
    }

    private static Box box(ElkNode e, double dx, double dy) {
        return new Box(e.getX() + dx, e.getY() + dy, e.getWidth(), e.getHeight());
    }

    private static void add(List<Point> pts, Point p) {
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals(p)) {
            pts.add(p);
        }
    }
}
