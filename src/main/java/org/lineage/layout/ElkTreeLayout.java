package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.lineage.layout.TreeLayout.Band;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;

/**
 * Lays out a {@link LayoutGraph} with ELK Layered: our own time layers, ELK's crossing
 * minimisation, node placement and orthogonal edge routing.
 *
 * <p>ELK is told the layers through its interactive layering, which groups nodes by their given
 * position along the layout direction. Node layers are spaced two apart so that the dummy node ELK
 * inserts for an edge label lands in the gap after its source and never shifts a model out of its
 * year. Each call builds its own ELK graph and provider, so layouts may run in parallel; the
 * settings are fixed here, once.
 */
final class ElkTreeLayout {
    /** Spacing of the positions that tell ELK the layers; wider than any node or label. */
    private static final double LAYER_STEP = 1_000_000;

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
            return new Spacing(18, 20, 10, 10, 12, 30, 56);
        }
    }

    ElkTreeLayout(TreeLayout.Direction direction, Spacing spacing) {
        this.direction = direction;
        this.spacing = spacing;
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

    TreeLayout layout(LayoutGraph g) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, g.nodes().size());
        Map<String, ElkNode> nodes = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(n.width(), n.height());
            e.setProperty(LayeredOptions.ALIGNMENT, Alignment.LEFT);
            double pos = 2.0 * n.layer() * LAYER_STEP;
            if (direction == TreeLayout.Direction.RIGHT) {
                e.setLocation(pos, 0);
            } else {
                e.setLocation(0, pos);
            }
            nodes.put(n.id(), e);
        }
        // ELK's interactive layering makes layers only where nodes are: a tiny spacer in every
        // gap keeps the gaps, so that label dummies fill them instead of pushing models along.
        int last = g.nodes().stream().mapToInt(LayoutGraph.Node::layer).max().orElse(0);
        for (int i = 0; i < last; i++) {
            ElkNode spacer = ElkGraphUtil.createNode(root);
            spacer.setDimensions(1, 1);
            double pos = (2.0 * i + 1) * LAYER_STEP;
            if (direction == TreeLayout.Direction.RIGHT) {
                spacer.setLocation(pos, 0);
            } else {
                spacer.setLocation(0, pos);
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
                // The edge runs through its label, so a label is never read as its neighbour's.
                l.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
            }
            edges.add(e);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        return result(g, root, nodes, edges);
    }

    private void configure(ElkNode root, int size) {
        root.setProperty(
                CoreOptions.DIRECTION,
                direction == TreeLayout.Direction.RIGHT ? Direction.RIGHT : Direction.DOWN);
        // One layering for the whole view, so that unconnected models stay in their year.
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
        root.setProperty(
                LayeredOptions.CROSSING_MINIMIZATION_STRATEGY,
                CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(
                LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, spacing.nodeNode());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing.betweenLayers());
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, spacing.edgeEdge());
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, spacing.edgeEdge());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, spacing.edgeNode());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing.edgeNode());
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(spacing.padding()));
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        // Fewer sweeps on big graphs keep a 1,000-model tree within seconds.
        root.setProperty(LayeredOptions.THOROUGHNESS, size > 400 ? 2 : 10);
    }

    private TreeLayout result(
            LayoutGraph g, ElkNode root, Map<String, ElkNode> nodes, List<ElkEdge> edges) {
        boolean right = direction == TreeLayout.Direction.RIGHT;
        double dx = right ? 0 : spacing.axisWidth();
        double dy = right ? spacing.axisHeight() : 0;
        Map<String, Box> boxes = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            ElkNode e = nodes.get(n.id());
            boxes.put(n.id(), new Box(e.getX() + dx, e.getY() + dy, e.getWidth(), e.getHeight()));
        }
        List<Route> routes = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge e = edges.get(i);
            LayoutGraph.Edge src = g.edges().get(i);
            List<Point> pts = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                add(pts, new Point(s.getStartX() + dx, s.getStartY() + dy));
                for (ElkBendPoint b : s.getBendPoints()) {
                    add(pts, new Point(b.getX() + dx, b.getY() + dy));
                }
                add(pts, new Point(s.getEndX() + dx, s.getEndY() + dy));
            }
            Optional<Box> label =
                    e.getLabels().isEmpty()
                            ? Optional.empty()
                            : Optional.of(
                                    new Box(
                                            e.getLabels().get(0).getX() + dx,
                                            e.getLabels().get(0).getY() + dy,
                                            e.getLabels().get(0).getWidth(),
                                            e.getLabels().get(0).getHeight()));
            routes.add(new Route(src.source(), src.target(), pts, label));
        }
        List<Band> bands = bands(g, boxes, right);
        return new TreeLayout(
                direction, root.getWidth() + dx, root.getHeight() + dy, boxes, routes, bands);
    }

    private static void add(List<Point> pts, Point p) {
        if (pts.isEmpty() || !pts.get(pts.size() - 1).equals(p)) {
            pts.add(p);
        }
    }

    /**
     * Each year spans its dated nodes. Neighbouring years meet halfway between them, unless an
     * undated model lies between: then that stretch belongs to no year.
     */
    private List<Band> bands(LayoutGraph g, Map<String, Box> boxes, boolean right) {
        TreeMap<Integer, double[]> span = new TreeMap<>();
        List<double[]> undated = new ArrayList<>();
        for (LayoutGraph.Node n : g.nodes()) {
            Box b = boxes.get(n.id());
            double[] extent =
                    right ? new double[] {b.x(), b.right()} : new double[] {b.y(), b.bottom()};
            if (n.dated()) {
                span.merge(
                        n.year(),
                        extent,
                        (a, c) -> new double[] {Math.min(a[0], c[0]), Math.max(a[1], c[1])});
            } else {
                undated.add(extent);
            }
        }
        List<double[]> spans = new ArrayList<>(span.values());
        List<Integer> years = new ArrayList<>(span.keySet());
        double half = spacing.padding() / 2;
        List<Band> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            double from = spans.get(i)[0] - half;
            double to = spans.get(i)[1] + half;
            if (i > 0 && !between(undated, spans.get(i - 1)[1], spans.get(i)[0])) {
                from = (spans.get(i - 1)[1] + spans.get(i)[0]) / 2;
            }
            if (i + 1 < spans.size() && !between(undated, spans.get(i)[1], spans.get(i + 1)[0])) {
                to = (spans.get(i)[1] + spans.get(i + 1)[0]) / 2;
            }
            out.add(new Band(years.get(i), from, to));
        }
        return out;
    }

    private static boolean between(List<double[]> extents, double from, double to) {
        return extents.stream().anyMatch(e -> e[0] >= from && e[1] <= to);
    }
}
