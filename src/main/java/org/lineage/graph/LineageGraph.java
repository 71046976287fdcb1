package org.lineage.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.lineage.diag.Diagnostic;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Change;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;

/**
 * The lineage graph: models and their parent edges, held by id.
 *
 * <p>Edges whose parent does not exist are left out (the reference check reports them). A cycle is
 * reported once per strongly connected component, and the edges inside such a component are left
 * out, so that every query still works on a graph with errors.
 *
 * <p><b>Capability state over several parents.</b> A model's state of a capability is its own
 * change when it has one. Otherwise it is the strongest state among its parents, in the order
 * {@code ++ > + > - > -- > absent}: a model that merges two lines of descent keeps the best version
 * of an ability either line passes on. A model none of whose ancestors mentions a capability has no
 * state for it.
 */
public final class LineageGraph {
    private final Map<String, List<ParentEdge>> parentEdges;
    private final Map<String, List<String>> parents;
    private final Map<String, List<String>> children;
    private final List<String> order;
    private final Map<String, Integer> position;
    private final Map<String, States> states;
    private final List<Diagnostic> problems;

    private LineageGraph(KnowledgeBase kb, boolean withStates) {
        Map<String, Model> models = kb.models();
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        models.keySet().forEach(g::addVertex);
        Map<String, List<ParentEdge>> edges = new HashMap<>();
        for (Model m : models.values()) {
            for (ParentEdge e : m.parents()) {
                if (models.containsKey(e.model().id())) {
                    edges.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(e);
                    g.addEdge(e.model().id(), m.id());
                }
            }
        }
        this.problems = new ArrayList<>();
        Map<String, Integer> cyclic = reportCycles(g, edges);
        Map<String, List<ParentEdge>> pe = new TreeMap<>();
        Map<String, List<String>> ps = new TreeMap<>();
        Map<String, List<String>> cs = new TreeMap<>();
        for (String id : models.keySet()) {
            List<ParentEdge> kept = new ArrayList<>();
            for (ParentEdge e : edges.getOrDefault(id, List.of())) {
                Integer component = cyclic.get(id);
                boolean inCycle = component != null && component.equals(cyclic.get(e.model().id()));
                boolean duplicate =
                        kept.stream().anyMatch(k -> k.model().id().equals(e.model().id()));
                if (!inCycle && !duplicate) {
                    kept.add(e);
                } else if (inCycle) {
                    g.removeAllEdges(e.model().id(), id);
                }
            }
            pe.put(id, List.copyOf(kept));
            ps.put(id, kept.stream().map(e -> e.model().id()).toList());
        }
        Comparator<String> byDateThenId =
                Comparator.comparing(
                                (String id) -> models.get(id).released(),
                                (a, b) ->
                                        a.isPresent() && b.isPresent()
                                                ? a.get().compareTo(b.get())
                                                : Boolean.compare(a.isEmpty(), b.isEmpty()))
                        .thenComparing(Comparator.naturalOrder());
        List<String> topo = new ArrayList<>(models.size());
        new TopologicalOrderIterator<>(g, byDateThenId).forEachRemaining(topo::add);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < topo.size(); i++) {
            pos.put(topo.get(i), i);
        }
        for (String id : topo) {
            cs.put(id, new ArrayList<>());
        }
        for (String id : topo) {
            for (String p : ps.get(id)) {
                cs.get(p).add(id);
            }
        }
        cs.replaceAll((k, v) -> List.copyOf(v));
        // looked up by id only, and often: hashed
        this.parentEdges = Collections.unmodifiableMap(new HashMap<>(pe));
        this.parents = Collections.unmodifiableMap(new HashMap<>(ps));
        this.children = Collections.unmodifiableMap(new HashMap<>(cs));
        this.order = List.copyOf(topo);
        this.position = Collections.unmodifiableMap(pos);
        this.states = withStates ? computeStates(models) : null;
    }

    /** Builds the graph of {@code kb}; cycles are in {@link #problems()}. */
    public static LineageGraph of(KnowledgeBase kb) {
        return new LineageGraph(kb, true);
    }

    /**
     * The graph of {@code kb} without the capabilities' states ({@link #capabilities} may not be
     * asked): for drawing the lineage alone, where working out every model's states would take most
     * of the time.
     */
    public static LineageGraph lineageOnly(KnowledgeBase kb) {
        return new LineageGraph(kb, false);
    }

    /**
     * Reports each cycle and returns, for every model on one, the number of its strongly connected
     * component: only edges inside one component close a cycle, so only those are left out.
     */
    private Map<String, Integer> reportCycles(
            Graph<String, DefaultEdge> g, Map<String, List<ParentEdge>> edges) {
        Map<String, Integer> cyclic = new HashMap<>();
        List<Set<String>> sccs = new GabowStrongConnectivityInspector<>(g).stronglyConnectedSets();
        int components = 0;
        for (Set<String> scc : sccs) {
            String start = Collections.min(scc);
            boolean selfLoop = g.containsEdge(start, start);
            if (scc.size() < 2 && !selfLoop) {
                continue;
            }
            int component = components++;
            scc.forEach(v -> cyclic.put(v, component));
            List<String> cycle = selfLoop ? List.of(start, start) : shortestCycle(g, scc, start);
            problems.add(cycleDiagnostic(cycle, edges));
        }
        return cyclic;
    }

    /** The shortest cycle through {@code start}, as parent-to-child vertices, closed. */
    private static List<String> shortestCycle(
            Graph<String, DefaultEdge> g, Set<String> scc, String start) {
        Graph<String, DefaultEdge> sub = new AsSubgraph<>(g, scc);
        List<String> best = null;
        List<String> succ = new ArrayList<>();
        for (DefaultEdge e : sub.outgoingEdgesOf(start)) {
            succ.add(sub.getEdgeTarget(e));
        }
        Collections.sort(succ);
        for (String w : succ) {
            var path = BFSShortestPath.findPathBetween(sub, w, start);
            if (path != null && (best == null || path.getLength() + 1 < best.size() - 1)) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(path.getVertexList());
            }
        }
        return best;
    }

    /** Prints the cycle the way it is written: each model "-> its parent". */
    private static Diagnostic cycleDiagnostic(
            List<String> parentToChild, Map<String, List<ParentEdge>> edges) {
        List<String> childToParent = new ArrayList<>(parentToChild);
        Collections.reverse(childToParent);
        StringBuilder where = new StringBuilder();
        ParentEdge first = null;
        for (int i = 0; i + 1 < childToParent.size(); i++) {
            String child = childToParent.get(i);
            String parent = childToParent.get(i + 1);
            ParentEdge e =
                    edges.get(child).stream()
                            .filter(x -> x.model().id().equals(parent))
                            .findFirst()
                            .orElseThrow();
            if (first == null) {
                first = e;
            }
            where.append("\n    ")
                    .append(child)
                    .append(" -> ")
                    .append(parent)
                    .append(" at ")
                    .append(e.model().pos());
        }
        String msg =
                childToParent.size() == 2
                        ? "model '" + childToParent.get(0) + "' is its own parent"
                        : "lineage cycle: " + String.join(" -> ", childToParent);
        return Diagnostic.error(
                "lineage-cycle",
                first.model().pos(),
                msg + where,
                "a model cannot descend from itself; remove or reverse one of these parent edges");
    }

    private Map<String, States> computeStates(Map<String, Model> models) {
        Map<String, Map<String, NetState>> out = new HashMap<>();
        for (String id : order) {
            Map<String, NetState> mine = new TreeMap<>();
            List<String> ps = parents.get(id);
            for (String p : ps) {
                for (Map.Entry<String, NetState> e : out.get(p).entrySet()) {
                    mine.merge(e.getKey(), inherited(e.getValue()), this::combine);
                }
            }
            for (CapabilityChange c : models.get(id).capabilities()) {
                NetState before = mine.get(c.capability().id());
                List<Step> steps = new ArrayList<>(before == null ? List.of() : before.steps());
                steps.add(new Step(id, c.change(), c.claim().map(Ref::id)));
                mine.put(c.capability().id(), new NetState(c.change(), steps, true));
            }
            out.put(id, mine);
        }
        return Collections.unmodifiableMap(States.numbered(out));
    }

    private static NetState inherited(NetState s) {
        return s.own() ? new NetState(s.state(), s.steps(), false) : s;
    }

    /** Strongest state wins; the steps of both lines are kept, in topological order. */
    private NetState combine(NetState a, NetState b) {
        Change state = a.state().rank() >= b.state().rank() ? a.state() : b.state();
        LinkedHashMap<String, Step> steps = new LinkedHashMap<>();
        List<Step> all = new ArrayList<>(a.steps());
        all.addAll(b.steps());
        all.sort(Comparator.comparing(s -> position.get(s.model())));
        for (Step s : all) {
            steps.putIfAbsent(s.model(), s);
        }
        return new NetState(state, new ArrayList<>(steps.values()), false);
    }

    /** Cycles found while building, as errors. */
    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Every model, parents before children, ties by release date then id. */
    public List<String> topologicalOrder() {
        return order;
    }

    /** A model's position in {@link #topologicalOrder()}. */
    public int position(String model) {
        return position.get(model);
    }

    /** Comparator for any collection of model ids: lineage order. */
    public Comparator<String> lineageOrder() {
        return Comparator.comparingInt(position::get);
    }

    public List<String> parents(String model) {
        return parents.getOrDefault(model, List.of());
    }

    /** The parent edges kept in the graph (known parents, no cycle), as written. */
    public List<ParentEdge> parentEdges(String model) {
        return parentEdges.getOrDefault(model, List.of());
    }

    /** The parent edge from {@code child} to {@code parent}. */
    public Optional<ParentEdge> edge(String child, String parent) {
        return parentEdges(child).stream().filter(e -> e.model().id().equals(parent)).findFirst();
    }

    /** Children in lineage order. */
    public List<String> children(String model) {
        return children.getOrDefault(model, List.of());
    }

    /** Models with no parent, in lineage order. */
    public List<String> roots() {
        return order.stream().filter(id -> parents(id).isEmpty()).toList();
    }

    /** Every ancestor of {@code model}, in lineage order, the model itself excluded. */
    public List<String> ancestors(String model) {
        return reach(model, parents);
    }

    /** Every descendant of {@code model}, in lineage order, the model itself excluded. */
    public List<String> descendants(String model) {
        return reach(model, children);
    }

    private List<String> reach(String from, Map<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(next.getOrDefault(from, List.of()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.getOrDefault(id, List.of()));
            }
        }
        List<String> out = new ArrayList<>(seen);
        out.sort(lineageOrder());
        return out;
    }

    /** The net state of every capability in {@code model}, by capability id. */
    public Map<String, NetState> capabilities(String model) {
        return states(model);
    }

    /** {@link #capabilities} as the graph holds them, for walking two models' side by side. */
    States states(String model) {
        if (states == null) {
            throw new IllegalStateException("a graph made for its lineage only has no states");
        }
        return states.getOrDefault(model, States.EMPTY);
    }

    /** The net state of one capability in one model. */
    public Optional<NetState> state(String model, String capability) {
        return Optional.ofNullable(capabilities(model).get(capability));
    }

    /** Release dates, for the time axis: empty when the model gives none. */
    public static Optional<DateSpec> released(KnowledgeBase kb, String model) {
        return kb.models().get(model).released();
    }
}
