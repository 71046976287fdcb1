package org.lineage.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.diag.Diagnostic;
import org.lineage.graph.LineageGraph;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/**
 * The outcome of loading and checking: the knowledge base, its graph, every diagnostic sorted by
 * position, and every body parsed (by entity, then language).
 */
public record CheckResult(
        KnowledgeBase kb,
        LineageGraph graph,
        List<Diagnostic> diagnostics,
        Map<EntityKey, Map<String, BodyDoc>> bodies) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        bodies = Collections.unmodifiableMap(bodies);
    }

    /** The parsed body of an entity in one language, if it has one. */
    public Optional<BodyDoc> body(EntityKey key, String lang) {
        return Optional.ofNullable(bodies.getOrDefault(key, Map.of()).get(lang));
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** True when a build may go ahead: no errors, and no warnings under {@code strict}. */
    public boolean passes(boolean strict) {
        return errors() == 0 && (!strict || warnings() == 0);
    }
}
