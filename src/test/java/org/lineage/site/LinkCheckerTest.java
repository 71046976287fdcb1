package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {
    private static final String BASE = "https://example.org/kb/";

    private static List<String> check(
            String html, Set<String> files, LinkChecker.PageLinks... others) {
        List<LinkChecker.PageLinks> pages = new java.util.ArrayList<>(List.of(others));
        pages.add(LinkChecker.scan("en/models/a/index.html", html));
        return LinkChecker.check(pages, files, BASE);
    }

    private static final Set<String> FILES =
            Set.of(
                    "en/models/a/index.html",
                    "en/models/b/index.html",
                    "en/glossary/index.html",
                    "assets/site.css");
    private static final LinkChecker.PageLinks GLOSSARY =
            LinkChecker.scan(
                    "en/glossary/index.html",
                    "<section id=\"tuning\"></section><section id=\"思维链\"></section>");

    @Test
    void acceptsRelativeLinksAnchorsAssetsAndTheBaseUrl() {
        String html =
                "<link href=\"../../../assets/site.css\"><a href=\"../b/\">b</a>"
                        + "<a href=\"../../glossary/#tuning\">t</a><a href=\"../../glossary/#%E6%80%9D%E7%BB%B4%E9%93%BE\">z</a>"
                        + "<a href=\"#x\">x</a><p id=\"x\"></p><a href=\"https://example.org/kb/en/models/b/\">abs</a>"
                        + "<a href=\"https://elsewhere.org/nothing\">out</a><a href=\"mailto:a@b.c\">m</a>";
        assertEquals(List.of(), check(html, FILES, GLOSSARY));
    }

    @Test
    void reportsAMissingPage() {
        assertEquals(
                List.of(
                        "en/models/a/index.html: broken link '../c/' (no file en/models/c/index.html)"),
                check("<a href=\"../c/\">c</a>", FILES, GLOSSARY));
    }

    @Test
    void reportsAMissingAnchorOnAnotherPageAndOnTheSamePage() {
        assertEquals(
                List.of(
                        "en/models/a/index.html: broken link '#nowhere' (no id 'nowhere' in en/models/a/index.html)",
                        "en/models/a/index.html: broken link '../../glossary/#rlhf' (no id 'rlhf' in en/glossary/index.html)"),
                check(
                        "<a href=\"../../glossary/#rlhf\">r</a><a href=\"#nowhere\">n</a>",
                        FILES,
                        GLOSSARY));
    }

    @Test
    void reportsLinksUnderTheBaseUrlThatDoNotExistAndRootRelativeLinks() {
        assertEquals(
                List.of(
                        "en/models/a/index.html: broken link '/en/models/b/' (absolute path; links must be relative or under the base URL)",
                        "en/models/a/index.html: broken link 'https://example.org/kb/zh/' (no file zh/index.html)"),
                check(
                        "<a href=\"https://example.org/kb/zh/\">zh</a><a href=\"/en/models/b/\">b</a>",
                        FILES,
                        GLOSSARY));
    }

    @Test
    void reportsLinksThatLeaveTheSiteAndFolderLinksWithoutSlash() {
        assertEquals(
                List.of(
                        "en/models/a/index.html: broken link '../../../../x/' (leaves the site)",
                        "en/models/a/index.html: broken link '../b' (a folder link must end with '/')"),
                check("<a href=\"../../../../x/\">x</a><a href=\"../b\">b</a>", FILES, GLOSSARY));
    }

    @Test
    void followsMetaRefreshTargets() {
        assertEquals(
                List.of(
                        "en/models/a/index.html: broken link '../gone/' (no file en/models/gone/index.html)"),
                check(
                        "<meta http-equiv=\"refresh\" content=\"0; url=../gone/\">",
                        FILES,
                        GLOSSARY));
    }

    @Test
    void normalisesDotSegments() {
        assertEquals("en/b/", LinkChecker.normalize("en/models/../b/"));
        assertEquals("en/", LinkChecker.normalize("en/models/.."));
        assertEquals(null, LinkChecker.normalize("../x"));
    }
}
