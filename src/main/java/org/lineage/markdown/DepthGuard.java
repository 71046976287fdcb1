package org.lineage.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * Runs a post-processor that walks the tree recursively (the autolink extension's) only when the
 * tree is shallow enough for that walk: a body nested thousands of levels deep would otherwise
 * exhaust the stack inside the parser. Such a body is returned as parsed, and {@link BodyScan}
 * reports it as too deep.
 */
final class DepthGuard implements PostProcessor {
    private final PostProcessor inner;

    private DepthGuard(PostProcessor inner) {
        this.inner = inner;
    }

    /** Guards the one post-processor that {@code extension} installs. */
    static DepthGuard around(Extension extension) {
        Capture capture = new Capture();
        ((Parser.ParserExtension) extension).extend(capture);
        if (capture.captured == null) {
            throw new IllegalArgumentException(extension + " installs no post-processor");
        }
        return new DepthGuard(capture.captured);
    }

    @Override
    public Node process(Node document) {
        return exceeds(document, BodyScan.MAX_DEPTH) ? document : inner.process(document);
    }

    /** True when some node lies more than {@code max} levels below {@code root}; no recursion. */
    static boolean exceeds(Node root, int max) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            if (d > max) {
                return true;
            }
            for (Node k = n.getFirstChild(); k != null; k = k.getNext()) {
                nodes.push(k);
                depths.push(d + 1);
            }
        }
        return false;
    }

    /** A builder that only records the post-processor an extension registers. */
    private static final class Capture extends Parser.Builder {
        PostProcessor captured;

        @Override
        public Parser.Builder postProcessor(PostProcessor postProcessor) {
            captured = postProcessor;
            return this;
        }
    }
}
