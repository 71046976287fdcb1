package org.lineage.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.lineage.diag.SourcePos;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;

/**
 * What a body contains that needs checking: entity links, citations, external links, and the things
 * that are not allowed (raw HTML, unsafe URL schemes, relative links, images).
 */
public record BodyScan(
        List<Located<EntityKey>> entityLinks,
        List<Located<String>> citations,
        List<Located<String>> problems) {

    /** A value with the position in the body's file where it was written. */
    public record Located<T>(T value, SourcePos pos, String code) {}

    private static final Pattern SCHEME =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);

    /** Scans a parsed body. */
    public static BodyScan of(Node document, Body body) {
        List<Located<EntityKey>> links = new ArrayList<>();
        List<Located<String>> cites = new ArrayList<>();
        List<Located<String>> problems = new ArrayList<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(HtmlBlock n) {
                        problems.add(
                                problem(
                                        n,
                                        body,
                                        "raw-html",
                                        "raw HTML is not allowed: " + clip(n.getLiteral())));
                    }

                    @Override
                    public void visit(HtmlInline n) {
                        problems.add(
                                problem(
                                        n,
                                        body,
                                        "raw-html",
                                        "raw HTML is not allowed: " + clip(n.getLiteral())));
                    }

                    @Override
                    public void visit(Image n) {
                        problems.add(problem(n, body, "image", "images are not allowed in bodies"));
                        visitChildren(n);
                    }

                    @Override
                    public void visit(Link n) {
                        destination(n, n.getDestination());
                        visitChildren(n);
                    }

                    @Override
                    public void visit(CustomNode n) {
                        if (n instanceof Citation c) {
                            for (String id : c.sourceIds()) {
                                cites.add(new Located<>(id, pos(n, body), "unknown-ref"));
                            }
                        }
                        visitChildren(n);
                    }

                    private void destination(Node n, String dest) {
                        Optional<EntityKey> entity = entityTarget(dest);
                        if (entity.isPresent()) {
                            links.add(new Located<>(entity.get(), pos(n, body), "unknown-ref"));
                            return;
                        }
                        Matcher m = SCHEME.matcher(dest);
                        if (m.matches()) {
                            String scheme = m.group(1).toLowerCase(Locale.ROOT);
                            if (!List.of("http", "https", "mailto").contains(scheme)) {
                                problems.add(
                                        problem(
                                                n,
                                                body,
                                                "bad-url-scheme",
                                                "link scheme '" + scheme + ":' is not allowed"));
                            }
                        } else if (!dest.startsWith("#")) {
                            problems.add(
                                    problem(
                                            n,
                                            body,
                                            "relative-link",
                                            "relative link '" + clip(dest) + "' will break"));
                        }
                    }
                });
        return new BodyScan(links, cites, problems);
    }

    /** {@code model:davinci} and friends; the kind must be a known one. */
    public static Optional<EntityKey> entityTarget(String dest) {
        int colon = dest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Kind.bySingular(dest.substring(0, colon))
                .map(k -> new EntityKey(k, dest.substring(colon + 1)));
    }

    private static Located<String> problem(Node n, Body body, String code, String message) {
        return new Located<>(message, pos(n, body), code);
    }

    /** Maps a node's 0-based position in the Markdown to the body's file. */
    static SourcePos pos(Node n, Body body) {
        List<SourceSpan> spans = n.getSourceSpans();
        SourcePos start = body.start();
        if (spans.isEmpty()) {
            Node p = n.getParent();
            return p == null ? start : pos(p, body);
        }
        SourceSpan s = spans.get(0);
        return start.at(start.line() + s.getLineIndex(), s.getColumnIndex() + 1);
    }

    private static String clip(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
