package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The comparison pages of the shipped site (which ShippedSiteTest holds equal to a fresh build) as
 * a reader meets them: no state is written in the English word the YAML uses on the Chinese site,
 * and no empty "steps down to" headings where two models share no ancestor.
 */
class ShippedComparePagesTest {
    private static final Path SITE = Path.of("site");

    @Test
    void chineseComparisonsWriteNoStateInEnglish() throws IOException {
        int read = 0;
        for (Path p : pages("zh")) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            if (!html.contains("id=\"comparison\"")) {
                continue;
            }
            read++;
            String body = html.substring(html.indexOf("id=\"comparison\""));
            // the text a reader sees: tags and their attributes left out
            String text = body.replaceAll("<[^>]*>", " ");
            assertFalse(text.contains("absent"), p + " shows \"absent\"");
        }
        assertTrue(read > 10, "comparison pages read: " + read);
    }

    @Test
    void noComparisonShowsAnEmptyListOfStepsDown() throws IOException {
        int without = 0;
        int with = 0;
        for (String lang : List.of("en", "zh")) {
            for (Path p : pages(lang)) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                if (html.contains("data-common=\"\"")) {
                    // the sentence that there is none stands alone: no empty headings
                    assertFalse(html.contains("compare-path"), p.toString());
                    assertFalse(html.contains("class=\"side-a\""), p.toString());
                    // nor a drawing said to show one on top
                    String apart = lang.equals("en") ? "no recorded line joins them" : "没有连接二者的谱系";
                    assertTrue(html.contains(apart), p.toString());
                    without++;
                } else if (html.contains("data-common=")) {
                    // a line down to each, or the line that says the model is the ancestor
                    for (String side : List.of("a", "b")) {
                        String at = "\" data-side=\"" + side + "\"";
                        assertTrue(
                                html.contains("class=\"compare-path" + at)
                                        || html.contains("compare-path-note" + at),
                                p + " " + side);
                        assertFalse(html.contains("compare-path" + at + "></ol>"), p + " " + side);
                    }
                    with++;
                }
            }
        }
        assertTrue(without > 0 && with > 0, without + " without, " + with + " with");
    }

    /** Every page under the comparisons of {@code lang}. */
    private static List<Path> pages(String lang) throws IOException {
        Path dir = SITE.resolve(lang + "/compare");
        assumeTrue(Files.isDirectory(dir), "site/ is not built");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
    }
}
