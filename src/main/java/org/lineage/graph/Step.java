package org.lineage.graph;

import java.util.Optional;
import org.lineage.model.Change;

/** One lineage step that changed a capability: the model, the change, and the arguing claim. */
public record Step(String model, Change change, Optional<String> claim) {}
