package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lineage.layout.TreeLayout.Box;

/**
 * The outline of each group of a laid-out graph: a padded rectangle around the group's nodes (and
 * its caption) in each layer, stretched to the group's full width where no other node stands, and
 * between consecutive ones a bridge as wide as both allow. A group's nodes are side by side in
 * every layer, so a row holds no other node; a bridge that would cover another node or caption is
 * left out, and the group is drawn in pieces.
 */
final class GroupOutlines {
    /** Bridges narrower than this are left out: they would read as lines, not as one shape. */
    private static final double MIN_BRIDGE = 28;

    private GroupOutlines() {}

    static List<TreeLayout.Group> of(
            LayoutGraph g, Map<String, Box> boxes, Map<String, Box> captions, boolean right) {
        double p = ElkTreeLayout.GROUP_PAD;
        Map<String, Integer> layerOf = new HashMap<>();
        g.nodes().forEach(n -> layerOf.put(n.id(), n.layer()));
        List<TreeLayout.Group> out = new ArrayList<>();
        for (LayoutGraph.Group gr : g.groups()) {
            TreeMap<Integer, Box> rows = new TreeMap<>();
            Set<String> members = new HashSet<>();
            for (LayoutGraph.Node n : g.nodes()) {
                if (n.group().filter(gr.id()::equals).isPresent()) {
                    members.add(n.id());
                    rows.merge(n.layer(), boxes.get(n.id()), GroupOutlines::union);
                }
            }
            Box caption = captions.get(gr.id());
            rows.merge(layerOf.get(gr.anchor()), caption, GroupOutlines::union);
            List<Box> foreign = new ArrayList<>();
            boxes.forEach(
                    (id, b) -> {
                        if (!members.contains(id)) {
                            foreign.add(b);
                        }
                    });
            captions.forEach(
                    (id, b) -> {
                        if (!id.equals(gr.id())) {
                            foreign.add(b);
                        }
                    });
            double low = Double.MAX_VALUE;
            double high = -Double.MAX_VALUE;
            for (Box b : rows.values()) {
                low = Math.min(low, right ? b.y() : b.x());
                high = Math.max(high, right ? b.bottom() : b.right());
            }
            List<Box> own = new ArrayList<>();
            List<Box> chain = new ArrayList<>();
            for (Box row : rows.values()) {
                own.add(pad(row, p));
                chain.add(widen(pad(row, p), low - p, high + p, foreign, p, right));
            }
            chain = straighten(chain, own, p, right);
            List<Box> parts = new ArrayList<>(chain);
            for (int i = 1; i < chain.size(); i++) {
                Box bridge = bridge(chain.get(i - 1), chain.get(i), right);
                if (bridge != null && foreign.stream().noneMatch(bridge::overlaps)) {
                    parts.add(bridge);
                }
            }
            out.add(new TreeLayout.Group(gr.id(), parts, caption));
        }
        return out;
    }

    /**
     * {@code row} stretched across the time axis towards {@code low} and {@code high}, the extent
     * of the whole group, as far as the other nodes beside it leave room: so that a group reads as
     * one block, notched only where another model stands in it.
     */
    private static Box widen(
            Box row, double low, double high, List<Box> foreign, double gap, boolean right) {
        double from = right ? row.y() : row.x();
        double to = right ? row.bottom() : row.right();
        double t0 = right ? row.x() : row.y();
        double t1 = right ? row.right() : row.bottom();
        double newFrom = Math.min(from, low);
        double newTo = Math.max(to, high);
        for (Box f : foreign) {
            double f0 = right ? f.x() : f.y();
            double f1 = right ? f.right() : f.bottom();
            if (f1 <= t0 || f0 >= t1) {
                continue;
            }
            double a0 = right ? f.y() : f.x();
            double a1 = right ? f.bottom() : f.right();
            if (a1 <= from) {
                newFrom = Math.max(newFrom, a1 + gap);
            } else if (a0 >= to) {
                newTo = Math.min(newTo, a0 - gap);
            }
        }
        newFrom = Math.min(newFrom, from);
        newTo = Math.max(newTo, to);
        return right
                ? new Box(t0, newFrom, t1 - t0, newTo - newFrom)
                : new Box(newFrom, t0, newTo - newFrom, t1 - t0);
    }

    /**
     * {@code chain} with the small steps between consecutive rows taken out: where the sides of
     * neighbouring rows differ by less than the padding {@code p} (one row stopped by another model
     * beside it, its neighbours not), the run of rows is cut back to its narrowest, so that its
     * side is one straight line rather than a jog of a few pixels. No row is cut closer than half
     * the padding to its own nodes ({@code own}: their padded bounds); a row that would be keeps
     * its step.
     */
    static List<Box> straighten(List<Box> chain, List<Box> own, double p, boolean right) {
        int n = chain.size();
        double[] from = new double[n];
        double[] to = new double[n];
        for (int i = 0; i < n; i++) {
            Box b = chain.get(i);
            from[i] = right ? b.y() : b.x();
            to[i] = right ? b.bottom() : b.right();
        }
        double[] newFrom = align(from, p, true);
        double[] newTo = align(to, p, false);
        List<Box> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Box b = chain.get(i);
            Box o = own.get(i);
            double f = Math.min(newFrom[i], (right ? o.y() : o.x()) + p / 2);
            double t = Math.max(newTo[i], (right ? o.bottom() : o.right()) - p / 2);
            // never wider than it was: only steps are taken out
            f = Math.max(f, from[i]);
            t = Math.min(t, to[i]);
            out.add(right ? new Box(b.x(), f, b.w(), t - f) : new Box(f, b.y(), t - f, b.h()));
        }
        return out;
    }

    /**
     * Each run of consecutive values that differ from their neighbours by less than {@code step}
     * set to the run's innermost value: the largest for a starting side ({@code start}), the
     * smallest for an ending one.
     */
    private static double[] align(double[] v, double step, boolean start) {
        double[] out = v.clone();
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && Math.abs(v[j + 1] - v[j]) < step) {
                j++;
            }
            double inner = v[i];
            for (int k = i; k <= j; k++) {
                inner = start ? Math.max(inner, v[k]) : Math.min(inner, v[k]);
            }
            for (int k = i; k <= j; k++) {
                out[k] = inner;
            }
            i = j + 1;
        }
        return out;
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(
                x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
    }

    private static Box pad(Box b, double p) {
        return new Box(b.x() - p, b.y() - p, b.w() + 2 * p, b.h() + 2 * p);
    }

    /**
     * The rectangle joining {@code a} to the later {@code b} along the time axis, if wide enough.
     */
    private static Box bridge(Box a, Box b, boolean right) {
        if (right) {
            double top = Math.max(a.y(), b.y());
            double bottom = Math.min(a.bottom(), b.bottom());
            if (bottom - top < MIN_BRIDGE || b.x() <= a.right()) {
                return null;
            }
            return new Box(a.right(), top, b.x() - a.right(), bottom - top);
        }
        double left = Math.max(a.x(), b.x());
        double rightEdge = Math.min(a.right(), b.right());
        if (rightEdge - left < MIN_BRIDGE || b.y() <= a.bottom()) {
            return null;
        }
        return new Box(left, a.bottom(), rightEdge - left, b.y() - a.bottom());
    }
}
