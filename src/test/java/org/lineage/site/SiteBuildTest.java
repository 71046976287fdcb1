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
                        "confidence/"
                    }) {
                assertTrue(
                        Files.isRegularFile(site.resolve(lang + "/" + p + "index.html")),
                        lang + "/" + p);
            }
        }
        for (String f :
                new String[] {
                    "index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css"
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
        // what this step changed, and the inherited state: recall was gained by the parent and
        // weakened here
        assertTrue(html.contains("mark mark-strengthened"));
        assertTrue(html.contains("mark mark-weakened"));
        assertTrue(html.contains("href=\"../../capabilities/recall/\""));
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
                        "<a href=\"https://github.com/example/kb/blob/main/content/models/alpha-tuned.yaml\">Edit this page</a>"));
        assertTrue(html.contains("OpenAlpha"), "analogue");
        assertTrue(html.contains("<div class=\"table-wrap\">"));
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
    void renamedEntityKeepsItsOldUrl() throws IOException {
        String html = page("en/models/alpha-chat/index.html");
        assertTrue(
                html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../alpha-tuned/\">"),
                html);
        assertTrue(
                html.contains(
                        "<link rel=\"canonical\" href=\"https://example.org/kb/en/models/alpha-tuned/\">"),
                html);
        assertFalse(page("sitemap.xml").contains("alpha-chat"));
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
