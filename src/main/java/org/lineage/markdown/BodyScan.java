package org.lineage.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * What a body contains that needs checking: entity links, citations, external links, the things
 * that are not allowed (raw HTML, unsafe URL schemes, relative links, images), and the things that
 * are allowed but read badly ({@code advice}: a link to a claim or a source whose text is only its
 * id, which says nothing to a reader).
 */
public record BodyScan(
        List<Located<EntityKey>> entityLinks,
        List<Located<String>> citations,
        List<Located<String>> problems,
        List<Located<String>> advice) {

    /** A value with the position in the body's file where it was written. */
    public record Located<T>(T value, SourcePos pos, String code) {}

    private static final Pattern SCHEME =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);

    /**
     * Deeper nesting than this (blocks and inlines together) is reported and not walked: real prose
     * needs a handful of levels, and every later stage that walks the tree recursively (rendering)
     * must never meet an input that exhausts the stack.
     */
    public static final int MAX_DEPTH = 64;

    /** Scans a parsed body, walking the tree without recursion. */
    public static BodyScan of(Node document, Body body) {
        List<Located<EntityKey>> links = new ArrayList<>();
        List<Located<String>> cites = new ArrayList<>();
        List<Located<String>> problems = new ArrayList<>();
        List<Located<String>> advice = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(document);
        depths.push(0);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                problems.add(
                        problem(
                                n,
                                body,
                                "markdown-too-deep",
                                "Markdown is nested more than " + MAX_DEPTH + " levels deep"));
                continue;
            }
            if (n instanceof TooDeep) {
                problems.add(
                        problem(
                                n,
                                body,
                                "markdown-too-deep",
                                "Markdown is nested far more than " + MAX_DEPTH + " levels deep"));
            } else if (n instanceof HtmlBlock h) {
                problems.add(
                        problem(
                                n,
                                body,
                                "raw-html",
                                "raw HTML is not allowed: " + clip(h.getLiteral())));
            } else if (n instanceof HtmlInline h) {
                problems.add(
                        problem(
                                n,
                                body,
                                "raw-html",
                                "raw HTML is not allowed: " + clip(h.getLiteral())));
            } else if (n instanceof Image) {
                problems.add(problem(n, body, "image", "images are not allowed in bodies"));
            } else if (n instanceof Link l) {
                destination(l, l.getDestination(), body, links, problems);
                bareIdText(l, body).ifPresent(advice::add);
            } else if (n instanceof Citation c) {
                for (String id : c.sourceIds()) {
                    cites.add(new Located<>(id, pos(n, body), "unknown-ref"));
                }
            }
            List<Node> kids = new ArrayList<>();
            for (Node k = n.getFirstChild(); k != null; k = k.getNext()) {
                kids.add(k);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
                depths.push(depth + 1);
            }
        }
        return new BodyScan(links, cites, problems, advice);
    }

    /**
     * A link to a claim or a source whose whole text is the target's id, such as {@code
     * [alignment-tax](claim:alignment-tax)}: a model's id is its name, but a claim's or a source's
     * is a slug that tells a reader nothing about where the link goes.
     */
    private static Optional<Located<String>> bareIdText(Link n, Body body) {
        Optional<EntityKey> target = entityTarget(n.getDestination());
        if (target.isEmpty()
                || (target.get().kind() != Kind.CLAIM && target.get().kind() != Kind.SOURCE)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Node k = n.getFirstChild(); k != null; k = k.getNext()) {
            if (!(k instanceof org.commonmark.node.Text t)) {
                return Optional.empty();
            }
            text.append(t.getLiteral());
        }
        String id = target.get().id();
        if (!text.toString().strip().equals(id)) {
            return Optional.empty();
        }
        return Optional.of(
                problem(
                        n,
                        body,
                        "bare-link-text",
                        "the link text is only the id '"
                                + id
                                + "', which does not tell a reader where the link leads"));
    }

    private static void destination(
            Node n,
            String dest,
            Body body,
            List<Located<EntityKey>> links,
            List<Located<String>> problems) {
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
        SourcePos start = body.start();
        for (Node at = n; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan s = spans.get(0);
                return start.at(start.line() + s.getLineIndex(), s.getColumnIndex() + 1);
            }
        }
        return start;
    }

    private static String clip(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
