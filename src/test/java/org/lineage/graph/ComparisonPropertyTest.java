package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.lineage.testutil.Fixture;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.TryFolder;

/**
 * On random lineages, a comparison's nearest common ancestor and the paths down from it are those
 * of a full breadth-first search up from both models (every ancestor of each, the common one with
 * the fewest generations to both, ties to the smaller id), though the comparison stops searching as
 * soon as nothing nearer can turn up.
 */
@AddLifecycleHook(TryFolder.class)
class ComparisonPropertyTest {
    @Provide
    Arbitrary<RandomKb> kbs() {
        return RandomKb.arbitrary(25);
    }

    @Property(tries = 50, seed = "3")
    void theNearestCommonAncestorAndThePathsAreThoseOfAFullSearch(
            @ForAll("kbs") RandomKb kb, Path dir) {
        LineageGraph g = Fixture.load(dir, kb.files()).graph();
        List<String> ids = g.topologicalOrder();
        for (String a : ids) {
            for (String b : ids) {
                if (a.equals(b)) {
                    continue;
                }
                Comparison c = Comparison.of(g, a, b);
                Map<String, String> viaA = new HashMap<>();
                Map<String, String> viaB = new HashMap<>();
                Map<String, Integer> da = search(g, a, viaA);
                Map<String, Integer> db = search(g, b, viaB);
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
                String pair = a + " and " + b;
                assertEquals(Optional.ofNullable(best), c.common(), pair);
                if (best != null) {
                    assertEquals(path(a, best, viaA), children(c.pathA()), pair + ": path to a");
                    assertEquals(path(b, best, viaB), children(c.pathB()), pair + ": path to b");
                }
            }
        }
    }

    @Property(tries = 30, seed = "5")
    void eachRowHoldsBothStatesOfEveryCapabilityEitherModelHoldsInOrderOfId(
            @ForAll("kbs") RandomKb kb, Path dir) {
        LineageGraph g = Fixture.load(dir, kb.files()).graph();
        List<String> ids = g.topologicalOrder();
        for (String a : ids) {
            Map<String, NetState> sa = g.capabilities(a);
            // the graph's own map of states reads as the sorted map it stands for
            assertEquals(new TreeMap<>(sa), sa, a);
            assertEquals(List.copyOf(new TreeMap<>(sa).keySet()), List.copyOf(sa.keySet()), a);
            for (String b : ids) {
                Map<String, NetState> sb = g.capabilities(b);
                TreeSet<String> either = new TreeSet<>(sa.keySet());
                either.addAll(sb.keySet());
                List<Comparison.CapabilityRow> expected = new ArrayList<>();
                for (String cap : either) {
                    expected.add(new Comparison.CapabilityRow(cap, sa.get(cap), sb.get(cap)));
                }
                assertEquals(expected, Comparison.of(g, a, b).capabilities(), a + " and " + b);
            }
        }
    }

    /** Every ancestor of {@code model} and itself, with the fewest generations to it. */
    private static Map<String, Integer> search(
            LineageGraph g, String model, Map<String, String> via) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(model, 0);
        Deque<String> todo = new ArrayDeque<>(List.of(model));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            for (String p : g.parents(id)) {
                if (!distance.containsKey(p)) {
                    distance.put(p, distance.get(id) + 1);
                    via.put(p, id);
                    todo.add(p);
                }
            }
        }
        return distance;
    }

    /** The children on the way down from {@code ancestor} to {@code model}. */
    private static List<String> path(String model, String ancestor, Map<String, String> via) {
        List<String> out = new ArrayList<>();
        for (String p = ancestor; !p.equals(model); p = via.get(p)) {
            out.add(via.get(p));
        }
        return out;
    }

    private static List<String> children(List<Comparison.PathEdge> path) {
        return path.stream().map(Comparison.PathEdge::child).toList();
    }
}
