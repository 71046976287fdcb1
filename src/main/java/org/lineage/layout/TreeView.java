package org.lineage.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.model.Change;
import org.lineage.model.Confidence;

/**
 * What one evolution tree shows: which models, which lineage edges and analogue links, the model to
 * highlight and the capability to trace. Built by {@link TreeViews}; drawn by {@link
 * EvolutionTree}.
 *
 * @param nodes every model shown, in lineage order
 * @param edges every lineage edge between shown models, by child then parent in lineage order
 * @param analogues analogue links between shown models, by model then analogue
 * @param highlighted the model drawn with a heavier border, if any
 * @param capability the traced capability, if any: nodes then carry its change and state
 */
public record TreeView(
        List<Node> nodes,
        List<Edge> edges,
        List<Analogue> analogues,
        Optional<String> highlighted,
        Optional<String> capability) {

    public TreeView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        analogues = List.copyOf(analogues);
        Objects.requireNonNull(highlighted, "highlighted");
        Objects.requireNonNull(capability, "capability");
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.model()));
        for (Edge e : edges) {
            if (!ids.contains(e.parent()) || !ids.contains(e.child())) {
                throw new IllegalArgumentException(
                        "edge "
                                + e.child()
                                + " -> "
                                + e.parent()
                                + " names a model not in the view");
            }
        }
        highlighted.ifPresent(
                h -> {
                    if (!ids.contains(h)) {
                        throw new IllegalArgumentException("highlighted model not in view: " + h);
                    }
                });
    }

    /** How a model belongs to the view. */
    public enum Role {
        /** A model the view is about: drawn in its family's colour. */
        MEMBER,
        /** Context from outside, such as a family's outside parent: drawn plain and dashed. */
        OUTSIDE,
        /** An analogue added for its analogue link: drawn plain, dash-dotted. */
        ANALOGUE
    }

    /**
     * One model in the view.
     *
     * @param change the traced capability's explicit change at this model, if it makes one
     * @param state the traced capability's net state here, if the model has one
     */
    public record Node(String model, Role role, Optional<Change> change, Optional<Change> state) {
        public Node {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(state, "state");
        }

        /** True when the traced capability is held here (any state but {@code absent}). */
        public boolean holds() {
            return state.map(Change::holds).orElse(false);
        }
    }

    /** A lineage edge, parent to child, with the method and how sure the knowledge base is. */
    public record Edge(String parent, String child, String method, Confidence confidence) {}

    /** An analogue link: {@code analogue} is compared with {@code model}. */
    public record Analogue(String model, String analogue) {}

    /** The node of {@code model}, if shown. */
    public Optional<Node> node(String model) {
        return nodes.stream().filter(n -> n.model().equals(model)).findFirst();
    }

    /** This view without analogue links. */
    public TreeView withoutAnalogues() {
        return new TreeView(nodes, edges, List.of(), highlighted, capability);
    }

    /**
     * This view without the models it shows only as analogues ({@link Role#ANALOGUE}) and without
     * analogue links: what a page shows while analogues are hidden.
     */
    public TreeView withoutAnalogueModels() {
        return without(n -> n.role() == Role.ANALOGUE).withoutAnalogues();
    }

    /**
     * This view without the nodes {@code drop} selects, their edges and their analogue links; the
     * highlighted model stays highlighted if it stays.
     */
    public TreeView without(Predicate<Node> drop) {
        List<Node> kept = nodes.stream().filter(drop.negate()).toList();
        if (kept.size() == nodes.size()) {
            return this;
        }
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.model()));
        List<Edge> keptEdges =
                edges.stream()
                        .filter(e -> ids.contains(e.parent()) && ids.contains(e.child()))
                        .toList();
        List<Analogue> keptLinks =
                analogues.stream()
                        .filter(a -> ids.contains(a.model()) && ids.contains(a.analogue()))
                        .toList();
        return new TreeView(
                kept, keptEdges, keptLinks, highlighted.filter(ids::contains), capability);
    }

    /** This view with {@code model} highlighted. */
    public TreeView highlighting(String model) {
        return new TreeView(nodes, edges, analogues, Optional.of(model), capability);
    }

    /**
     * This view tracing {@code capabilityId}: every node carries its explicit change (a badge) and
     * its net state (holders are shaded).
     */
    public TreeView tracing(LineageGraph graph, String capabilityId) {
        List<Node> traced = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            Optional<NetState> s = graph.state(n.model(), capabilityId);
            Optional<Change> own = s.filter(NetState::own).map(NetState::state);
            traced.add(new Node(n.model(), n.role(), own, s.map(NetState::state)));
        }
        return new TreeView(traced, edges, analogues, highlighted, Optional.of(capabilityId));
    }
}
