package org.lineage.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.model.Change;
import org.lineage.model.KnowledgeBase;

/**
 * Capabilities by models: each cell the model's net state of the capability, whether the model
 * changed it itself, and the step that decided it (with the claim that argues that step).
 *
 * <p>Models are in lineage order. Capabilities are in the order their first explicit change appears
 * along that order (so the table reads as a staircase down the lineage), then by id; capabilities
 * no shown model changes come last.
 *
 * @param capabilities the rows, by capability id
 * @param models the columns, by model id
 * @param cells by capability then model; a missing entry means no state
 */
public record CapabilityMatrix(
        List<String> capabilities, List<String> models, Map<String, Map<String, Cell>> cells) {

    public CapabilityMatrix {
        capabilities = List.copyOf(capabilities);
        models = List.copyOf(models);
        Map<String, Map<String, Cell>> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * One cell.
     *
     * @param state the net state ({@link LineageGraph#capabilities})
     * @param explicit true when the model itself changed the capability to {@code state}
     * @param step the step that decided the state: the model's own change, or for an inherited
     *     state the latest step on its ancestry that set it; its claim argues the cell
     */
    public record Cell(Change state, boolean explicit, Step step) {}

    /** Every capability of the knowledge base by every model. */
    public static CapabilityMatrix of(KnowledgeBase kb, LineageGraph graph) {
        return of(kb, graph, graph.topologicalOrder());
    }

    /** Every capability of the knowledge base by the given models (put in lineage order). */
    public static CapabilityMatrix of(
            KnowledgeBase kb, LineageGraph graph, Collection<String> modelIds) {
        List<String> models = new ArrayList<>(modelIds);
        models.sort(graph.lineageOrder());
        Map<String, Integer> firstChange = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            for (var c : kb.models().get(models.get(i)).capabilities()) {
                firstChange.putIfAbsent(c.capability().id(), i);
            }
        }
        List<String> caps = new ArrayList<>(kb.capabilities().keySet());
        caps.sort(
                Comparator.comparing((String c) -> firstChange.getOrDefault(c, Integer.MAX_VALUE))
                        .thenComparing(Comparator.naturalOrder()));
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (String c : caps) {
            cells.put(c, new LinkedHashMap<>());
        }
        // each model's states once, not a lookup for every model and capability: at 10,000
        // models and 1,000 capabilities that was ten million lookups
        for (String m : models) {
            graph.capabilities(m)
                    .forEach(
                            (c, s) -> {
                                Map<String, Cell> row = cells.get(c);
                                if (row != null) {
                                    row.put(m, cell(s));
                                }
                            });
        }
        return new CapabilityMatrix(caps, models, cells);
    }

    private static Cell cell(NetState s) {
        List<Step> steps = s.steps();
        if (s.own()) {
            return new Cell(s.state(), true, steps.get(steps.size() - 1));
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).change() == s.state()) {
                return new Cell(s.state(), false, steps.get(i));
            }
        }
        throw new IllegalStateException("no step sets the inherited state " + s.state());
    }

    /** The cell of {@code capability} in {@code model}, empty when the model has no state. */
    public Optional<Cell> cell(String capability, String model) {
        return Optional.ofNullable(cells.getOrDefault(capability, Map.of()).get(model));
    }

    /** The explicit changes only: capability id to model id to change, in table order. */
    public Map<String, Map<String, Change>> explicitChanges() {
        Map<String, Map<String, Change>> out = new LinkedHashMap<>();
        cells.forEach(
                (cap, row) -> {
                    Map<String, Change> changes = new LinkedHashMap<>();
                    row.forEach(
                            (m, cell) -> {
                                if (cell.explicit()) {
                                    changes.put(m, cell.state());
                                }
                            });
                    if (!changes.isEmpty()) {
                        out.put(cap, changes);
                    }
                });
        return out;
    }
}
