package org.lineage.markdown;

import java.util.Map;
import java.util.Optional;
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
 */
public record BodyContext(
        Function<EntityKey, Optional<String>> entityHref,
        Map<String, Integer> citationNumbers,
        String referenceAnchor,
        String headingPrefix) {
    public BodyContext {
        citationNumbers = Map.copyOf(citationNumbers);
    }
}
