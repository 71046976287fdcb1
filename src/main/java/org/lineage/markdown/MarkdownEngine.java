package org.lineage.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one configured CommonMark parser: GFM tables, strikethrough, footnotes, autolinks, and
 * citations. Immutable and safe to share between threads. No input escapes it as a {@link
 * StackOverflowError}: autolinking, a recursive pass, is skipped on bodies nested deeper than
 * {@link BodyScan#MAX_DEPTH}, and a body that overflows the parser itself becomes {@link TooDeep};
 * the checks reject both.
 */
public final class MarkdownEngine {
    static final List<Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    FootnotesExtension.create());

    private final Parser parser;

    public MarkdownEngine() {
        this.parser =
                Parser.builder()
                        .extensions(EXTENSIONS)
                        .linkProcessor(new CitationProcessor())
                        .postProcessor(DepthGuard.around(AutolinkExtension.create()))
                        // Nested block starts cost quadratic time; past this many the rest of the
                        // line is text, and the tree is still deep enough to be reported.
                        .maxOpenBlockParsers(BodyScan.MAX_DEPTH)
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
    }

    /**
     * Parses a body; positions in the result are 0-based within {@code markdown}. A body nested so
     * deeply that the parser's own recursion (merging text inside thousands of nested emphases)
     * overflows the stack comes back as a document holding a single {@link TooDeep} node.
     */
    public Node parse(String markdown) {
        try {
            return parser.parse(markdown);
        } catch (StackOverflowError e) {
            // The parse shares no state with anything else, so unwinding it leaves nothing broken.
            Document doc = new Document();
            doc.appendChild(new TooDeep());
            return doc;
        }
    }
}
