package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lineage.diag.Diagnostic;

class LinkCheckTest {
    private static final String BASE = "https://example.org/kb/";

    private static final Set<String> FILES =
            Set.of(
                    "en/models/a/index.html",
                    "en/models/b/index.html",
                    "en/glossary/index.html",
                    "assets/site.css");

    private static final String GLOSSARY =
            "<section id=\"tuning\"></section><section id=\"思维链\"></section>";

    /** Each broken link of page a, as {@code line:col: message}. */
    private static List<String> check(String html) {
        LinkCheck links = new LinkCheck("site/", FILES, BASE);
        links.page("en/models/a/index.html", html);
        links.page("en/glossary/index.html", GLOSSARY);
        return links.finish().stream().map(LinkCheckTest::shown).toList();
    }

    private static String shown(Diagnostic d) {
        return d.pos().path() + ":" + d.pos().line() + ":" + d.pos().column() + " " + d.message();
    }

    @Test
    void acceptsRelativeLinksAnchorsAssetsAndTheBaseUrl() {
        String html =
                "<link href=\"../../../assets/site.css\"><a href=\"../b/\">b</a>"
                        + "<a href=\"../../glossary/#tuning\">t</a><a href=\"../../glossary/#%E6%80%9D%E7%BB%B4%E9%93%BE\">z</a>"
                        + "<a href=\"#x\">x</a><p id=\"x\"></p><a href=\"https://example.org/kb/en/models/b/\">abs</a>"
                        + "<a href=\"https://elsewhere.org/nothing\">out</a><a href=\"mailto:a@b.c\">m</a>";
        assertEquals(List.of(), check(html));
    }

    /**
     * A page kept from the last build is not read unless a page written anew links to one of its
     * anchors: then its text is read once and its ids hold the link to account.
     */
    @Test
    void readsAKeptPageOnlyForALinkToItsAnchors() {
        java.util.List<String> read = new java.util.ArrayList<>();
        LinkCheck links = new LinkCheck("site/", FILES, BASE);
        links.kept(List.of("en/glossary/index.html", "en/models/b/index.html"));
        links.page(
                "en/models/a/index.html",
                "<a href=\"../../glossary/#tuning\">t</a><a href=\"../../glossary/#rlhf\">r</a>"
                        + "<a href=\"../b/\">b</a><a href=\"../../../assets/site.css#x\">c</a>");
        List<String> found =
                links
                        .finish(
                                f -> {
                                    read.add(f);
                                    return GLOSSARY;
                                })
                        .stream()
                        .map(LinkCheckTest::shown)
                        .toList();
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:1:48 broken link '../../glossary/#rlhf': no id 'rlhf' in en/glossary/index.html",
                        "site/en/models/a/index.html:1:105 broken link '../../../assets/site.css#x': no id 'x' in assets/site.css"),
                found);
        assertEquals(List.of("en/glossary/index.html"), read);
    }

    @Test
    void reportsAMissingPageAtItsLineAndColumn() {
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:2:10 broken link '../c/': no file en/models/c/index.html"),
                check("<p>\n<a href=\"../c/\">c</a>"));
    }

    @Test
    void reportsAMissingAnchorOnAnotherPageAndOnTheSamePage() {
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:1:10 broken link '../../glossary/#rlhf': no id 'rlhf' in en/glossary/index.html",
                        "site/en/models/a/index.html:1:46 broken link '#nowhere': no id 'nowhere' in en/models/a/index.html"),
                check("<a href=\"../../glossary/#rlhf\">r</a><a href=\"#nowhere\">n</a>"));
    }

    @Test
    void reportsLinksUnderTheBaseUrlThatDoNotExistAndRootRelativeLinks() {
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:1:10 broken link 'https://example.org/kb/zh/': no file zh/index.html",
                        "site/en/models/a/index.html:1:53 broken link '/en/models/b/': absolute path; links must be relative or under the base URL"),
                check(
                        "<a href=\"https://example.org/kb/zh/\">zh</a><a href=\"/en/models/b/\">b</a>"));
    }

    @Test
    void reportsLinksThatLeaveTheSiteAndFolderLinksWithoutSlash() {
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:1:10 broken link '../../../../x/': leaves the site",
                        "site/en/models/a/index.html:1:40 broken link '../b': a folder link must end with '/'"),
                check("<a href=\"../../../../x/\">x</a><a href=\"../b\">b</a>"));
    }

    @Test
    void followsMetaRefreshTargets() {
        assertEquals(
                List.of(
                        "site/en/models/a/index.html:1:37 broken link '../gone/': no file en/models/gone/index.html"),
                check("<meta http-equiv=\"refresh\" content=\"0; url=../gone/\">"));
    }

    @Test
    void readsOnlyWholeAttributeNames() {
        assertEquals(
                List.of(),
                check(
                        "<a data-href=\"../zz/\" xid=\"q\" href=\"../b/\">b</a><svg><a href=\"#s\"/><g id=\"s\"/></svg>"));
    }

    @Test
    void normalisesDotSegments() {
        assertEquals("en/b/", LinkCheck.normalize("en/models/../b/"));
        assertEquals("en/", LinkCheck.normalize("en/models/.."));
        assertEquals(null, LinkCheck.normalize("../x"));
    }

    @Test
    void normalisesAnyPathAsSegmentByDotSegmentResolution() {
        String[] parts = {"a", "bc", "..", ".", "", "index.html", "x.y"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(9);
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    b.append('/');
                }
                b.append(parts[random.nextInt(parts.length)]);
            }
            String path = b.toString();
            assertEquals(byList(path), LinkCheck.normalize(path), path);
        }
    }

    /**
     * The same resolution written plainly: each segment in a list, {@code ..} taking the last one
     * off, {@code .} and empty segments dropped except at the end (a folder keeps its slash).
     */
    private static String byList(String path) {
        List<String> out = new java.util.ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
                if (last) {
                    out.add("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    out.add("");
                }
            } else if (!s.isEmpty() || last) {
                out.add(s);
            }
        }
        return String.join("/", out);
    }
}
