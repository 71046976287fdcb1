package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/** Builds the small inline site once and checks what its pages say. */
class SiteBuildTest {
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

    @Test
    void writesEveryPageOfTheUrlContract() {
        for (String lang : new String[] {"en", "zh"}) {
            for (String p :
                    new String[] {
                        "",
                        "models/",
                        "families/",
                        "capabilities/",
                        "methods/",
                        "claims/",
                        "sources/",
                        "glossary/",
                        "models/alpha-base/",
                        "models/alpha-tuned/",
                        "models/open-alpha/",
                        "families/alpha/",
                        "capabilities/recall/",
                        "methods/tuning/",
                        "claims/tuning-helps/",
                        "sources/paper-a/",
                        "about/",
                        "confidence/",
                        "search/"
                    }) {
                assertTrue(
                        Files.isRegularFile(site.resolve(lang + "/" + p + "index.html")),
                        lang + "/" + p);
            }
        }
        for (String f :
                new String[] {
                    "index.html",
                    "404.html",
                    "sitemap.xml",
                    "robots.txt",
                    "assets/site.css",
                    "assets/search.js",
                    "data/lineage.json",
                    "data/lineage.schema.json",
                    "data/sources.bib",
                    "data/matrix.csv",
                    "data/lineage.dot",
                    "data/lineage.graphml",
                    "data/models/alpha-tuned.json",
                    "data/csl/zh/models/alpha-tuned.json",
                    "data/csl/en/home.json",
                    "data/csl/zh/glossary.json",
                    "data/search/en.json",
                    "data/search/zh.json"
                }) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
    }

    @Test
    void rootLeadsToTheDefaultLanguageWithoutJavaScript() throws IOException {
        String root = page("index.html");
        assertTrue(root.contains("<meta http-equiv=\"refresh\" content=\"0; url=en/\">"), root);
        assertTrue(root.contains("<a href=\"en/\""), root);
        assertTrue(
                root.contains("<link rel=\"canonical\" href=\"https://example.org/kb/en/\">"),
                root);
        assertFalse(root.contains("<script"));
    }

    @Test
    void pagesDeclareTheirLanguageAndAlternates() throws IOException {
        String en = page("en/models/alpha-tuned/index.html");
        String zh = page("zh/models/alpha-tuned/index.html");
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(zh.contains("<html lang=\"zh-Hans\">"));
        for (String html : new String[] {en, zh}) {
            assertTrue(
                    html.contains(
                            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/kb/en/models/alpha-tuned/\">"));
            assertTrue(
                    html.contains(
                            "<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/kb/zh/models/alpha-tuned/\">"));
            assertTrue(
                    html.contains(
                            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/kb/\">"));
        }
        assertTrue(
                en.contains(
                        "<link rel=\"canonical\" href=\"https://example.org/kb/en/models/alpha-tuned/\">"));
        assertTrue(en.contains("<meta property=\"og:title\" content=\"alpha-tuned\">"));
        assertTrue(
                en.contains(
                        "<meta property=\"og:description\" content=\"Alpha tuned on instructions.\">"));
        assertTrue(zh.contains("<meta property=\"og:description\" content=\"经过指令微调的阿尔法模型。\">"));
    }

    @Test
    void languageSwitchKeepsTheReaderOnTheSamePage() throws IOException {
        String en = page("en/claims/tuning-helps/index.html");
        assertTrue(
                en.contains(
                        "<a href=\"../../../zh/claims/tuning-helps/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">中文</a>"),
                en);
        String zh = page("zh/claims/tuning-helps/index.html");
        assertTrue(
                zh.contains(
                        "<a href=\"../../../en/claims/tuning-helps/\" hreflang=\"en\" lang=\"en\">English</a>"),
                zh);
    }

    @Test
    void linksBetweenPagesAreRelative() throws IOException {
        String html = page("en/models/alpha-tuned/index.html");
        Matcher m = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String href = m.group(1);
            assertFalse(href.startsWith("/"), href);
            assertTrue(
                    !href.startsWith("http")
                            || href.startsWith("https://example.org/kb/")
                            || href.startsWith("https://github.com/example/kb")
                            || href.startsWith("https://example.com/")
                            || href.startsWith("https://arxiv.org/")
                            || href.startsWith("https://doi.org/"),
                    href);
        }
        assertTrue(html.contains("href=\"../alpha-base/\""), "parent link");
        assertTrue(html.contains("href=\"../../methods/tuning/\""), "method link");
        assertTrue(html.contains("href=\"../../glossary/#tuning\""), "term link in body");
    }

    @Test
    void modelPageShowsLineageCapabilitiesClaimsAndReferences() throws IOException {
        String html = page("en/models/alpha-tuned/index.html");
        assertTrue(html.contains("Also known as"));
        assertTrue(html.contains("Alpha Chat"));
        assertTrue(html.contains("Apr–Jul 2022"));
        assertTrue(html.contains("class=\"badge badge-hypothesis\""));
        assertTrue(html.contains("Inferred from behaviour."));
        // the abilities at a glance: recall was gained by the parent and weakened here
        assertTrue(html.contains("mark mark-strengthened"));
        assertTrue(html.contains("mark mark-weakened"));
        assertTrue(html.contains("href=\"../../capabilities/recall/\""));
        assertTrue(
                html.contains(
                        "<td>gained in <a href=\"../alpha-base/\">alpha-base</a> · weakened"
                                + " here</td>"),
                "where recall comes from");
        // citations numbered in order of first citation, then the sources list
        assertTrue(
                html.contains(
                        "<sup class=\"cite\">[<a href=\"#ref-1\">1</a>, <a href=\"#ref-2\">2</a>]</sup>"),
                html);
        assertTrue(
                html.indexOf("id=\"ref-1\"")
                        < html.indexOf("Tuning Alpha</a>", html.indexOf("id=\"ref-1\"")));
        assertTrue(html.contains("Ann Author et al."));
        assertTrue(
                html.contains(
                        "<a href=\"https://github.com/example/kb/blob/main/content/models/alpha-tuned.en.md\">Edit this page</a>"));
        assertTrue(
                html.contains(
                        "<a href=\"https://github.com/example/kb/blob/main/content/models/alpha-tuned.yaml\">Edit its facts (YAML)</a>"));
        assertTrue(html.contains("OpenAlpha"), "analogue");
        assertTrue(html.contains("<section id=\"glance\""));
    }

    @Test
    void backlinksListPagesWhoseTextMentionsTheEntity() throws IOException {
        String html = page("en/models/alpha-base/index.html");
        int mentioned = html.indexOf("id=\"mentioned\"");
        assertTrue(mentioned > 0, "mentioned-in section");
        String tail = html.substring(mentioned);
        assertTrue(tail.contains("href=\"../../families/alpha/\""));
        assertTrue(tail.contains("href=\"../alpha-tuned/\""));
    }

    @Test
    void missingTranslationFallsBackWithAVisibleNotice() throws IOException {
        String zh = page("zh/models/alpha-base/index.html");
        assertTrue(
                zh.contains(
                        "<div class=\"prose\" lang=\"en\"><p class=\"notice\" lang=\"zh-Hans\">本文尚未译成中文"),
                zh);
        assertTrue(zh.contains("Trained on text only"));
        String en = page("en/models/alpha-base/index.html");
        assertFalse(en.contains("class=\"notice\""));
    }

    @Test
    void datesFollowTheLocale() throws IOException {
        assertTrue(page("en/models/alpha-base/index.html").contains("Jun 2020"));
        assertTrue(page("zh/models/alpha-base/index.html").contains("2020年6月"));
        assertTrue(page("zh/models/alpha-tuned/index.html").contains("2022年4月至7月"));
        assertTrue(page("zh/claims/tuning-helps/index.html").contains("2022年12月12日"));
        assertTrue(page("en/claims/tuning-helps/index.html").contains("12 Dec 2022"));
    }

    @Test
    void claimPageGroupsEvidenceByStanceAndListsErrata() throws IOException {
        String html = page("en/claims/tuning-helps/index.html");
        int s = html.indexOf("Supporting evidence");
        int c = html.indexOf("Contradicting evidence");
        int x = html.indexOf("Context");
        assertTrue(s > 0 && c > s && x > c, "supports, contradicts, context in order");
        assertTrue(html.contains("<del>Tuning creates reasoning.</del>"));
        assertTrue(html.contains("Thanks to A Reviewer"));
        assertTrue(html.contains("href=\"../../models/alpha-tuned/\""), "about");
        String zh = page("zh/claims/tuning-helps/index.html");
        assertTrue(
                zh.contains("<del lang=\"en\">Tuning creates reasoning.</del>"), "fallback marked");
    }

    @Test
    void confidenceBadgesLinkToTheScale() throws IOException {
        String html = page("en/claims/index.html");
        assertTrue(
                html.contains("<a href=\"../confidence/\" class=\"badge badge-hypothesis\""), html);
        assertTrue(html.contains("badge badge-open-question"));
    }

    @Test
    void sourcePageGivesTheRecordLinksOutAndWhatCitesIt() throws IOException {
        String html = page("en/sources/paper-a/index.html");
        assertTrue(html.contains("https://arxiv.org/abs/2005.00001"));
        assertTrue(html.contains("Di Fourth"), "full author list");
        assertTrue(html.contains("May 2020"));
        int cited = html.indexOf("id=\"cited-by\"");
        assertTrue(html.indexOf("href=\"../../models/alpha-base/\"", cited) > 0);
        assertTrue(html.indexOf("href=\"../../claims/tuning-helps/\"", cited) > 0);
        String b = page("en/sources/paper-b/index.html");
        assertTrue(b.contains("https://doi.org/10.1000/xyz"));
    }

    @Test
    void glossaryShowsBothLanguagesWithAnAnchorPerTerm() throws IOException {
        String html = page("zh/glossary/index.html");
        assertTrue(html.contains("id=\"tuning\""));
        assertTrue(html.contains("id=\"recall\""));
        assertTrue(html.contains("对已训练模型的继续训练。"));
        assertTrue(html.contains("Further training of a trained model."));
        assertTrue(html.contains("尚未翻译"), "untranslated term marked");
    }

    @Test
    void capabilityAndMethodPagesListTheirLineageSteps() throws IOException {
        String cap = page("en/capabilities/recall/index.html");
        String changes = cap.substring(cap.indexOf("id=\"changes\""));
        assertTrue(
                changes.indexOf("alpha-base") > 0
                        && changes.indexOf("alpha-base") < changes.indexOf("alpha-tuned"),
                "lineage order");
        assertTrue(cap.contains("Where recall comes from is unknown."), "claims about it");
        String method = page("en/methods/tuning/index.html");
        assertTrue(method.contains("href=\"../../models/alpha-tuned/\""));
        assertTrue(method.contains("href=\"../../models/alpha-base/\""));
    }

    @Test
    void renamedEntityKeepsItsOldUrlInEveryLanguage() throws IOException {
        for (String lang : new String[] {"en", "zh"}) {
            String html = page(lang + "/models/alpha-chat/index.html");
            assertTrue(
                    html.contains(
                            "<meta http-equiv=\"refresh\" content=\"0; url=../alpha-tuned/\">"),
                    html);
            assertTrue(
                    html.contains(
                            "<link rel=\"canonical\" href=\"https://example.org/kb/"
                                    + lang
                                    + "/models/alpha-tuned/\">"),
                    html);
            assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), html);
            assertTrue(html.contains("<a href=\"../alpha-tuned/\">alpha-tuned</a>"), html);
            // the old URL is not a page of its own: nothing cites it
            assertFalse(html.contains("citation_"), html);
            assertFalse(html.contains("application/ld+json"), html);
        }
        assertFalse(page("sitemap.xml").contains("alpha-chat"));
    }

    @Test
    void footerNamesTheEditionAndItsDate() throws IOException {
        assertTrue(
                page("en/models/alpha-tuned/index.html")
                        .contains("<span>Edition 2026.1, 26 Nov 2026</span>"));
        assertTrue(page("zh/search/index.html").contains("<span>2026.1 版，2026年11月26日</span>"));
        assertTrue(page("404.html").contains("<span>Edition 2026.1, 26 Nov 2026</span>"));
    }

    @Test
    void modelPageOffersEveryCitationFormatInItsBox() throws IOException {
        String en = page("en/models/alpha-tuned/index.html");
        int box = en.indexOf("<details class=\"cite\" id=\"cite\"");
        assertTrue(box > 0, "cite box");
        String cite = en.substring(box, en.indexOf("</details>", box));
        assertTrue(
                cite.contains(
                        "<summary><span class=\"cite-button\">Cite</span><span"
                                + " class=\"visually-hidden\">: Cite this page</span></summary>"));
        assertTrue(
                cite.contains(
                        "<a class=\"permalink\" href=\"https://example.org/kb/en/models/alpha-tuned/\">"));
        assertTrue(
                cite.contains("<pre class=\"bibtex\"><code>@misc{lineage-en-models-alpha-tuned,"));
        assertTrue(
                cite.contains(
                        "Test Editor. (2026, November 26). alpha-tuned. In Tiny lineage (Edition 2026.1)."));
        assertTrue(cite.contains("<dt>MLA</dt>"));
        assertFalse(cite.contains("GB/T 7714"), "GB/T 7714 is for Chinese pages");
        assertTrue(cite.contains("href=\"../../../data/csl/en/models/alpha-tuned.json\""));
        assertTrue(cite.contains("the date of this edition, 26 Nov 2026"));
        String zh = page("zh/models/alpha-tuned/index.html");
        assertTrue(zh.contains("<span class=\"cite-button\">引用</span>"));
        assertTrue(
                zh.contains(
                        "Test Editor. alpha-tuned[EB/OL]. 小谱系, 2026.1版. (2026-11-26)[<span"
                                + " class=\"accessed\" data-style=\"iso\">2026-11-26</span>]."
                                + " https://example.org/kb/zh/models/alpha-tuned/."));
    }

    @Test
    void everyCitedKindOfPageHasItsBox() throws IOException {
        for (String f :
                new String[] {
                    "en/families/alpha/index.html",
                    "zh/capabilities/recall/index.html",
                    "en/methods/tuning/index.html",
                    "zh/claims/tuning-helps/index.html",
                    "en/sources/paper-a/index.html",
                    "zh/about/index.html",
                    "en/glossary/index.html",
                    "zh/index.html"
                }) {
            assertTrue(page(f).contains("<details class=\"cite\" id=\"cite\""), f);
        }
        for (String f : new String[] {"en/models/index.html", "en/search/index.html", "404.html"}) {
            assertFalse(page(f).contains("class=\"cite\""), f);
        }
    }

    @Test
    void homePageOffersTheDataFilesAndCitesTheWholeKnowledgeBase() throws IOException {
        String html = page("en/index.html");
        for (String f :
                new String[] {
                    "lineage.json",
                    "lineage.schema.json",
                    "sources.bib",
                    "matrix.csv",
                    "lineage.dot",
                    "lineage.graphml"
                }) {
            assertTrue(html.contains("<a href=\"../data/" + f + "\">"), f);
        }
        assertTrue(html.contains(": Cite this knowledge base</span></summary>"));
        assertTrue(html.contains("Tiny lineage (Edition 2026.1) [Data set]"));
        assertTrue(html.contains("\"distribution\":[{\"@type\":\"DataDownload\""));
    }

    @Test
    void searchPageNeedsItsScriptAndSaysSoWithoutIt() throws IOException {
        String html = page("zh/search/index.html");
        assertTrue(html.contains("data-root=\"../../\""));
        assertTrue(html.contains("data-index=\"../../data/search/zh.json\""));
        assertTrue(html.contains("<script src=\"../../assets/search.js\"></script>"));
        int noscript = html.indexOf("<noscript>");
        assertTrue(noscript > 0);
        String fallback = html.substring(noscript, html.indexOf("</noscript>"));
        assertTrue(fallback.contains("需要 JavaScript"));
        assertTrue(fallback.contains("<a href=\"../models/\">"));
        assertTrue(fallback.contains("<a href=\"../glossary/\">"));
        assertTrue(html.contains("<a href=\"./\" aria-current=\"page\">搜索</a>"), "in the nav");
        assertTrue(
                java.util.Arrays.equals(
                        Files.readAllBytes(Path.of("templates/assets/search.js")),
                        Files.readAllBytes(site.resolve("assets/search.js"))));
    }

    @Test
    void sitemapListsEveryPageWithAlternates() throws IOException {
        String xml = page("sitemap.xml");
        assertTrue(xml.contains("<loc>https://example.org/kb/zh/models/alpha-tuned/</loc>"));
        assertTrue(
                xml.contains(
                        "<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/kb/zh/models/alpha-tuned/\"/>"));
        assertTrue(page("robots.txt").contains("Sitemap: https://example.org/kb/sitemap.xml"));
    }

    @Test
    void notFoundPageUsesAbsoluteLinksAndSpeaksEveryLanguage() throws IOException {
        String html = page("404.html");
        assertTrue(html.contains("href=\"https://example.org/kb/en/\""));
        assertTrue(html.contains("href=\"https://example.org/kb/zh/\""));
        assertTrue(html.contains("lang=\"zh-Hans\""));
        assertTrue(html.contains("页面不存在"));
        assertTrue(html.contains("Page not found"));
    }

    @Test
    void chinesePagesCarryNoEnglishInterfaceWordsAndTheReverse() throws IOException {
        Map<String, byte[]> files = SiteFiles.files(site);
        String[] english = {
            "Models",
            "Families",
            "Capabilities",
            "Claims",
            "Sources",
            "Glossary",
            "References",
            "Lineage",
            "Parents",
            "Children",
            "Edit this page",
            "Mentioned in",
            "Released",
            "Organization",
            "Evidence",
            "Errata",
            "Skip to content",
            "Home"
        };
        String[] chinese = {"模型", "能力", "论断", "文献", "术语表", "参考文献", "谱系", "编辑此页", "首页"};
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html") || !f.getKey().contains("/")) {
                continue;
            }
            String html = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            String visible = uiOnly(html);
            String[] foreign = f.getKey().startsWith("zh/") ? english : chinese;
            for (String word : foreign) {
                assertFalse(
                        Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(word) + "($|[^\\p{L}])")
                                .matcher(visible)
                                .find(),
                        f.getKey() + " shows '" + word + "'");
            }
        }
    }

    /** The page's text without the parts written by contributors (marked by their lang). */
    private static String uiOnly(String html) {
        String s = html.replaceAll("(?s)<div class=\"prose\".*?</div>", "");
        s = s.replaceAll("(?s)<(?!html)(\\w+)[^>]*\\slang=\"[^\"]*\"[^>]*>.*?</\\1>", "");
        s = s.replaceAll("(?s)<head>.*?</head>", "");
        return s.replaceAll("<[^>]*>", " ");
    }
}
