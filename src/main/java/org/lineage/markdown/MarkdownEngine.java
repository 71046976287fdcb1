package org.lineage.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one configured CommonMark parser: GFM tables, strikethrough, footnotes, autolinks, and
 * citations. Immutable and safe to share between threads.
 */
public final class MarkdownEngine {
    static final List<Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    FootnotesExtension.create(),
                    AutolinkExtension.create());

    private final Parser parser;

    public MarkdownEngine() {
        this.parser =
                Parser.builder()
                        .extensions(EXTENSIONS)
                        .linkProcessor(new CitationProcessor())
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
    }

    /** Parses a body; positions in the result are 0-based within {@code markdown}. */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }
}
