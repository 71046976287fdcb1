package org.lineage.check;

import org.commonmark.node.Node;
import org.lineage.html.Html;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/**
 * How a build turns a parsed body into the HTML of its page. The checker calls it while the body is
 * parsed, so that each body is parsed once; {@code check} alone renders nothing.
 */
public interface BodyRendering {
    /** Renders nothing. */
    BodyRendering NONE = (document, owner, body, kb) -> Html.EMPTY;

    /** The HTML of {@code owner}'s body {@code body}, parsed as {@code document}. */
    Html render(Node document, EntityKey owner, Body body, KnowledgeBase kb);
}
