package org.lineage.check;

import java.util.List;
import org.lineage.diag.Diagnostic;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;

/**
 * The outcome of loading and checking: the knowledge base, its graph, and every diagnostic sorted
 * by position.
 */
public record CheckResult(KnowledgeBase kb, LineageGraph graph, List<Diagnostic> diagnostics) {
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
