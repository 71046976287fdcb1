package org.lineage.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Stands for a whole body whose nesting exhausted the parser's stack; {@link BodyScan} reports it.
 * The parse leaves nothing usable, so the document holds this node only.
 */
public final class TooDeep extends CustomBlock {
    TooDeep() {}
}
