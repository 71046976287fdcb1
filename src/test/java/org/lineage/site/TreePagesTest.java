package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.render.Ui;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/**
 * The evolution trees, capability traces and the capability matrix in the small inline site: the
 * pages exist in both languages and show what they promise.
 */
class TreePagesTest {
    @TempDir static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
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

    /** The part of {@code html} from the element with {@code id} to the end of its section. */
    static String section(String html, String id) {
        int a = html.indexOf(" id=\"" + id + "\"");
        assertTrue(a >= 0, "no id " + id);
        int b = html.indexOf("</section>", a);
        return html.substring(a, b < 0 ? html.length() : b);
    }

    @Test
    void treeAndMatrixPagesExistInEveryLanguageAndTheNavigationLeadsThere() throws IOException {
        for (String lang : List.of("en", "zh")) {
            for (String p : List.of("tree/", "tree/alpha/", "matrix/")) {
                assertTrue(Files.isRegularFile(site.resolve(lang + "/" + p + "index.html")), p);
            }
            String home = page(lang + "/index.html");
            assertTrue(home.contains("<a href=\"tree/\">"), "nav and ways in: " + lang);
            assertTrue(home.contains("<a href=\"matrix/\">"));
            assertTrue(section(home, "start").contains("href=\"tree/\""), "home's ways in");
            String tree = page(lang + "/tree/index.html");
            assertTrue(tree.contains("<a href=\"./\" aria-current=\"page\">"), "nav marks Tree");
            assertTrue(
                    page(lang + "/models/alpha-base/index.html")
                            .contains("<a href=\"../../tree/\">"));
        }
        assertTrue(page("en/index.html").contains(">Tree</a>"));
        assertTrue(page("zh/index.html").contains(">演化树</a>"));
        assertTrue(page("zh/index.html").contains(">能力矩阵</a>"));
    }

    @Test
    void wholeTreeDrawsEveryModelWithAnHtmlLegendAnAnalogueSwitchAndTheFamilyTrees()
            throws IOException {
        String html = page("en/tree/index.html");
        assertTrue(
                html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage-tree\""),
                html);
        String plain =
                html.substring(
                        html.indexOf("tree-scroll tree-plain"),
                        html.indexOf("class=\"tree-scroll tree-analogues\""));
        for (String m : List.of("alpha-base", "alpha-tuned")) {
            assertTrue(plain.contains("<a href=\"../models/" + m + "/\" class=\"node"), m);
        }
        // the other lab's analogue waits behind a switch that works without a script, in a
        // drawing of its own where its card names the model it is compared with
        assertFalse(plain.contains("../models/open-alpha/"));
        assertTrue(
                html.contains(
                        "<a href=\"../models/open-alpha/\" class=\"node analogue\""
                                + " data-model=\"open-alpha\" data-analogue-of=\"alpha-tuned\""),
                html);
        assertTrue(
                html.contains(
                        "<input type=\"checkbox\" class=\"analogue-toggle\" id=\"tree-analogues\">"
                                + "<label class=\"analogue-label\" for=\"tree-analogues\">"
                                + "Show other labs\u2019 analogues (1)</label>"),
                html);
        assertFalse(html.contains("open-source"), "the analogues are not called open");
        assertTrue(html.contains("<script src=\"../../assets/tree.js\" defer></script>"));
        String legend = html.substring(html.indexOf("<div class=\"tree-legend\""));
        assertTrue(legend.contains("Lineage edge, by confidence:"));
        assertTrue(legend.contains("<span class=\"legend-item legend-analogue\">"));
        assertTrue(legend.contains("Alpha series"), "the family colours");
        String families = section(html, "families");
        assertTrue(families.contains("<a href=\"alpha/\">Alpha series</a>"), families);
        assertTrue(families.contains("<td class=\"num\">2</td>"), "alpha has two models");
    }

    @Test
    void familyTreeShowsItsModelsAndDrawsTheAnaloguesApart() throws IOException {
        String html = page("zh/tree/alpha/index.html");
        assertTrue(html.contains("<h1>阿尔法系列演化树</h1>"), html);
        assertTrue(html.contains("<a href=\"../../families/alpha/\">关于该系列</a>"));
        // without analogues by default; with them, a second drawing of its own ids
        assertTrue(html.contains("class=\"tree-scroll tree-plain\""));
        assertTrue(html.contains("class=\"tree-scroll tree-analogues\""));
        assertTrue(html.contains("id=\"tree-title\""));
        assertTrue(html.contains("id=\"tree-an-title\""));
        String plain =
                html.substring(
                        html.indexOf("tree-plain"),
                        html.indexOf("class=\"tree-scroll tree-analogues\""));
        assertFalse(
                plain.contains("../../models/open-alpha/"), "the analogue waits for the switch");
        assertTrue(html.contains("<a href=\"../../models/open-alpha/\" class=\"node analogue\""));
        assertTrue(
                page("en/families/alpha/index.html")
                        .contains(
                                "<a href=\"../../tree/alpha/\">This family&#39;s evolution tree</a>"));
    }

    @Test
    void modelPageDrawsItsNeighbourhoodWithItselfHighlighted() throws IOException {
        String html = page("en/models/alpha-tuned/index.html");
        String lineage = section(html, "lineage");
        assertTrue(lineage.contains("<title id=\"nb-title\">Lineage of alpha-tuned</title>"));
        Matcher own =
                Pattern.compile("<a href=\"./\" class=\"node\"[^>]*aria-current=\"page\"")
                        .matcher(lineage);
        assertTrue(own.find(), lineage);
        assertTrue(lineage.contains("<a href=\"../alpha-base/\" class=\"node\""), "its parent");
        assertTrue(
                lineage.contains("<a href=\"../open-alpha/\" class=\"node analogue\""),
                "its analogue");
        assertTrue(lineage.contains("this model"), "the legend names the highlight");
    }

    @Test
    void modelPageTracesEachAbilityStepByStep() throws IOException {
        String traces = section(page("en/models/alpha-tuned/index.html"), "traces");
        // recall: gained by alpha-base, weakened here by tuning
        int recall = traces.indexOf(">Recall</span>");
        assertTrue(recall > 0, traces);
        String item = traces.substring(recall, traces.indexOf("</details>", recall));
        assertTrue(item.contains("gained in alpha-base · weakened here"), item);
        assertTrue(
                item.contains(
                        "<span class=\"step\"><a href=\"../alpha-base/\">alpha-base</a> <span class=\"mark mark-gained\""),
                item);
        assertTrue(
                item.contains(
                        "<span class=\"via\">via <a href=\"../../methods/tuning/\">Tuning</a> <a href=\"../../confidence/\" class=\"badge badge-hypothesis\""),
                item);
        assertTrue(
                item.contains(
                        "<span class=\"argued\">argued in: <a"
                                + " href=\"../../claims/tuning-helps/\">"),
                "edge claim, named by its statement");
        assertFalse(item.contains(">claim</a>"), "no link named by a bare \"claim\"");
        assertTrue(item.contains("<li class=\"current\">"), "the last step is this model");
        assertTrue(item.contains("mark mark-weakened"));
        // reasoning: gained here, argued by a claim
        int reasoning = traces.indexOf(">Reasoning</span>");
        String r = traces.substring(reasoning, traces.indexOf("</details>", reasoning));
        assertTrue(r.contains("mark mark-strengthened"), r);
        assertTrue(r.contains("argued in: <a href=\"../../claims/tuning-helps/\">"), r);
        assertTrue(r.contains("strengthened here"), r);
        String zh = section(page("zh/models/alpha-tuned/index.html"), "traces");
        assertTrue(zh.contains("在 alpha-base 获得；本模型减弱"), zh);
        assertTrue(zh.contains("方法：<a href=\"../../methods/tuning/\">微调</a>"), zh);
    }

    @Test
    void capabilityPageTracesItAlongTheTree() throws IOException {
        String section = section(page("en/capabilities/recall/index.html"), "tree");
        String tree = section.substring(0, section.indexOf("tree-scroll tree-analogues"));
        String analogues = section.substring(section.indexOf("tree-scroll tree-analogues"));
        assertTrue(tree.contains("How Recall changes along the lineage"), tree);
        Matcher holds =
                Pattern.compile("<a href=\"../../models/([a-z-]+)/\" class=\"node holds\"")
                        .matcher(tree);
        List<String> holders = new ArrayList<>();
        while (holds.find()) {
            holders.add(holds.group(1));
        }
        assertEquals(List.of("alpha-base", "alpha-tuned"), holders);
        assertTrue(
                analogues.contains("<a href=\"../../models/open-alpha/\" class=\"node analogue\""));
        assertTrue(tree.contains(">+</text>"), "alpha-base's gain marked");
        assertTrue(tree.contains(">-</text>"), "alpha-tuned's loss marked");
        assertTrue(section.contains("Change at this step:"), "legend of the marks");
        assertTrue(section.contains("holds the ability"));
    }

    @Test
    void matrixCellsLinkToTheClaimsThatArgueThem() throws IOException {
        String html = page("en/matrix/index.html");
        String table = html.substring(html.indexOf("<table class=\"matrix\">"));
        List<String> columns = new ArrayList<>();
        Matcher col =
                Pattern.compile(
                                "<th scope=\"col\" class=\"model\"><a href=\"../models/([a-z-]+)/\"")
                        .matcher(table);
        while (col.find()) {
            columns.add(col.group(1));
        }
        assertEquals(List.of("alpha-base", "alpha-tuned", "open-alpha"), columns, "lineage order");
        assertTrue(
                table.contains(
                        "<td class=\"own mark-strengthened\"><a href=\"../claims/tuning-helps/\" title=\"strengthened here\">++</a></td>"),
                table);
        // recall: gained at alpha-base without a claim, weakened in alpha-tuned
        assertTrue(
                table.contains(
                        "<td class=\"own mark-gained\"><span title=\"gained here\">+</span></td>"),
                table);
        assertTrue(
                table.contains(
                        "<td class=\"own mark-weakened\"><span title=\"weakened here\">-</span></td>"));
        assertTrue(table.contains("<td></td>"), "open-alpha has no state");
        String zh = page("zh/matrix/index.html");
        assertTrue(zh.contains("title=\"在此增强\">++</a>"), zh);
    }

    /** Strings of the trees, traces and matrix, in one language's table. */
    static List<String> words(Ui t, int min) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : t.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("tree.")
                    || k.startsWith("trace.")
                    || k.startsWith("matrix.")
                    || k.equals("nav.tree")
                    || k.equals("nav.matrix")) {
                // the longest literal part, placeholders aside
                String longest = "";
                for (String part : e.getValue().split("\\{[^}]*\\}")) {
                    if (part.strip().length() > longest.length()) {
                        longest = part.strip();
                    }
                }
                if (longest.length() >= min && !longest.contains("'")) {
                    out.add(longest);
                }
            }
        }
        return out;
    }

    /** The text of a page and its title, aria-label and alt attributes, without markup. */
    static String readable(String html) {
        StringBuilder out = new StringBuilder();
        Matcher a = Pattern.compile(" (?:title|aria-label|alt)=\"([^\"]*)\"").matcher(html);
        while (a.find()) {
            out.append(a.group(1)).append('\n');
        }
        out.append(html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " "));
        return out.toString();
    }

    @Test
    void chinesePagesSayNoEnglishAndEnglishPagesNoChinese() throws IOException {
        TemplateSource templates = TemplateSource.packaged();
        List<String> en = words(Ui.load(templates, "en"), 6);
        List<String> zh = words(Ui.load(templates, "zh"), 3);
        en.removeAll(zh);
        List<String> pages =
                List.of(
                        "tree/index.html",
                        "tree/alpha/index.html",
                        "matrix/index.html",
                        "models/alpha-tuned/index.html",
                        "capabilities/recall/index.html",
                        "index.html");
        List<String> found = new ArrayList<>();
        for (String p : pages) {
            // what a reader sees and hears: text, and the words of titles and labels
            String zhPage = readable(page("zh/" + p));
            String enPage = readable(page("en/" + p));
            for (String w : en) {
                if (zhPage.contains(w)) {
                    found.add("zh/" + p + ": " + w);
                }
            }
            for (String w : zh) {
                if (enPage.contains(w)) {
                    found.add("en/" + p + ": " + w);
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(page("zh/tree/index.html").contains("演化关系（线型表示可信度）："), "the check reads");
    }

    @Test
    void idsAreUniqueOnEveryPage() throws IOException {
        Pattern id = Pattern.compile(" id=\"([^\"]*)\"");
        List<String> dup = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : SiteFiles.files(site).entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            Matcher m =
                    id.matcher(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                if (!seen.add(m.group(1))) {
                    dup.add(f.getKey() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), dup);
    }
}
