package org.lineage.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The geometry of one evolution tree, in SVG user units with the origin at the top left.
 *
 * @param direction the way time runs
 * @param width the drawing's width, axis and margins included
 * @param height the drawing's height
 * @param nodes every node's box, by model id
 * @param routes one route per edge of the view, in the view's edge order
 * @param bands the release years along the time axis, in order
 * @param groups the outlines of the view's groups (series, the analogue lane)
 */
public record TreeLayout(
        Direction direction,
        double width,
        double height,
        Map<String, Box> nodes,
        List<Route> routes,
        List<Band> bands,
        List<Group> groups) {

    public TreeLayout {
        nodes = Map.copyOf(nodes);
        routes = List.copyOf(routes);
        bands = List.copyOf(bands);
        groups = List.copyOf(groups);
    }

    /** The way time runs in a drawing. */
    public enum Direction {
        /** Earlier models on the left. */
        RIGHT,
        /** Earlier models at the top. */
        DOWN
    }

    /** A point. */
    public record Point(double x, double y) {}

    /** An axis-aligned rectangle. */
    public record Box(double x, double y, double w, double h) {
        public double right() {
            return x + w;
        }

        public double bottom() {
            return y + h;
        }

        public double cx() {
            return x + w / 2;
        }

        public double cy() {
            return y + h / 2;
        }

        /** True when the two boxes share any interior point. */
        public boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    /**
     * The drawn path of one lineage edge, from the parent's border to the child's.
     *
     * @param points the polyline: start, bends, end (orthogonal segments)
     * @param label where the method label goes, if it has one
     */
    public record Route(String parent, String child, List<Point> points, Optional<Box> label) {
        public Route {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a route needs two points at least");
            }
        }
    }

    /**
     * One release year on the time axis, or a stretch of models whose year is not known.
     *
     * @param year the year; 0 for an undated stretch
     * @param from where the stretch starts along the time axis (x for {@link Direction#RIGHT})
     * @param to where it ends
     * @param undated true for layers that hold undated models only, between different years
     */
    public record Band(int year, double from, double to, boolean undated) {}

    /**
     * The outline of one group: the union of {@code parts}, rectangles that hold its nodes and its
     * caption and never any other node.
     *
     * @param id the group's id (a family id, or {@link #ANALOGUE_LANE})
     * @param caption where its caption is written
     */
    public record Group(String id, List<Box> parts, Box caption) {
        /** The id of the analogue lane's group. */
        public static final String ANALOGUE_LANE = "-analogues";

        public Group {
            parts = List.copyOf(parts);
        }
    }
}
