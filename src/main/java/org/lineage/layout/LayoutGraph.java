package org.lineage.layout;

import java.util.List;
import java.util.Optional;

/**
 * What the layout engine needs: node sizes, layers, lanes and groups, the edges with their label
 * sizes, and the captions of the groups.
 *
 * @param nodes in a stable order (the view's)
 * @param edges in a stable order (the view's)
 * @param groups the groups to outline, in a stable order
 */
record LayoutGraph(List<Node> nodes, List<Edge> edges, List<Group> groups) {
    LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
    }

    /**
     * A node: its size, its layer along the time axis, the year it is drawn in and whether it is
     * dated (it has a release date, which gives that year or an earlier one when a parent was
     * released later; 0 and true when no model of the graph is dated), its lane (0 the main story,
     * 1 the analogues: a lane lies wholly after the one before it in every layer) and the group it
     * is outlined with, if any (a group's nodes are side by side in each layer).
     */
    record Node(
            String id,
            double width,
            double height,
            int layer,
            int year,
            boolean dated,
            int lane,
            Optional<String> group) {}

    /** An edge with a label of the given size (empty text and 0 by 0 for none). */
    record Edge(
            String source, String target, String label, double labelWidth, double labelHeight) {}

    /**
     * A group of nodes drawn inside one outline, with a caption of the given size above {@code
     * anchor}, the first of its nodes in the earliest layer it has.
     */
    record Group(String id, String anchor, double captionWidth, double captionHeight) {}
}
