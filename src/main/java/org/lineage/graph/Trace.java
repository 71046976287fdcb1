package org.lineage.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lineage.model.Change;
import org.lineage.model.Confidence;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;

/**
 * How one model came to its state of one capability: every line of descent from a step where the
 * capability entered the lineage (a model whose parents carry no state of it, usually where it was
 * gained) down to the model, each step with what it did to the capability and the edge it came by.
 *
 * <p>Lines are enumerated parents-in-lineage-order first and at most {@link #MAX_PATHS} are kept;
 * {@link #pathCount()} tells how many there are in all. The cost is that of the model's ancestry.
 *
 * @param model the model traced
 * @param capability the capability traced
 * @param state the model's net state, empty when nothing on its ancestry mentions the capability
 * @param paths the lines of descent, each from an entry step to {@code model}
 * @param pathCount how many lines there are (saturating at {@link Long#MAX_VALUE})
 */
public record Trace(
        String model, String capability, Optional<Change> state, List<Path> paths, long pathCount) {

    /** The most lines of descent a trace lists. */
    public static final int MAX_PATHS = 12;

    public Trace {
        Objects.requireNonNull(state, "state");
        paths = List.copyOf(paths);
    }

    /** True when some lines were left out. */
    public boolean truncated() {
        return pathCount > paths.size();
    }

    /** One line of descent, oldest step first; the last step is the traced model. */
    public record Path(List<PathStep> steps) {
        public Path {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One model on a line of descent.
     *
     * @param change what this model did to the capability, empty when it passed it on unchanged
     * @param claim the claim that argues {@code change}
     * @param via the edge from the previous step on the line (empty for the first step)
     * @param state the model's net state of the capability
     */
    public record PathStep(
            String model,
            Optional<Change> change,
            Optional<String> claim,
            Optional<Via> via,
            Change state) {}

    /**
     * The lineage edge a step was reached by.
     *
     * @param claim the claim that argues the edge itself
     */
    public record Via(
            String parent, String method, Confidence confidence, Optional<String> claim) {}

    /** The trace of {@code capability} in {@code model}. */
    public static Trace of(LineageGraph graph, String model, String capability) {
        Optional<NetState> net = graph.state(model, capability);
        if (net.isEmpty()) {
            return new Trace(model, capability, Optional.empty(), List.of(), 0);
        }
        // Every ancestor holding a state lies on a line from an entry step to the model.
        Set<String> carrying = new HashSet<>();
        carrying.add(model);
        for (String a : graph.ancestors(model)) {
            if (graph.state(a, capability).isPresent()) {
                carrying.add(a);
            }
        }
        List<String> order = new ArrayList<>(carrying);
        order.sort(graph.lineageOrder());
        Map<String, Long> count = new HashMap<>();
        for (String id : order) {
            long c = 0;
            List<String> ps = carried(graph, id, carrying);
            if (ps.isEmpty()) {
                c = 1;
            }
            for (String p : ps) {
                c = saturatedAdd(c, count.get(p));
            }
            count.put(id, c);
        }
        List<Path> paths = new ArrayList<>();
        Deque<String> line = new ArrayDeque<>();
        line.push(model);
        collect(graph, capability, carrying, line, paths);
        return new Trace(
                model, capability, Optional.of(net.get().state()), paths, count.get(model));
    }

    /** One trace per capability {@code model} has a state of, by capability id. */
    public static List<Trace> all(LineageGraph graph, String model) {
        List<String> caps = new ArrayList<>(graph.capabilities(model).keySet());
        Collections.sort(caps);
        return caps.stream().map(c -> of(graph, model, c)).toList();
    }

    /** Depth-first from the model up its carrying parents; each root reached closes a line. */
    private static void collect(
            LineageGraph graph,
            String capability,
            Set<String> carrying,
            Deque<String> line,
            List<Path> out) {
        if (out.size() >= MAX_PATHS) {
            return;
        }
        List<String> ps = carried(graph, line.peek(), carrying);
        if (ps.isEmpty()) {
            out.add(path(graph, capability, new ArrayList<>(line)));
            return;
        }
        for (String p : ps) {
            line.push(p);
            collect(graph, capability, carrying, line, out);
            line.pop();
        }
    }

    private static List<String> carried(LineageGraph graph, String id, Set<String> carrying) {
        List<String> ps = new ArrayList<>();
        for (String p : graph.parents(id)) {
            if (carrying.contains(p)) {
                ps.add(p);
            }
        }
        ps.sort(graph.lineageOrder());
        return ps;
    }

    private static Path path(LineageGraph graph, String capability, List<String> oldestFirst) {
        List<PathStep> steps = new ArrayList<>(oldestFirst.size());
        for (int i = 0; i < oldestFirst.size(); i++) {
            String id = oldestFirst.get(i);
            NetState s = graph.state(id, capability).orElseThrow();
            Optional<Step> own =
                    s.own() ? Optional.of(s.steps().get(s.steps().size() - 1)) : Optional.empty();
            Optional<Via> via = Optional.empty();
            if (i > 0) {
                String parent = oldestFirst.get(i - 1);
                ParentEdge e = graph.edge(id, parent).orElseThrow();
                via =
                        Optional.of(
                                new Via(
                                        parent,
                                        e.method().id(),
                                        e.confidence(),
                                        e.claim().map(Ref::id)));
            }
            steps.add(
                    new PathStep(
                            id, own.map(Step::change), own.flatMap(Step::claim), via, s.state()));
        }
        return new Path(steps);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
