package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;
import org.lineage.model.KnowledgeBase;

/**
 * The properties every tree layout must have, whatever the view: cards apart and inside the
 * drawing, edges from border to border that never pass through a card, labels and captions clear of
 * cards and of each other, parents before children, each model in its year and no label across a
 * year's line, groups that hold their models and no other, and the analogue lane wholly after the
 * main story.
 */
final class LayoutInvariants {
    private static final double EPS = 0.5;

    private LayoutInvariants() {}

    static void check(KnowledgeBase kb, EvolutionTree trees, TreeView view, TreeLayout layout) {
        noNodesOverlap(view, layout);
        everyEdgeIsDrawnBorderToBorder(view, layout);
        noEdgePassesThroughACard(layout);
        noLabelOverlapsACardOrAnotherLabel(layout);
        parentsComeBeforeChildren(view, layout);
        datedModelsSitInTheirYear(kb, view, layout);
        noLabelOrCardStraddlesABandLine(layout);
        groupsHoldTheirModelsAndNoOther(trees, view, layout);
        analoguesStandInALaneOfTheirOwn(trees, view, layout);
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

    /**
     * No segment of any edge crosses the inside of a card or a caption, its own two cards included
     * (it only touches their borders).
     */
    static void noEdgePassesThroughACard(TreeLayout layout) {
        Map<String, Box> obstacles = new HashMap<>(layout.nodes());
        for (TreeLayout.Group g : layout.groups()) {
            obstacles.put("caption " + g.id(), g.caption());
        }
        for (Route r : layout.routes()) {
            for (int k = 1; k < r.points().size(); k++) {
                Point a = r.points().get(k - 1);
                Point b = r.points().get(k);
                Box seg =
                        new Box(
                                Math.min(a.x(), b.x()),
                                Math.min(a.y(), b.y()),
                                Math.abs(a.x() - b.x()),
                                Math.abs(a.y() - b.y()));
                for (Map.Entry<String, Box> o : obstacles.entrySet()) {
                    assertFalse(
                            crosses(seg, inset(o.getValue(), 1)),
                            r.parent() + " -> " + r.child() + " passes through " + o.getKey());
                }
            }
        }
    }

    static void noLabelOverlapsACardOrAnotherLabel(TreeLayout layout) {
        List<Box> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Route r : layout.routes()) {
            r.label()
                    .ifPresent(
                            l -> {
                                labels.add(l);
                                names.add("label of " + r.parent() + " -> " + r.child());
                            });
        }
        for (TreeLayout.Group g : layout.groups()) {
            labels.add(g.caption());
            names.add("caption of " + g.id());
        }
        for (int i = 0; i < labels.size(); i++) {
            for (Map.Entry<String, Box> n : layout.nodes().entrySet()) {
                assertFalse(labels.get(i).overlaps(n.getValue()), names.get(i) + " on " + n);
            }
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(
                        labels.get(i).overlaps(labels.get(j)),
                        names.get(i) + " on " + names.get(j));
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
     * Bands run in order without overlapping, years increasing; a model with a release date lies
     * within its year's band, or a later one if a parent is later.
     */
    static void datedModelsSitInTheirYear(KnowledgeBase kb, TreeView view, TreeLayout layout) {
        List<TreeLayout.Band> bands = layout.bands();
        int lastYear = Integer.MIN_VALUE;
        for (int i = 0; i < bands.size(); i++) {
            TreeLayout.Band b = bands.get(i);
            assertTrue(b.from() < b.to(), "band " + b + " runs forwards");
            if (i > 0) {
                assertTrue(bands.get(i - 1).to() <= b.from() + EPS, "bands in order");
                assertFalse(bands.get(i - 1).undated() && b.undated(), "undated bands merge");
            }
            if (!b.undated()) {
                assertTrue(b.year() > lastYear, "years increase: " + bands);
                lastYear = b.year();
            }
        }
        Map<Integer, TreeLayout.Band> byYear = new HashMap<>();
        bands.stream().filter(b -> !b.undated()).forEach(b -> byYear.put(b.year(), b));
        for (TreeView.Node n : view.nodes()) {
            var released = kb.models().get(n.model()).released();
            if (released.isEmpty() || bands.isEmpty()) {
                continue;
            }
            Box b = layout.nodes().get(n.model());
            double from = along(layout, b)[0];
            TreeLayout.Band band = byYear.get(released.get().start().year());
            if (band != null) {
                assertTrue(
                        from >= band.from() - EPS,
                        n.model() + " does not start before its year " + band);
            }
            assertTrue(inOneBand(layout, b), n.model() + " lies inside one band");
        }
    }

    /** Every card and every label lies inside one band: none crosses the line between two. */
    static void noLabelOrCardStraddlesABandLine(TreeLayout layout) {
        if (layout.bands().isEmpty()) {
            return;
        }
        for (Map.Entry<String, Box> n : layout.nodes().entrySet()) {
            assertTrue(inOneBand(layout, n.getValue()), n.getKey() + " inside one band");
        }
        for (Route r : layout.routes()) {
            r.label()
                    .ifPresent(
                            l ->
                                    assertTrue(
                                            inOneBand(layout, l),
                                            "the label of "
                                                    + r.parent()
                                                    + " -> "
                                                    + r.child()
                                                    + " inside one band: "
                                                    + l
                                                    + " "
                                                    + layout.bands()));
        }
        for (TreeLayout.Group g : layout.groups()) {
            assertTrue(
                    inOneBand(layout, g.caption()),
                    "caption of " + g.id() + " " + g.caption() + " in " + layout.bands());
        }
    }

    /**
     * Each group's outline holds its models and caption and no other model or caption; every series
     * with two members in the view is outlined (up to the size groups are drawn at).
     */
    static void groupsHoldTheirModelsAndNoOther(
            EvolutionTree trees, TreeView view, TreeLayout layout) {
        Map<String, List<String>> expected = trees.groups(view);
        assertEquals(
                List.copyOf(expected.keySet()),
                layout.groups().stream().map(TreeLayout.Group::id).toList(),
                "the groups drawn");
        for (TreeLayout.Group g : layout.groups()) {
            List<String> members = expected.get(g.id());
            assertTrue(
                    g.parts().stream().anyMatch(p -> contains(p, g.caption())),
                    g.id() + " holds its caption");
            for (Map.Entry<String, Box> n : layout.nodes().entrySet()) {
                if (members.contains(n.getKey())) {
                    assertTrue(
                            g.parts().stream().anyMatch(p -> contains(p, n.getValue())),
                            g.id() + " holds " + n.getKey());
                } else {
                    for (Box p : g.parts()) {
                        assertFalse(p.overlaps(n.getValue()), g.id() + " covers " + n.getKey());
                    }
                }
            }
            for (TreeLayout.Group other : layout.groups()) {
                if (other != g) {
                    for (Box p : g.parts()) {
                        assertFalse(
                                p.overlaps(other.caption()),
                                g.id() + " covers the caption of " + other.id());
                    }
                }
            }
        }
    }

    /** When a view has both lanes, every analogue of the lane lies after every main model. */
    static void analoguesStandInALaneOfTheirOwn(
            EvolutionTree trees, TreeView view, TreeLayout layout) {
        double mainEnd = -Double.MAX_VALUE;
        double laneStart = Double.MAX_VALUE;
        boolean right = layout.direction() == TreeLayout.Direction.RIGHT;
        for (TreeView.Node n : view.nodes()) {
            Box b = layout.nodes().get(n.model());
            if (trees.lanes().lane(n.model()) == Lanes.Lane.ANALOGUE) {
                laneStart = Math.min(laneStart, right ? b.y() : b.x());
            } else {
                mainEnd = Math.max(mainEnd, right ? b.bottom() : b.right());
            }
        }
        if (laneStart < Double.MAX_VALUE && mainEnd > -Double.MAX_VALUE) {
            assertTrue(
                    mainEnd < laneStart,
                    "the analogue lane after the main story: "
                            + mainEnd
                            + " < "
                            + laneStart
                            + " in "
                            + layout.direction()
                            + " "
                            + view.nodes().size());
        }
    }

    private static double[] along(TreeLayout layout, Box b) {
        return layout.direction() == TreeLayout.Direction.DOWN
                ? new double[] {b.y(), b.bottom()}
                : new double[] {b.x(), b.right()};
    }

    private static boolean inOneBand(TreeLayout layout, Box b) {
        double[] t = along(layout, b);
        return layout.bands().stream()
                .anyMatch(x -> t[0] >= x.from() - EPS && t[1] <= x.to() + EPS);
    }

    private static boolean contains(Box outer, Box inner) {
        return inner.x() >= outer.x() - EPS
                && inner.y() >= outer.y() - EPS
                && inner.right() <= outer.right() + EPS
                && inner.bottom() <= outer.bottom() + EPS;
    }

    private static Box inset(Box b, double by) {
        return new Box(b.x() + by, b.y() + by, b.w() - 2 * by, b.h() - 2 * by);
    }

    /** True when the segment (a degenerate box) and the box share a point. */
    private static boolean crosses(Box seg, Box b) {
        return seg.x() <= b.right()
                && b.x() <= seg.right()
                && seg.y() <= b.bottom()
                && b.y() <= seg.bottom();
    }

    private static boolean onBorder(Box b, Point p) {
        boolean inX = p.x() >= b.x() - EPS && p.x() <= b.right() + EPS;
        boolean inY = p.y() >= b.y() - EPS && p.y() <= b.bottom() + EPS;
        boolean onEdgeX = Math.abs(p.x() - b.x()) < EPS || Math.abs(p.x() - b.right()) < EPS;
        boolean onEdgeY = Math.abs(p.y() - b.y()) < EPS || Math.abs(p.y() - b.bottom()) < EPS;
        return inX && inY && (onEdgeX || onEdgeY);
    }
}
