package org.lineage.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.lineage.model.EntityKey;

/**
 * Renders links and citations: {@code kind:id} becomes the entity's page, http(s) and mailto links
 * and in-page anchors stay as written, any other target loses its href, and {@code [@a; @b]}
 * becomes {@code [1, 2]} linking to the reference list.
 */
final class LinkRenderer implements NodeRenderer {
    private static final List<String> SAFE_SCHEMES = List.of("http:", "https:", "mailto:");

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final BodyContext page;

    LinkRenderer(HtmlNodeRendererContext context, BodyContext page) {
        this.context = context;
        this.html = context.getWriter();
        this.page = page;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class, Citation.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Citation c) {
            citation(c);
        } else {
            link((Link) node);
        }
    }

    private void link(Link link) {
        Optional<String> href = href(link.getDestination());
        Optional<String> description =
                href.isEmpty()
                        ? Optional.empty()
                        : BodyScan.entityTarget(link.getDestination())
                                .flatMap(k -> page.linkDescription().apply(k, plainText(link)));
        Map<String, String> attrs = new LinkedHashMap<>();
        href.ifPresent(h -> attrs.put("href", h));
        if (link.getTitle() != null) {
            attrs.put("title", link.getTitle());
        } else {
            description.ifPresent(d -> attrs.put("title", d));
        }
        String tag = href.isPresent() ? "a" : "span";
        html.tag(tag, context.extendAttributes(link, tag, attrs));
        for (Node child = link.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        // the link's name says where it leads; sighted readers see the words around it
        description.ifPresent(
                d -> {
                    html.tag("span", Map.of("class", "visually-hidden"));
                    html.text(": " + d);
                    html.tag("/span");
                });
        html.tag("/" + tag);
    }

    private static String plainText(Node n) {
        StringBuilder b = new StringBuilder();
        n.accept(
                new org.commonmark.node.AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.Text t) {
                        b.append(t.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code c) {
                        b.append(c.getLiteral());
                    }
                });
        return b.toString();
    }

    private Optional<String> href(String destination) {
        Optional<EntityKey> entity = BodyScan.entityTarget(destination);
        if (entity.isPresent()) {
            return page.entityHref().apply(entity.get());
        }
        String lower = destination.toLowerCase(Locale.ROOT);
        if (destination.startsWith("#") || SAFE_SCHEMES.stream().anyMatch(lower::startsWith)) {
            return Optional.of(ExternalUrl.encode(destination));
        }
        return Optional.empty();
    }

    private void citation(Citation c) {
        html.tag("sup", Map.of("class", "cite"));
        html.text("[");
        boolean first = true;
        for (String id : c.sourceIds()) {
            Integer n = page.citationNumbers().get(id);
            if (!first) {
                html.text(", ");
            }
            first = false;
            if (n == null) {
                html.text("?");
                continue;
            }
            html.tag("a", Map.of("href", "#" + page.referenceAnchor() + n));
            html.text(Integer.toString(n));
            html.tag("/a");
        }
        html.text("]");
        html.tag("/sup");
    }
}
