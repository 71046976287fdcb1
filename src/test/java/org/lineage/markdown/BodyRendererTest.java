package org.lineage.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;

class BodyRendererTest {
    private final MarkdownEngine engine = new MarkdownEngine();
    private final BodyRenderer renderer =
            new BodyRenderer(Set.of("references", "lineage")::contains);

    private String render(String md, Map<String, Integer> numbers) {
        BodyContext ctx =
                new BodyContext(
                        k ->
                                k.id().equals("gone")
                                        ? Optional.empty()
                                        : Optional.of(
                                                "../../" + k.kind().dir() + "/" + k.id() + "/"),
                        numbers,
                        "ref-",
                        "");
        return renderer.render(engine.parse(md), ctx);
    }

    @Test
    void entityLinksBecomeRelativeLinksToTheirPages() {
        assertEquals(
                "<p>See <a href=\"../../models/davinci/\">davinci</a>.</p>\n",
                render("See [davinci](model:davinci).", Map.of()));
    }

    @Test
    void aLinkToAnEntityWithoutPageKeepsOnlyItsText() {
        assertEquals("<p><span>x</span></p>\n", render("[x](model:gone)", Map.of()));
    }

    @Test
    void citationsBecomeNumberedReferences() {
        assertEquals(
                "<p>Shown <sup class=\"cite\">[<a href=\"#ref-2\">2</a>, <a href=\"#ref-1\">1</a>]</sup>.</p>\n",
                render("Shown [@b; @a].", Map.of("a", 1, "b", 2)));
    }

    @Test
    void citedSourcesAreListedInOrderOfFirstCitation() {
        assertEquals(
                List.of("b", "a", "c"),
                BodyRenderer.citedSources(engine.parse("x [@b] y [@a; @b]\n\n- z [@c; @a]")));
    }

    @Test
    void rawHtmlIsEscapedAndUnsafeSchemesLoseTheirHref() {
        String html =
                render(
                        "<script>alert(1)</script>\n\nA <b onclick=\"x\">b</b> [c](javascript:alert(1)) [d](https://ok.org/a\"b)",
                        Map.of());
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertTrue(html.contains("<span>c</span>"), html);
        assertTrue(html.contains("<a href=\"https://ok.org/a%22b\">d</a>"), html);
        assertFalse(html.contains("nofollow"));
    }

    @Test
    void codeBlocksCanBeReachedByKeyboardToScrollThem() {
        assertEquals(
                "<pre tabindex=\"0\"><code class=\"language-yaml\">id: x\n</code></pre>\n"
                        + "<pre tabindex=\"0\"><code>indented\n</code></pre>\n"
                        + "<p>and <code>inline</code></p>\n",
                render("```yaml\nid: x\n```\n\n    indented\n\nand `inline`", Map.of()));
    }

    @Test
    void headingsGetIdsThatNeverClashWithThePageOwn() {
        String html = render("## References\n\n## Lineage\n\n## 思维链", Map.of());
        assertTrue(html.contains("<h2 id=\"references-1\">References</h2>"), html);
        assertTrue(html.contains("<h2 id=\"lineage-1\">Lineage</h2>"), html);
        assertTrue(html.contains("<h2 id=\"思维链\">思维链</h2>"), html);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHeadingInAReservedFamilyOfIdsGetsAnIdOutsideItInsteadOfHanging() {
        // "ref-" and anything after it is the page's: every numbered variant of "ref-1" is too
        BodyRenderer pageLike =
                new BodyRenderer(Pattern.compile("(ref|tree)-.*").asMatchPredicate());
        BodyContext ctx = new BodyContext(k -> Optional.empty(), Map.of(), "ref-", "");
        String html = pageLike.render(engine.parse("## ref-1\n\n## Tree view\n\n## ref-1"), ctx);
        assertTrue(html.contains("<h2 id=\"h-ref-1\">ref-1</h2>"), html);
        assertTrue(html.contains("<h2 id=\"h-tree-view\">Tree view</h2>"), html);
        assertTrue(html.contains("<h2 id=\"h-ref-1-2\">ref-1</h2>"), html);
        // a glossary term "tree": its prefix puts every heading in the reserved family
        BodyContext tree = new BodyContext(k -> Optional.empty(), Map.of(), "ref-", "tree-");
        String term = pageLike.render(engine.parse("## Growth\n\n## Growth"), tree);
        assertTrue(term.contains("<h2 id=\"h-tree-growth\">"), term);
        assertTrue(term.contains("<h2 id=\"h-tree-growth-2\">"), term);
    }

    @Test
    void footnotesTakeTheBodysPrefixSoThatTwoTermsOnTheGlossaryPageKeepTheirOwn() {
        String md = "Text[^1].\n\n[^1]: A note.";
        List<String> pages = new java.util.ArrayList<>();
        for (String prefix : List.of("tuning-", "recall-")) {
            BodyContext ctx = new BodyContext(k -> Optional.empty(), Map.of(), "ref-", prefix);
            pages.add(renderer.render(engine.parse(md), ctx));
        }
        String tuning = pages.get(0);
        assertTrue(tuning.contains("href=\"#tuning-fn-1\" id=\"tuning-fnref-1\""), tuning);
        assertTrue(tuning.contains("<li id=\"tuning-fn-1\">"), tuning);
        assertTrue(tuning.contains("href=\"#tuning-fnref-1\""), tuning);
        assertTrue(pages.get(1).contains("<li id=\"recall-fn-1\">"), pages.get(1));
        String alone = render(md, Map.of());
        assertTrue(alone.contains("<li id=\"fn-1\">") && alone.contains("href=\"#fnref-1\""));
    }

    @Test
    void headingIdsAreUniqueWithinOneBodyAndFreshForTheNext() {
        String html = render("## A\n\n## A", Map.of());
        assertTrue(html.contains("id=\"a\"") && html.contains("id=\"a-1\""), html);
        assertTrue(render("## A", Map.of()).contains("id=\"a\""));
    }

    @Test
    void headingPrefixKeepsBodiesOnOnePageApart() {
        BodyContext ctx = new BodyContext(k -> Optional.empty(), Map.of(), "ref-", "term-x-");
        assertTrue(renderer.render(engine.parse("## A"), ctx).contains("id=\"term-x-a\""));
    }

    @Test
    void rendersInParallelWithoutMixingContexts() {
        List<String> out =
                java.util.stream.IntStream.range(0, 400)
                        .parallel()
                        .mapToObj(i -> render("[m](model:m" + i + ") [@s]", Map.of("s", i + 1)))
                        .toList();
        for (int i = 0; i < out.size(); i++) {
            assertTrue(out.get(i).contains("models/m" + i + "/"), out.get(i));
            assertTrue(out.get(i).contains("#ref-" + (i + 1) + "\""), out.get(i));
        }
    }

    @Test
    void entityTargetsNeedAKnownKind() {
        assertEquals(Optional.of(new EntityKey(Kind.TERM, "x")), BodyScan.entityTarget("term:x"));
        assertEquals(Optional.empty(), BodyScan.entityTarget("https://x"));
    }
}
