package org.lineage.check;

import java.util.ArrayList;
import java.util.List;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Suggest;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;

/** Every reference in YAML resolves within the kind it expects. */
final class ReferenceCheck {
    private ReferenceCheck() {}

    static List<Diagnostic> run(KnowledgeBase kb) {
        List<Diagnostic> out = new ArrayList<>();
        kb.all()
                .forEach(
                        e -> {
                            for (Entity.TypedRef r : e.references()) {
                                unknown(kb, r.kind(), r.ref().id(), r.ref().pos())
                                        .ifPresent(out::add);
                            }
                        });
        return out;
    }

    /** An error when {@code id} names no entity of {@code kind}. */
    static java.util.Optional<Diagnostic> unknown(
            KnowledgeBase kb, Kind kind, String id, org.lineage.diag.SourcePos pos) {
        if (kb.entities(kind).containsKey(id)) {
            return java.util.Optional.empty();
        }
        String hint = Suggest.didYouMean(id, kb.entities(kind).keySet());
        return java.util.Optional.of(
                Diagnostic.error(
                        "unknown-ref",
                        pos,
                        "unknown " + kind.singular() + " '" + id + "'",
                        hint.isEmpty()
                                ? "no "
                                        + kind.singular()
                                        + " has this id; add "
                                        + kind.dir()
                                        + "/"
                                        + id
                                        + (kind == Kind.PAGE ? ".<lang>.md" : ".yaml")
                                : hint));
    }
}
