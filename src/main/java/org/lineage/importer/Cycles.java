package org.lineage.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Removes the edges that would close a cycle in the lineage (a model among its own ancestors, which
 * the content format forbids), reporting each with the whole cycle. Models are visited in id order
 * and edges in the order written, so the same source always loses the same edges.
 */
final class Cycles {
    private Cycles() {}

    private enum Mark {
        OPEN,
        DONE
    }

    static void breakAll(
            Map<String, List<Draft.Edge>> edges,
            Map<String, Map<String, Asset.Dependency>> why,
            Notes notes) {
        Map<String, Mark> marks = new HashMap<>();
        for (String start : new TreeSet<>(edges.keySet())) {
            if (marks.containsKey(start)) {
                continue;
            }
            // iterative depth-first search: lineages can be thousands of models deep
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start);
            next.push(0);
            marks.put(start, Mark.OPEN);
            while (!path.isEmpty()) {
                String node = path.peek();
                int i = next.pop();
                List<Draft.Edge> out = edges.getOrDefault(node, List.of());
                if (i >= out.size()) {
                    marks.put(node, Mark.DONE);
                    path.pop();
                    continue;
                }
                next.push(i + 1);
                String parent = out.get(i).parent();
                Mark m = marks.get(parent);
                if (m == Mark.OPEN) {
                    report(node, parent, path, why, notes);
                    List<Draft.Edge> fewer = new ArrayList<>(out);
                    fewer.remove(i);
                    edges.put(node, fewer);
                    next.pop();
                    next.push(i);
                } else if (m == null) {
                    marks.put(parent, Mark.OPEN);
                    path.push(parent);
                    next.push(0);
                }
            }
        }
    }

    private static void report(
            String child,
            String parent,
            Deque<String> path,
            Map<String, Map<String, Asset.Dependency>> why,
            Notes notes) {
        List<String> cycle = new ArrayList<>();
        for (String n : path) {
            cycle.add(0, n);
            if (n.equals(parent)) {
                break;
            }
        }
        // the search went parent -> ... -> child along "depends on"; child -> parent closes it
        List<String> shown = new ArrayList<>();
        shown.add(child);
        shown.addAll(cycle.subList(0, cycle.size() - 1));
        shown.add(child);
        Asset.Dependency d = why.get(child).get(parent);
        notes.warn(
                "import-cycle",
                d.pos(),
                "the dependencies form a cycle ("
                        + String.join(" -> ", shown)
                        + "); the edge from '"
                        + child
                        + "' to '"
                        + parent
                        + "' is not imported",
                "a model cannot descend from itself: fix the source, or add the right edge by hand");
    }
}
