package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.Generated;
import org.lineage.testutil.SiteFiles;

/**
 * A generated graph of 250 models, past the size at which the matrix splits by family, the tree
 * page lists the families first, and model and capability pages draw only part of the lineage.
 */
class LargeGraphPagesTest {
    static final int MODELS = 250;

    @TempDir static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        for (Map.Entry<String, String> f : Generated.files(MODELS, 11).entrySet()) {
            Path p = content.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
    }

    static String page(String file) throws IOException {
        return SiteFiles.read(site, file);
    }

    @Test
    void matrixSplitsIntoOnePagePerFamily() throws IOException {
        String index = page("en/matrix/index.html");
        assertTrue(index.contains("<a href=\"alpha/\">"), index);
        assertTrue(index.contains("<a href=\"beta/\">"));
        assertFalse(index.contains("<table class=\"matrix\">"), "no table of every model");
        String alpha = page("en/matrix/alpha/index.html");
        assertTrue(alpha.contains("<table class=\"matrix\">"));
        assertTrue(alpha.contains("<a href=\"../../models/m0/\""), "m0 is in alpha");
        assertFalse(alpha.contains("<a href=\"../../models/m1/\""), "m1 is in beta");
        assertTrue(page("zh/matrix/beta/index.html").contains("能力矩阵"));
    }

    @Test
    void treePageListsTheFamiliesBeforeTheLargeDrawing() throws IOException {
        String html = page("en/tree/index.html");
        int families = html.indexOf("id=\"families\"");
        int drawing =
                html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage-tree\"");
        assertTrue(families > 0 && drawing > families, "families first, then the tree");
    }

    @Test
    void modelPagesDrawANeighbourhoodAndSayWhatTheyLeaveOut() throws IOException {
        String html = page("en/models/m177/index.html");
        String lineage = html.substring(html.indexOf("id=\"lineage\""));
        Matcher nodes =
                Pattern.compile("class=\"node[ \"]")
                        .matcher(lineage.substring(0, lineage.indexOf("</svg>")));
        int n = 0;
        while (nodes.find()) {
            n++;
        }
        assertTrue(n > 1 && n <= 24, n + " models drawn");
        assertTrue(lineage.contains("earlier ancestors are not drawn"), "the cut is told");
    }

    @Test
    void capabilityPagesDrawPartOfTheLineageAndSaySo() throws IOException {
        String html = page("en/capabilities/talk/index.html");
        String tree =
                html.substring(
                        html.indexOf("id=\"tree\""),
                        html.indexOf("</section>", html.indexOf("id=\"tree\"")));
        assertTrue(
                tree.contains("The tree shows the first ")
                        || tree.contains("The tree shows the families"),
                tree.substring(tree.indexOf("tree-note") - 20));
        assertTrue(tree.contains("class=\"node holds\"") || tree.contains(">absent</text>"));
    }
}
