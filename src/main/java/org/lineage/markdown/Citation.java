package org.lineage.markdown;

import java.util.List;
import org.commonmark.node.CustomNode;

/** A citation {@code [@a; @b]} in a body: the cited source ids, in the order written. */
public final class Citation extends CustomNode {
    private final List<String> sourceIds;

    Citation(List<String> sourceIds) {
        this.sourceIds = List.copyOf(sourceIds);
    }

    public List<String> sourceIds() {
        return sourceIds;
    }
}
