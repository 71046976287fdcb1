package org.lineage.graph;

import java.util.List;
import org.lineage.model.Change;

/**
 * The state of one capability in one model, inherited along its ancestry.
 *
 * @param state the net state: the model's own change, or the strongest state among its parents
 * @param steps every step on the model's ancestry (itself included) that changed the capability, in
 *     topological order
 * @param own true when the model itself changed the capability
 */
public record NetState(Change state, List<Step> steps, boolean own) {
    public NetState {
        steps = List.copyOf(steps);
    }
}
