package org.lineage.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * @param inA the net state in {@code a}, null when {@code a} holds no state of it
     * @param inB the same in {@code b}
     */
    public record CapabilityRow(String capability, NetState inA, NetState inB) {
        /** The state in {@code a}, empty when {@code a} holds no state of it. */
        public Optional<Change> stateA() {
            return Optional.ofNullable(inA).map(NetState::state);
        }

        public Optional<Change> stateB() {
            return Optional.ofNullable(inB).map(NetState::state);
        }

        /**
         * The steps on {@code a}'s ancestry that changed it and are not on {@code b}'s; worked out
         * when asked, as a page shows the steps of a few rows only.
         */
        public List<Step> onlyA() {
            return only(inA, inB);
        }

        public List<Step> onlyB() {
            return only(inB, inA);
        }

        private static List<Step> only(NetState x, NetState y) {
            if (x == null) {
                return List.of();
            }
            List<Step> ys = y == null ? List.of() : y.steps();
            return x.steps().stream().filter(s -> !ys.contains(s)).toList();
        }

        /** True when the two models hold the capability differently. */
        public boolean differs() {
            Change x = inA == null ? null : inA.state();
            Change y = inB == null ? null : inB.state();
            return !java.util.Objects.equals(x, y);
        }
    }

    /** Compares {@code a} and {@code b} (any two models of the graph, in the order given). */
    public static Comparison of(LineageGraph graph, String a, String b) {
        // a breadth-first search up from each model, one generation at a time, the nearer side
        // first, until no ancestor still unseen could be as near to both as the best one found:
        // a parent and its child, or two siblings, meet within a generation or two, however many
        // ancestors they have
        Upward fromA = new Upward(a);
        Upward fromB = new Upward(b);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (true) {
            // any common ancestor not yet seen from both sides lies beyond a side's last generation
            int bound = Math.min(fromA.beyond(), fromB.beyond());
            if (bestDistance < bound || bound == Integer.MAX_VALUE) {
                break;
            }
            Upward side = fromA.beyond() <= fromB.beyond() ? fromA : fromB;
            Upward other = side == fromA ? fromB : fromA;
            for (String found : side.expand(graph)) {
                Integer there = other.distance.get(found);
                if (there == null) {
                    continue;
                }
                int d = side.distance.get(found) + there;
                if (d < bestDistance || (d == bestDistance && found.compareTo(best) < 0)) {
                    best = found;
                    bestDistance = d;
                }
            }
        }
        Optional<String> common = Optional.ofNullable(best);
        List<PathEdge> pathA = common.map(c -> path(graph, a, c, fromA.via)).orElse(List.of());
        List<PathEdge> pathB = common.map(c -> path(graph, b, c, fromB.via)).orElse(List.of());
        return new Comparison(
                a, b, common, pathA, pathB, States.rows(graph.states(a), graph.states(b)));
    }

    /**
     * A breadth-first search up the lineage from one model, a generation at a time: every ancestor
     * seen so far with the fewest generations to it, and the child through which it was reached.
     */
    private static final class Upward {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, String> via = new HashMap<>();
        private List<String> generation;
        private int depth;

        Upward(String model) {
            distance.put(model, 0);
            generation = List.of(model);
        }

        /**
         * The fewest generations an ancestor not yet seen can be away, or {@link Integer#MAX_VALUE}
         * when every ancestor has been seen.
         */
        int beyond() {
            return generation.isEmpty() ? Integer.MAX_VALUE : depth + 1;
        }

        /** Sees the next generation; returns its ancestors in the order they were seen. */
        List<String> expand(LineageGraph graph) {
            List<String> next = new ArrayList<>();
            for (String id : generation) {
                for (String p : graph.parents(id)) {
                    if (!distance.containsKey(p)) {
                        distance.put(p, depth + 1);
                        via.put(p, id);
                        next.add(p);
                    }
                }
            }
            generation = next;
            depth++;
            return next;
        }
    }

    /** The edges from {@code ancestor} down to {@code model}, by the breadth-first search's way. */
    private static List<PathEdge> path(
            LineageGraph graph, String model, String ancestor, Map<String, String> via) {
        List<PathEdge> out = new ArrayList<>();
        String parent = ancestor;
        while (!parent.equals(model)) {
            String child = via.get(parent);
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
