package org.lineage.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Timeout;
import org.lineage.diag.SourcePos;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.render.BodyPages;
import org.lineage.testutil.Positions;
import org.lineage.testutil.ScriptScan;
import org.lineage.testutil.TimeBound;

/**
 * Any text as a Markdown body: parsing, scanning and rendering never throw; every problem the scan
 * reports lies inside the body; the rendered HTML escapes all raw markup, and a body the checks
 * accept renders to HTML that holds only the tags of prose, no event handler or script URL, and
 * unique heading ids that the page does not use itself (the site's own reserved ids). Seeds: every
 * Markdown file of the fixtures.
 */
class BodyFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(10));
    private static final MarkdownEngine ENGINE = new MarkdownEngine();
    private static final BodyRenderer RENDERER = new BodyRenderer(BodyPages.RESERVED_IDS);
    private static final SourcePos START = new SourcePos("content/models/fuzz.en.md", 1, 1);

    /** What CommonMark and its extensions write for prose: no embedding, no script, no form. */
    static final Set<String> PROSE_TAGS =
            Set.of(
                    "p",
                    "em",
                    "strong",
                    "a",
                    "span",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "br",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "del",
                    "sup",
                    "section");

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]*)\"");

    private static final BodyContext CONTEXT =
            new BodyContext(
                    BodyFuzzTest::href, Map.of("gpt3-paper", 1, "cot-paper", 2), "ref-", "");

    /** Entities exist when their id is well formed, as after a passing check. */
    private static Optional<String> href(EntityKey key) {
        return key.id().matches("[a-z0-9]+(?:[-.][a-z0-9]+)*")
                ? Optional.of("../../" + key.kind().dir() + "/" + key.id() + "/")
                : Optional.empty();
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyBodyIsScannedInsideItselfAndRenderedWithoutScript(byte[] input) {
        BOUND.run(() -> check(input));
    }

    private static void check(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        Body body = new Body("en", markdown, START);
        Node doc = ENGINE.parse(markdown);
        BodyScan scan = BodyScan.of(doc, body);
        List<String> misplaced = new ArrayList<>();
        scan.problems().forEach(p -> where(p.pos(), p.code(), markdown, misplaced));
        scan.entityLinks().forEach(p -> where(p.pos(), "entity link", markdown, misplaced));
        scan.citations().forEach(p -> where(p.pos(), "citation", markdown, misplaced));
        assertEquals(List.of(), misplaced);

        String html = RENDERER.render(doc, CONTEXT);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        Set<String> withImages = new HashSet<>(PROSE_TAGS);
        withImages.add("img");
        assertEquals(List.of(), ScriptScan.strayMarkup(html, withImages), "unescaped markup");
        if (!scan.problems().isEmpty()) {
            return; // the check rejects the body; it never reaches a page
        }
        assertEquals(List.of(), ScriptScan.all(html, PROSE_TAGS), html);
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            String id = m.group(1);
            assertTrue(ids.add(id), () -> "id '" + id + "' twice in " + html);
        }
        Matcher h = HEADING_ID.matcher(html);
        while (h.find()) {
            String id = h.group(1);
            assertFalse(BodyPages.RESERVED_IDS.test(id), () -> "the page's own id '" + id + "'");
        }
    }

    private static void where(SourcePos p, String what, String text, List<String> misplaced) {
        String problem = Positions.inside(p, text);
        if (!p.path().equals(START.path()) || !problem.isEmpty() || p.line() == 0) {
            misplaced.add(what + " at " + p + ": " + problem);
        }
    }
}
