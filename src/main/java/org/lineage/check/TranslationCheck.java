package org.lineage.check;

import java.util.ArrayList;
import java.util.List;
import org.lineage.diag.Diagnostic;
import org.lineage.model.KnowledgeBase;

/**
 * Warns where a body is missing in a language, or was translated from a version of its original
 * that has changed since. Prose fields that lack a language are reported by the loader, which knows
 * their line and column.
 */
final class TranslationCheck {
    private TranslationCheck() {}

    static List<Diagnostic> run(KnowledgeBase kb) {
        return run(TranslationStatus.of(kb), kb.site().languages().get(0));
    }

    static List<Diagnostic> run(TranslationStatus status, String defaultLanguage) {
        List<Diagnostic> out = new ArrayList<>();
        for (TranslationStatus.Gap g : status.gaps()) {
            switch (g.problem()) {
                case MISSING_BODY ->
                        out.add(
                                Diagnostic.warning(
                                        "missing-translation",
                                        g.pos(),
                                        g.entity() + " has no '" + g.lang() + "' body",
                                        "add "
                                                + g.file()
                                                + "; until then the page shows the "
                                                + defaultLanguage
                                                + " text with a notice"));
                case STALE_BODY -> out.add(stale(g));
                case MISSING_TEXT -> {
                    // reported while loading, at the field
                }
            }
        }
        return out;
    }

    private static Diagnostic stale(TranslationStatus.Gap g) {
        String from = g.from().orElseThrow();
        if (g.digest().isEmpty()) {
            return Diagnostic.warning(
                    "stale-translation",
                    g.pos(),
                    g.file() + " was translated from the '" + from + "' body, which is gone",
                    "remove translated_from, or restore the '" + from + "' body");
        }
        return Diagnostic.warning(
                "stale-translation",
                g.pos(),
                "the '"
                        + from
                        + "' body of "
                        + g.entity()
                        + " has changed since this translation was made",
                "bring the translation up to date, then write 'translated_from: "
                        + from
                        + ":"
                        + g.digest().get()
                        + "'");
    }
}
