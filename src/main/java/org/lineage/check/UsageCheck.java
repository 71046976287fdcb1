package org.lineage.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lineage.diag.Diagnostic;
import org.lineage.markdown.BodyScan;
import org.lineage.model.Claim;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Ref;

/**
 * Warnings that keep a knowledge base whole: entities nothing refers to, claims without evidence,
 * and former ids ({@code moved_from}) that clash. No warning is added to a file that already has an
 * error: a broken file's entity is a placeholder, and what it lacks follows from the error.
 */
final class UsageCheck {
    private UsageCheck() {}

    static List<Diagnostic> run(
            KnowledgeBase kb, Map<EntityKey, List<BodyScan>> scans, Set<String> filesWithErrors) {
        List<Diagnostic> out = new ArrayList<>();
        Set<EntityKey> used = new HashSet<>();
        kb.all()
                .forEach(
                        e -> {
                            for (Entity.TypedRef r : e.references()) {
                                if (!r.ref().id().equals(e.id()) || r.kind() != e.kind()) {
                                    used.add(new EntityKey(r.kind(), r.ref().id()));
                                }
                            }
                        });
        scans.forEach(
                (owner, list) -> {
                    for (BodyScan s : list) {
                        s.entityLinks().stream()
                                .map(BodyScan.Located::value)
                                .filter(k -> !k.equals(owner))
                                .forEach(used::add);
                        s.citations().forEach(c -> used.add(new EntityKey(Kind.SOURCE, c.value())));
                    }
                });
        kb.all()
                .filter(e -> e.kind() != Kind.PAGE && e.kind() != Kind.TERM)
                .filter(e -> !used.contains(new EntityKey(e.kind(), e.id())))
                .filter(e -> !filesWithErrors.contains(e.pos().path()))
                .forEach(
                        e ->
                                out.add(
                                        Diagnostic.warning(
                                                "unreferenced",
                                                e.pos(),
                                                e.kind().singular()
                                                        + " '"
                                                        + e.id()
                                                        + "' is not referred to by any other entry",
                                                "link it from a related entry (e.g. [text]("
                                                        + e.kind().singular()
                                                        + ":"
                                                        + e.id()
                                                        + ")) or remove it")));
        for (Claim c : kb.claims().values()) {
            if (c.evidence().isEmpty() && !filesWithErrors.contains(c.pos().path())) {
                out.add(
                        Diagnostic.warning(
                                "no-evidence",
                                c.pos(),
                                "claim '" + c.id() + "' has no evidence",
                                "add an 'evidence:' item with a stance, a source and a note"));
            }
        }
        movedFrom(kb, out);
        return out;
    }

    private static void movedFrom(KnowledgeBase kb, List<Diagnostic> out) {
        for (Kind kind : Kind.values()) {
            Map<String, ? extends Entity> all = kb.entities(kind);
            Map<String, String> claimedBy = new java.util.TreeMap<>();
            for (Entity e : all.values()) {
                for (Ref old : e.movedFrom()) {
                    if (all.containsKey(old.id())) {
                        out.add(
                                Diagnostic.error(
                                        "moved-from-conflict",
                                        old.pos(),
                                        kind.singular()
                                                + " '"
                                                + old.id()
                                                + "' still exists, so its URL cannot redirect to '"
                                                + e.id()
                                                + "'",
                                        "delete the old entry or drop it from moved_from"));
                    }
                    String prior = claimedBy.putIfAbsent(old.id(), e.id());
                    if (prior != null) {
                        out.add(
                                Diagnostic.error(
                                        "moved-from-conflict",
                                        old.pos(),
                                        "'"
                                                + old.id()
                                                + "' is already a former id of '"
                                                + prior
                                                + "'",
                                        "an old URL can redirect to one page only"));
                    }
                }
            }
        }
    }
}
