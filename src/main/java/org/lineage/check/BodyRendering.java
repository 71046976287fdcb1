package org.lineage.check;

import org.commonmark.node.Node;
import org.lineage.html.Html;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/**
 * How a build turns a parsed body into the HTML of its page. The checker calls it while the body is
 * parsed, so that each body is parsed once; {@code check} alone renders nothing.
 *
 * <p>The HTML may depend on the body, its owner, and of the rest of the knowledge base only on
 * whether the entities it links to and the sources it cites exist, the statements of the claims it
 * links to, and the site's languages: a {@link Checker#remembering remembering} checker reuses a
 * body's HTML while these are unchanged.
 */
public interface BodyRendering {
    /** Renders nothing. */
    BodyRendering NONE = (document, owner, body, kb) -> Html.EMPTY;

    /** The HTML of {@code owner}'s body {@code body}, parsed as {@code document}. */
    Html render(Node document, EntityKey owner, Body body, KnowledgeBase kb);
}
