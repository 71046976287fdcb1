package org.lineage.check;

import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.lineage.diag.Diagnostic;
import org.lineage.graph.LineageGraph;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/**
 * The outcome of loading and checking: the knowledge base, its graph, the parsed bodies (so a build
 * need not parse them twice), and every diagnostic sorted by position.
 */
public record CheckResult(
        KnowledgeBase kb,
        LineageGraph graph,
        Map<EntityKey, Map<String, Node>> documents,
        List<Diagnostic> diagnostics) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
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
