package org.lineage.layout;

import java.util.List;

/**
 * What the layout engine needs: node sizes and layers, and the edges with their label sizes.
 *
 * @param nodes in a stable order (the view's)
 * @param edges in a stable order (the view's)
 */
record LayoutGraph(List<Node> nodes, List<Edge> edges) {
    LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node: its size, its layer along the time axis, the year it is drawn in and whether its own
     * release date gives that year (0 and false when no model of the graph is dated).
     */
    record Node(String id, double width, double height, int layer, int year, boolean dated) {}

    /** An edge with a label of the given size (empty text and 0 by 0 for none). */
    record Edge(
            String source, String target, String label, double labelWidth, double labelHeight) {}
}
