package org.lineage.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.lineage.diag.SourcePos;
import org.lineage.model.Body;

/** The configured parser: autolinks still work, depth never overflows the stack. */
class MarkdownEngineTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static List<String> links(Node n) {
        List<String> out = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(n));
        while (!todo.isEmpty()) {
            Node x = todo.remove(todo.size() - 1);
            if (x instanceof Link l) {
                out.add(l.getDestination());
            }
            for (Node k = x.getFirstChild(); k != null; k = k.getNext()) {
                todo.add(k);
            }
        }
        return out;
    }

    private static BodyScan scan(String md) {
        return BodyScan.of(ENGINE.parse(md), new Body("en", md, new SourcePos("b.md", 1, 1)));
    }

    @Test
    void bareUrlsAreStillAutolinked() {
        assertEquals(
                List.of("https://example.org/x"),
                links(ENGINE.parse("See https://example.org/x now.")));
    }

    @Test
    void autolinksInsideSixtyLevelsOfQuotesStillWork() {
        assertEquals(
                List.of("https://example.org/x"),
                links(ENGINE.parse(">".repeat(60) + " https://example.org/x")));
    }

    @Test
    void aBodyThatOverflowsTheParserBecomesOneTooDeepNode() {
        Node doc = ENGINE.parse("*".repeat(100_000) + "a" + "*".repeat(100_000));
        assertInstanceOf(TooDeep.class, doc.getFirstChild());
        assertEquals(null, doc.getFirstChild().getNext());
    }

    @Test
    void nestingJustWithinTheBoundIsNotReported() {
        // document > 62 quotes > paragraph > text: 64 levels below the document.
        assertTrue(scan(">".repeat(62) + " x").problems().isEmpty());
        assertEquals(
                List.of("markdown-too-deep"),
                scan(">".repeat(64) + " x").problems().stream()
                        .map(BodyScan.Located::code)
                        .toList());
    }

    @Test
    void citationsAndEntityLinksAreFoundWithPositions() {
        BodyScan s = scan("Intro.\n\nSee [x](model:davinci) and [@a; @b].\n");
        assertEquals(
                "model:davinci b.md:3:5",
                s.entityLinks().get(0).value() + " " + s.entityLinks().get(0).pos());
        assertEquals(
                List.of("a", "b"), s.citations().stream().map(BodyScan.Located::value).toList());
        assertEquals("b.md:3:28", s.citations().get(0).pos().toString());
    }
}
