package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;
import org.lineage.model.KnowledgeBase;

/** The properties every tree layout must have, whatever the view. */
final class LayoutInvariants {
    private static final double EPS = 0.5;

    private LayoutInvariants() {}

    static void check(KnowledgeBase kb, TreeView view, TreeLayout layout) {
        noNodesOverlap(view, layout);
        everyEdgeIsDrawnBorderToBorder(view, layout);
        parentsComeBeforeChildren(view, layout);
        datedModelsSitInTheirYear(kb, view, layout);
    }

    static void noNodesOverlap(TreeView view, TreeLayout layout) {
        List<String> ids = view.nodes().stream().map(TreeView.Node::model).toList();
        assertEquals(ids.size(), layout.nodes().size(), "one box per node");
        for (int i = 0; i < ids.size(); i++) {
            Box a = layout.nodes().get(ids.get(i));
            assertTrue(a.x() >= 0 && a.y() >= 0, ids.get(i) + " inside the drawing");
            assertTrue(a.right() <= layout.width() + EPS && a.bottom() <= layout.height() + EPS);
            for (int j = i + 1; j < ids.size(); j++) {
                Box b = layout.nodes().get(ids.get(j));
                assertFalse(a.overlaps(b), ids.get(i) + " overlaps " + ids.get(j));
            }
        }
    }

    static void everyEdgeIsDrawnBorderToBorder(TreeView view, TreeLayout layout) {
        assertEquals(view.edges().size(), layout.routes().size(), "one route per edge");
        for (int i = 0; i < view.edges().size(); i++) {
            TreeView.Edge e = view.edges().get(i);
            Route r = layout.routes().get(i);
            assertEquals(e.parent(), r.parent());
            assertEquals(e.child(), r.child());
            Point first = r.points().get(0);
            Point last = r.points().get(r.points().size() - 1);
            assertTrue(
                    onBorder(layout.nodes().get(e.parent()), first), e + " starts at the parent");
            assertTrue(onBorder(layout.nodes().get(e.child()), last), e + " ends at the child");
            for (int k = 1; k < r.points().size(); k++) {
                Point a = r.points().get(k - 1);
                Point b = r.points().get(k);
                assertTrue(
                        Math.abs(a.x() - b.x()) < EPS || Math.abs(a.y() - b.y()) < EPS,
                        e + " is routed orthogonally");
            }
        }
    }

    static void parentsComeBeforeChildren(TreeView view, TreeLayout layout) {
        for (TreeView.Edge e : view.edges()) {
            Box p = layout.nodes().get(e.parent());
            Box c = layout.nodes().get(e.child());
            if (layout.direction() == TreeLayout.Direction.DOWN) {
                assertTrue(p.bottom() < c.y(), e.parent() + " above " + e.child());
            } else {
                assertTrue(p.right() < c.x(), e.parent() + " left of " + e.child());
            }
        }
    }

    /**
     * A model with a release date lies within its year's band, or after it if a parent is later.
     */
    static void datedModelsSitInTheirYear(KnowledgeBase kb, TreeView view, TreeLayout layout) {
        Map<Integer, TreeLayout.Band> bands =
                layout.bands().stream()
                        .collect(java.util.stream.Collectors.toMap(TreeLayout.Band::year, b -> b));
        for (int i = 1; i < layout.bands().size(); i++) {
            assertTrue(layout.bands().get(i - 1).year() < layout.bands().get(i).year());
            assertTrue(layout.bands().get(i - 1).to() <= layout.bands().get(i).from() + EPS);
        }
        for (TreeView.Node n : view.nodes()) {
            var released = kb.models().get(n.model()).released();
            if (released.isEmpty()) {
                continue;
            }
            Box b = layout.nodes().get(n.model());
            double from = layout.direction() == TreeLayout.Direction.DOWN ? b.y() : b.x();
            double to = layout.direction() == TreeLayout.Direction.DOWN ? b.bottom() : b.right();
            TreeLayout.Band band = bands.get(released.get().start().year());
            if (band != null) {
                assertTrue(
                        from >= band.from() - EPS,
                        n.model() + " does not start before its year " + band);
            }
            assertTrue(
                    layout.bands().stream()
                            .anyMatch(x -> from >= x.from() - EPS && to <= x.to() + EPS),
                    n.model() + " lies inside a year");
        }
    }

    private static boolean onBorder(Box b, Point p) {
        boolean inX = p.x() >= b.x() - EPS && p.x() <= b.right() + EPS;
        boolean inY = p.y() >= b.y() - EPS && p.y() <= b.bottom() + EPS;
        boolean onEdgeX = Math.abs(p.x() - b.x()) < EPS || Math.abs(p.x() - b.right()) < EPS;
        boolean onEdgeY = Math.abs(p.y() - b.y()) < EPS || Math.abs(p.y() - b.bottom()) < EPS;
        return inX && inY && (onEdgeX || onEdgeY);
    }
}
