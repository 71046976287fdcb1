package org.lineage.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.lineage.check.BodyRendering;
import org.lineage.html.Html;
import org.lineage.markdown.BodyContext;
import org.lineage.markdown.BodyRenderer;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.SitePaths;

/**
 * Renders each body for the page it lands on. A body's HTML depends only on the body and where its
 * page lies: links are relative, and every entity page sits as deep as every other, so the HTML is
 * the same on the page of each language (a body shown as another language's fallback included).
 * Citations are numbered in the order the body first cites them; the page's reference list adds its
 * other sources after these.
 */
public final class BodyPages implements BodyRendering {
    /** Ids the page templates give their own sections; body headings never take them. */
    public static final Predicate<String> RESERVED_IDS =
            Pattern.compile(
                            "(main|content|top|lineage|capabilities|claims|analogues|references|mentioned"
                                    + "|evidence|errata|about|cited-by|models|holders|changes|edges"
                                    + "|body|infobox|infobox-title|argues|cite|data"
                                    + "|(ref|fn|fnref)-.*|tree|traces|families|matrix-.*"
                                    + "|(tree|nb|trace)-.*|browse|open|pages|start|search-.*"
                                    + "|glance|contents|[a-z-]+-title|stages|summary-data|series-.*|figure"
                                    + "|compare|compare-.*|comparison|claims-then|as-of|sizes)")
                    .asMatchPredicate();

    private final BodyRenderer renderer = new BodyRenderer(RESERVED_IDS);

    @Override
    public Html render(Node document, EntityKey owner, Body body, KnowledgeBase kb) {
        String page = pagePath(owner, body.lang());
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : BodyRenderer.citedSources(document)) {
            if (kb.sources().containsKey(id)) {
                numbers.put(id, numbers.size() + 1);
            }
        }
        BodyContext context =
                new BodyContext(
                        k ->
                                kb.find(k.kind(), k.id())
                                        .map(
                                                e ->
                                                        SitePaths.relative(
                                                                page,
                                                                SitePaths.entity(
                                                                        body.lang(),
                                                                        k.kind(),
                                                                        k.id()))),
                        numbers,
                        PageContext.REF,
                        // several term bodies share the glossary page
                        owner.kind() == Kind.TERM ? owner.id() + "-" : "",
                        (k, text) -> description(kb, k, text, body.lang()));
        // the body renderer escapes every text and URL it writes
        return Html.trusted(renderer.render(document, context));
    }

    /**
     * The words a bare link to a claim ("claim", "论断": the kind's own name) adds to its name: the
     * claim's statement, so that the link says what it leads to.
     */
    private static java.util.Optional<String> description(
            KnowledgeBase kb, EntityKey k, String text, String lang) {
        if (k.kind() != Kind.CLAIM || !GENERIC_CLAIM_WORDS.contains(text.strip().toLowerCase())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(kb.claims().get(k.id()))
                .map(c -> c.statement().in(lang, kb.site().defaultLanguage()));
    }

    /** Link texts that name only the kind of what they link to, in the site's languages. */
    private static final java.util.Set<String> GENERIC_CLAIM_WORDS =
            java.util.Set.of("claim", "open question", "论断", "相应论断", "未解问题");

    /** The page a body is shown on, in {@code lang}. */
    static String pagePath(EntityKey owner, String lang) {
        return switch (owner.kind()) {
            case TERM -> lang + "/glossary/";
            default -> SitePaths.entity(lang, owner.kind(), owner.id());
        };
    }
}
