package org.lineage.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one configured HTML renderer for bodies: the parser's extensions, every raw HTML escaped,
 * entity links turned into relative links, citations into numbered references, an id on every
 * heading, and code blocks that the keyboard can reach. Immutable and safe to share between
 * threads.
 */
public final class BodyRenderer {
    /** Ids tried for one heading before the reserved ids are taken to leave none free. */
    private static final int MAX_TRIES = 100;

    private final HtmlRenderer renderer;
    private final Predicate<String> reservedIds;

    /**
     * Holds the context of the rendering in progress on this thread. commonmark creates its node
     * renderers anew for every {@code render} call but passes them no user data, so the context
     * travels here for the duration of one call only.
     */
    private final ThreadLocal<BodyContext> current = new ThreadLocal<>();

    /**
     * @param reservedIds ids the page around a body uses itself; a heading that would get one of
     *     them gets a numbered variant instead, or, when that is reserved too, one starting {@code
     *     h-}, which the predicate must leave free
     */
    public BodyRenderer(Predicate<String> reservedIds) {
        this.reservedIds = reservedIds;
        this.renderer =
                HtmlRenderer.builder()
                        .extensions(MarkdownEngine.EXTENSIONS)
                        .escapeHtml(true)
                        .nodeRendererFactory(c -> new LinkRenderer(c, current.get()))
                        .attributeProviderFactory(c -> ids(current.get()))
                        .build();
    }

    /** Renders a parsed body for one page. */
    public String render(Node document, BodyContext context) {
        current.set(context);
        try {
            return renderer.render(document);
        } finally {
            current.remove();
        }
    }

    /** The sources a body cites, in the order of their first citation. */
    public static List<String> citedSources(Node document) {
        Set<String> ids = new LinkedHashSet<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(CustomNode n) {
                        if (n instanceof Citation c) {
                            ids.addAll(c.sourceIds());
                        }
                        visitChildren(n);
                    }
                });
        return new ArrayList<>(ids);
    }

    /**
     * Ids in a body: every heading gets one, and footnotes, which are numbered within their body,
     * take the body's prefix like headings do, so that several bodies on one page (the glossary's
     * terms) keep their notes apart.
     */
    private AttributeProvider ids(BodyContext context) {
        IdGenerator ids = IdGenerator.builder().build();
        String prefix = context.headingPrefix();
        Set<String> used = new HashSet<>();
        return (node, tag, attributes) -> {
            if (node instanceof Heading h) {
                String text = plainText(h);
                String base = ids.generateId(text);
                String id = prefix + base;
                // A numbered variant comes first ("references-1"). Where the page reserves a
                // whole family of ids ("ref-" and anything, or a glossary term "tree" whose
                // headings all start "tree-"), every numbered variant is reserved too, so the id
                // then leaves the page's names with "h-" in front.
                int tries = 0;
                while (reservedIds.test(id) || used.contains(id)) {
                    if (++tries > MAX_TRIES) {
                        throw new IllegalStateException(
                                "no free id for the heading '" + text + "': all reserved");
                    }
                    id =
                            tries == 1
                                    ? prefix + ids.generateId(text)
                                    : "h-" + prefix + (tries == 2 ? base : ids.generateId(text));
                }
                used.add(id);
                attributes.put("id", id);
            } else if (tag.equals("pre")) {
                // a code block scrolls sideways where its lines are longer than the screen is
                // wide; focusable, it scrolls with the arrow keys too
                attributes.put("tabindex", "0");
            } else if (!prefix.isEmpty()
                    && (node instanceof FootnoteReference
                            || node instanceof FootnoteDefinition
                            || node instanceof InlineFootnote)) {
                attributes.computeIfPresent("id", (k, v) -> prefix + v);
                attributes.computeIfPresent(
                        "href", (k, v) -> v.startsWith("#") ? "#" + prefix + v.substring(1) : v);
            }
        };
    }

    private static String plainText(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        b.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        b.append(c.getLiteral());
                    }
                });
        return b.toString();
    }
}
