package org.lineage.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lineage.graph.LineageGraph;
import org.lineage.layout.TreeView.Analogue;
import org.lineage.layout.TreeView.Edge;
import org.lineage.layout.TreeView.Node;
import org.lineage.layout.TreeView.Role;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;

/**
 * The views the site draws: the whole graph, one family with its outside parents, and one model's
 * neighbourhood. A capability trace is any of them {@link TreeView#tracing traced}.
 */
public final class TreeViews {
    /**
     * The most models a whole-tree drawing holds. 1,000 models lay out in one to three seconds and
     * draw about 1 MB of SVG, a poster some 46,000 by 9,600 units that is read by scrolling, so a
     * whole-tree page of that size leads with {@link org.lineage.graph.FamilyOverview} and links to
     * each {@link #family} tree. 10,000 models take most of a minute and 10 MB: above this limit a
     * whole-tree page shows the overview only.
     */
    public static final int WHOLE_TREE_LIMIT = 1000;

    private TreeViews() {}

    /** True when the whole graph is small enough for one drawing ({@link #WHOLE_TREE_LIMIT}). */
    public static boolean wholeTreeFits(LineageGraph graph) {
        return graph.topologicalOrder().size() <= WHOLE_TREE_LIMIT;
    }

    /** Every model and every lineage edge. */
    public static TreeView whole(KnowledgeBase kb, LineageGraph graph) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String id : graph.topologicalOrder()) {
            roles.put(id, Role.MEMBER);
        }
        return build(kb, graph, roles, Optional.empty());
    }

    /**
     * The models of {@code familyId}, plus the parents they have outside the family (role {@link
     * Role#OUTSIDE}). Edges are those into the family's models.
     */
    public static TreeView family(KnowledgeBase kb, LineageGraph graph, String familyId) {
        List<String> members = new ArrayList<>();
        for (Model m : kb.models().values()) {
            if (m.family().map(Ref::id).filter(familyId::equals).isPresent()) {
                members.add(m.id());
            }
        }
        return members(kb, graph, members);
    }

    /**
     * The given models, plus the parents they have outside them (role {@link Role#OUTSIDE}), as
     * {@link #family} shows one family: several families at once, say. Edges are those into the
     * given models. Every one of the given models is a node of the view.
     */
    public static TreeView members(
            KnowledgeBase kb, LineageGraph graph, Collection<String> members) {
        Map<String, Role> roles = new HashMap<>();
        members.forEach(id -> roles.put(id, Role.MEMBER));
        for (String id : members) {
            for (String p : graph.parents(id)) {
                roles.putIfAbsent(p, Role.OUTSIDE);
            }
        }
        return build(kb, graph, sorted(graph, roles), Optional.empty());
    }

    /**
     * {@code model}, its ancestors and its children, with {@code model} highlighted. The cost is
     * that of the neighbourhood, never of the whole graph.
     */
    public static TreeView neighbourhood(KnowledgeBase kb, LineageGraph graph, String model) {
        return neighbourhood(kb, graph, model, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #neighbourhood(KnowledgeBase, LineageGraph, String)}, with ancestors at most
     * {@code depth} generations back (1: parents only).
     */
    public static TreeView neighbourhood(
            KnowledgeBase kb, LineageGraph graph, String model, int depth) {
        if (!kb.models().containsKey(model)) {
            throw new IllegalArgumentException("no model '" + model + "'");
        }
        Map<String, Role> roles = new HashMap<>();
        roles.put(model, Role.MEMBER);
        Map<String, Integer> seen = new HashMap<>();
        seen.put(model, 0);
        Deque<String> todo = new ArrayDeque<>(List.of(model));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            int d = seen.get(id);
            if (d >= depth) {
                continue;
            }
            for (String p : graph.parents(id)) {
                if (seen.putIfAbsent(p, d + 1) == null) {
                    roles.put(p, Role.MEMBER);
                    todo.add(p);
                }
            }
        }
        for (String c : graph.children(model)) {
            roles.put(c, Role.MEMBER);
        }
        return build(kb, graph, sorted(graph, roles), Optional.of(model));
    }

    /**
     * {@code model}'s neighbourhood within about {@code maxNodes} models: every ancestor when they
     * all fit, otherwise as many whole generations back as fit (its parents at least), and its
     * children. A page may draw this for every model of a large graph: the cost is bounded by the
     * generations it shows.
     */
    public static TreeView neighbourhoodWithin(
            KnowledgeBase kb, LineageGraph graph, String model, int maxNodes) {
        if (!kb.models().containsKey(model)) {
            throw new IllegalArgumentException("no model '" + model + "'");
        }
        Set<String> seen = new HashSet<>(List.of(model));
        int count = 1 + graph.children(model).size();
        List<String> generation = List.of(model);
        int depth = 0;
        while (true) {
            List<String> next = new ArrayList<>();
            for (String id : generation) {
                for (String p : graph.parents(id)) {
                    if (seen.add(p)) {
                        next.add(p);
                    }
                }
            }
            if (next.isEmpty()) {
                return neighbourhood(kb, graph, model, Integer.MAX_VALUE);
            }
            if (depth >= 1 && count + next.size() > maxNodes) {
                return neighbourhood(kb, graph, model, depth);
            }
            count += next.size();
            depth++;
            generation = next;
        }
    }

    /**
     * The given models with their parents, taken in the given order for as long as the view stays
     * within {@code maxNodes} models (the first model's always): the steps that changed a
     * capability, say, each with the edge it came by.
     */
    public static TreeView withParents(
            KnowledgeBase kb, LineageGraph graph, List<String> models, int maxNodes) {
        Map<String, Role> roles = new HashMap<>();
        for (String id : models) {
            Set<String> add = new LinkedHashSet<>();
            add.add(id);
            add.addAll(graph.parents(id));
            add.removeAll(roles.keySet());
            if (!roles.isEmpty() && roles.size() + add.size() > maxNodes) {
                break;
            }
            add.forEach(a -> roles.put(a, Role.MEMBER));
        }
        return build(kb, graph, sorted(graph, roles), Optional.empty());
    }

    /**
     * Adds the analogues of the view's members that it does not show yet, as {@link Role#ANALOGUE}
     * nodes, so that every analogue link can be drawn.
     */
    public static TreeView withAnalogueModels(KnowledgeBase kb, LineageGraph graph, TreeView view) {
        List<String> members =
                view.nodes().stream()
                        .filter(n -> n.role() == Role.MEMBER)
                        .map(Node::model)
                        .toList();
        return withAnalogueModels(kb, graph, view, members);
    }

    /**
     * Adds the analogues of {@code of} that the view does not show yet, as {@link Role#ANALOGUE}
     * nodes (a model page adds those of its own model only).
     */
    public static TreeView withAnalogueModels(
            KnowledgeBase kb, LineageGraph graph, TreeView view, Collection<String> of) {
        Map<String, Role> roles = new HashMap<>();
        for (Node n : view.nodes()) {
            roles.put(n.model(), n.role());
        }
        for (String id : of) {
            for (Ref a : kb.models().get(id).analogues()) {
                if (kb.models().containsKey(a.id())) {
                    roles.putIfAbsent(a.id(), Role.ANALOGUE);
                }
            }
        }
        TreeView out = build(kb, graph, sorted(graph, roles), view.highlighted());
        return view.capability().map(c -> out.tracing(graph, c)).orElse(out);
    }

    private static Map<String, Role> sorted(LineageGraph graph, Map<String, Role> roles) {
        List<String> ids = new ArrayList<>(roles.keySet());
        ids.sort(graph.lineageOrder());
        Map<String, Role> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, roles.get(id)));
        return out;
    }

    /** Nodes in the given order; edges into members; analogue links between shown models. */
    private static TreeView build(
            KnowledgeBase kb,
            LineageGraph graph,
            Map<String, Role> roles,
            Optional<String> highlighted) {
        List<Node> nodes = new ArrayList<>(roles.size());
        List<Edge> edges = new ArrayList<>();
        List<Analogue> analogues = new ArrayList<>();
        for (Map.Entry<String, Role> e : roles.entrySet()) {
            String id = e.getKey();
            nodes.add(new Node(id, e.getValue(), Optional.empty(), Optional.empty()));
            if (e.getValue() == Role.MEMBER) {
                List<ParentEdge> ps = new ArrayList<>(graph.parentEdges(id));
                ps.sort(Comparator.comparing(p -> graph.position(p.model().id())));
                for (ParentEdge p : ps) {
                    if (roles.containsKey(p.model().id())) {
                        edges.add(new Edge(p.model().id(), id, p.method().id(), p.confidence()));
                    }
                }
            }
            List<String> as = new ArrayList<>();
            for (Ref a : kb.models().get(id).analogues()) {
                if (roles.containsKey(a.id()) && !a.id().equals(id) && !as.contains(a.id())) {
                    as.add(a.id());
                }
            }
            as.sort(graph.lineageOrder());
            as.forEach(a -> analogues.add(new Analogue(id, a)));
        }
        return new TreeView(nodes, edges, analogues, highlighted, Optional.empty());
    }
}
