package org.lineage.check;

import java.util.List;
import org.lineage.html.Html;
import org.lineage.markdown.BodyScan;

/**
 * One body, parsed once: what it links to and cites (for the checks and the index), and its HTML
 * when the build renders bodies.
 *
 * @param html the body as its page shows it; empty when nothing is rendered (check alone, or a body
 *     with problems, which fails the build anyway)
 * @param cited the sources the body cites, in the order of their first citation
 */
public record BodyDoc(BodyScan scan, Html html, List<String> cited) {
    public BodyDoc {
        cited = List.copyOf(cited);
    }
}
