package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lineage.layout.TreeLayout.Band;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Route;

/**
 * The stretches of the time axis: one band per year, and one for layers of undated models that lie
 * between two different years (or before the first, or after the last). An undated layer between
 * two layers of the same year belongs to that year.
 *
 * <p>A band starts above the method labels of the edges into its first layer, so that no label
 * straddles the line between two bands: each line runs halfway between the last models of one band
 * and the first label of the next.
 */
final class TimeBands {
    private TimeBands() {}

    private record Layer(int index, int year, boolean dated, double lead, double from, double to) {}

    static List<Band> of(
            LayoutGraph g,
            Map<String, Box> boxes,
            List<Route> routes,
            Map<String, Box> captions,
            boolean right,
            double margin) {
        if (g.nodes().stream().noneMatch(LayoutGraph.Node::dated)) {
            return List.of();
        }
        Map<String, Integer> layerOf = new HashMap<>();
        TreeMap<Integer, double[]> span = new TreeMap<>();
        Map<Integer, Integer> year = new HashMap<>();
        Map<Integer, Boolean> dated = new HashMap<>();
        for (LayoutGraph.Node n : g.nodes()) {
            Box b = boxes.get(n.id());
            layerOf.put(n.id(), n.layer());
            double from = right ? b.x() : b.y();
            double to = right ? b.right() : b.bottom();
            span.merge(
                    n.layer(),
                    new double[] {from, to, from},
                    (a, c) ->
                            new double[] {
                                Math.min(a[0], c[0]), Math.max(a[1], c[1]), Math.min(a[2], c[2])
                            });
            year.put(n.layer(), n.year());
            dated.merge(n.layer(), n.dated(), Boolean::logicalOr);
        }
        // A group's caption belongs to its anchor's layer (above the anchor when time runs right).
        for (LayoutGraph.Group gr : g.groups()) {
            Box c = captions.get(gr.id());
            double from = right ? c.x() : c.y();
            double to = right ? c.right() : c.bottom();
            double[] s = span.get(layerOf.get(gr.anchor()));
            s[0] = Math.min(s[0], from);
            s[1] = Math.max(s[1], to);
            s[2] = Math.min(s[2], from);
        }
        // What sits in the gap before a layer and belongs with it: the method labels.
        for (Route r : routes) {
            r.label().ifPresent(l -> lead(span, layerOf.get(r.child()), right ? l.x() : l.y()));
        }
        List<Layer> layers = new ArrayList<>();
        span.forEach(
                (i, s) -> layers.add(new Layer(i, year.get(i), dated.get(i), s[2], s[0], s[1])));
        // The key of each layer: its year, or 0 for an undated stretch between different years.
        int[] key = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            if (l.dated()) {
                key[i] = l.year();
                continue;
            }
            Integer before = null;
            for (int j = i - 1; j >= 0 && before == null; j--) {
                before = layers.get(j).dated() ? layers.get(j).year() : null;
            }
            Integer after = null;
            for (int j = i + 1; j < layers.size() && after == null; j++) {
                after = layers.get(j).dated() ? layers.get(j).year() : null;
            }
            key[i] = before != null && before.equals(after) ? before : 0;
        }
        List<Band> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= layers.size(); i++) {
            if (i < layers.size() && key[i] == key[start]) {
                continue;
            }
            Layer first = layers.get(start);
            Layer last = layers.get(i - 1);
            double from =
                    start == 0
                            ? first.lead() - margin
                            : (layers.get(start - 1).to() + first.lead()) / 2;
            double to =
                    i == layers.size()
                            ? last.to() + margin
                            : (last.to() + layers.get(i).lead()) / 2;
            out.add(new Band(key[start], from, to, key[start] == 0));
            start = i;
        }
        return out;
    }

    private static void lead(TreeMap<Integer, double[]> span, int layer, double at) {
        double[] s = span.get(layer);
        s[2] = Math.min(s[2], at);
    }
}
