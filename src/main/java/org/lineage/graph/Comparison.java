package org.lineage.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lineage.model.Change;
import org.lineage.model.ParentEdge;

/**
 * Two models side by side: the nearest ancestor they share, the path from it down to each, and each
 * capability's state in both with the steps only one of them went through.
 *
 * <p>The rules are simple enough for the browser's picker ({@code compare.js}) to follow them
 * exactly from the per-model JSON files: ancestors are found breadth-first over parents in the
 * order each model lists them; the nearest common ancestor has the fewest generations to both
 * models together, ties going to the smaller id.
 *
 * @param common the nearest common ancestor (one of the two models itself when one descends from
 *     the other), or empty when they share none
 * @param pathA the edges from the common ancestor down to {@code a}, oldest first; empty without a
 *     common ancestor or when {@code a} is it
 * @param capabilities every capability either model holds a state of, by id
 */
public record Comparison(
        String a,
        String b,
        Optional<String> common,
        List<PathEdge> pathA,
        List<PathEdge> pathB,
        List<CapabilityRow> capabilities) {
    public Comparison {
        pathA = List.copyOf(pathA);
        pathB = List.copyOf(pathB);
        capabilities = List.copyOf(capabilities);
    }

    /** One lineage edge on a path: the child, the parent, and how the child came from it. */
    public record PathEdge(String child, ParentEdge edge) {}

    /**
     * One capability in both models.
     *
     * @param stateA the state in {@code a}, empty when {@code a} holds no state of it
     * @param onlyA the steps on {@code a}'s ancestry that changed it and are not on {@code b}'s
     */
    public record CapabilityRow(
            String capability,
            Optional<Change> stateA,
            Optional<Change> stateB,
            List<Step> onlyA,
            List<Step> onlyB) {
        public CapabilityRow {
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }

        /** True when the two models hold the capability differently. */
        public boolean differs() {
            return !stateA.equals(stateB);
        }
    }

    /** Compares {@code a} and {@code b} (any two models of the graph, in the order given). */
    public static Comparison of(LineageGraph graph, String a, String b) {
        // one breadth-first search up from each model gives both the nearest common ancestor and
        // the way down from it
        Search fromA = search(graph, a);
        Search fromB = search(graph, b);
        Map<String, Integer> da = fromA.distance;
        Map<String, Integer> db = fromB.distance;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : da.entrySet()) {
            Integer other = db.get(e.getKey());
            if (other == null) {
                continue;
            }
            int d = e.getValue() + other;
            if (d < bestDistance || (d == bestDistance && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestDistance = d;
            }
        }
        Optional<String> common = Optional.ofNullable(best);
        List<PathEdge> pathA = common.map(c -> path(graph, a, c, fromA)).orElse(List.of());
        List<PathEdge> pathB = common.map(c -> path(graph, b, c, fromB)).orElse(List.of());
        Map<String, NetState> sa = graph.capabilities(a);
        Map<String, NetState> sb = graph.capabilities(b);
        TreeSet<String> caps = new TreeSet<>(sa.keySet());
        caps.addAll(sb.keySet());
        List<CapabilityRow> rows = new ArrayList<>();
        for (String c : caps) {
            NetState x = sa.get(c);
            NetState y = sb.get(c);
            List<Step> xs = x == null ? List.of() : x.steps();
            List<Step> ys = y == null ? List.of() : y.steps();
            rows.add(
                    new CapabilityRow(
                            c,
                            Optional.ofNullable(x).map(NetState::state),
                            Optional.ofNullable(y).map(NetState::state),
                            xs.stream().filter(s -> !ys.contains(s)).toList(),
                            ys.stream().filter(s -> !xs.contains(s)).toList()));
        }
        return new Comparison(a, b, common, pathA, pathB, rows);
    }

    /**
     * Every ancestor of {@code model} and itself, with the fewest generations to it, and the child
     * through which each ancestor was reached.
     */
    private record Search(Map<String, Integer> distance, Map<String, String> via) {}

    private static Search search(LineageGraph graph, String model) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        Map<String, String> via = new HashMap<>();
        distance.put(model, 0);
        Deque<String> todo = new ArrayDeque<>(List.of(model));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (String p : graph.parents(id)) {
                if (!distance.containsKey(p)) {
                    distance.put(p, distance.get(id) + 1);
                    via.put(p, id);
                    todo.add(p);
                }
            }
        }
        return new Search(distance, via);
    }

    /** The edges from {@code ancestor} down to {@code model}, by the breadth-first search's way. */
    private static List<PathEdge> path(
            LineageGraph graph, String model, String ancestor, Search s) {
        List<PathEdge> out = new ArrayList<>();
        String parent = ancestor;
        while (!parent.equals(model)) {
            String child = s.via.get(parent);
            String p = parent;
            ParentEdge edge =
                    graph.edge(child, p)
                            .orElseThrow(() -> new IllegalStateException(child + " <- " + p));
            out.add(new PathEdge(child, edge));
            parent = child;
        }
        return out;
    }
}
