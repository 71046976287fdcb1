package org.lineage.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/** Turns a bracket that holds only {@code @id} items, {@code [@a; @b]}, into a {@link Citation}. */
final class CitationProcessor implements LinkProcessor {
    private static final Pattern CITATION =
            Pattern.compile("\\s*@[^\\s;@\\]]+(\\s*;\\s*@[^\\s;@\\]]+)*\\s*");

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null || info.marker() != null) {
            return LinkResult.none();
        }
        String text = info.text();
        if (text == null || !CITATION.matcher(text).matches()) {
            return LinkResult.none();
        }
        List<String> ids = new ArrayList<>();
        for (String part : text.split(";")) {
            ids.add(part.trim().substring(1));
        }
        Citation c = new Citation(ids);
        c.setSourceSpans(info.openingBracket().getSourceSpans());
        return LinkResult.replaceWith(c, info.afterTextBracket());
    }
}
