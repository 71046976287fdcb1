package org.lineage.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.lineage.model.EntityKey;

/**
 * What one rendering of one body needs to know about the page it lands on.
 *
 * @param entityHref the href of an entity's page, relative to the page being rendered; empty when
 *     the entity has no page (the link is then rendered as plain text)
 * @param citationNumbers the number of each cited source in the page's reference list
 * @param referenceAnchor the anchor of reference {@code n} is this prefix followed by {@code n}
 * @param headingPrefix prepended to every heading id, so that several bodies can share a page
 * @param linkDescription what a link to an entity should add to its name when its text alone does
 *     not say where it leads (a bare "claim"): given the entity and the link's text, the words to
 *     add, or empty
 */
public record BodyContext(
        Function<EntityKey, Optional<String>> entityHref,
        Map<String, Integer> citationNumbers,
        String referenceAnchor,
        String headingPrefix,
        BiFunction<EntityKey, String, Optional<String>> linkDescription) {
    public BodyContext {
        citationNumbers = Map.copyOf(citationNumbers);
    }

    /** A context whose links never need a description. */
    public BodyContext(
            Function<EntityKey, Optional<String>> entityHref,
            Map<String, Integer> citationNumbers,
            String referenceAnchor,
            String headingPrefix) {
        this(
                entityHref,
                citationNumbers,
                referenceAnchor,
                headingPrefix,
                (k, text) -> Optional.empty());
    }
}
