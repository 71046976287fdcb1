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
 * a reader of the Chinese site meets them: no state is written in the English word the YAML uses.
 */
class ShippedComparePagesTest {
    private static final Path SITE = Path.of("site");

    @Test
    void chineseComparisonsWriteNoStateInEnglish() throws IOException {
        Path dir = SITE.resolve("zh/compare");
        assumeTrue(Files.isDirectory(dir), "site/ is not built");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(dir)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        int read = 0;
        for (Path p : pages) {
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
}
