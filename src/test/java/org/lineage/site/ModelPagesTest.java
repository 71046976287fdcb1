package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model pages of the shipped site (which ShippedSiteTest holds equal to a fresh build) as a
 * reader meets them: nothing they linked to before the pages were shortened is lost, each claim is
 * listed once, every heading can be linked, the contents point at the page's own ids, the abilities
 * say where they were gained and last changed, and no link is named by a bare "claim".
 */
class ModelPagesTest {
    private static final Path SITE = Path.of("site");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private static String page(String path) throws IOException {
        Path file = SITE.resolve(path.substring(1)).resolve("index.html");
        assumeTrue(Files.isRegularFile(file), "site/ is not built");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<String> modelPages() throws IOException {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            Path dir = SITE.resolve(lang).resolve("models");
            assumeTrue(Files.isDirectory(dir), "site/ is not built");
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                        .map(p -> "/" + lang + "/models/" + p.getFileName() + "/")
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Where each link of a page leads, as a site path or an absolute URL, without fragments. */
    static Set<String> targets(String pagePath, String html) {
        String body = html.substring(html.indexOf("<body"));
        Set<String> out = new TreeSet<>();
        Matcher m = HREF.matcher(body);
        URI base = URI.create("https://site.invalid" + pagePath);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("#")) {
                continue;
            }
            if (href.matches("^[a-z]+:.*")) {
                out.add(href);
                continue;
            }
            String path = base.resolve(href).getPath();
            out.add(path);
        }
        return out;
    }

    @Test
    void everyLinkTargetOfTheLongerModelPagesIsStillReachable() throws IOException {
        Map<String, Set<String>> before = new TreeMap<>();
        for (String line :
                Files.readAllLines(
                        Path.of("src/test/resources/reader/model-page-links.tsv"),
                        StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            before.computeIfAbsent(cols[0], k -> new TreeSet<>()).add(cols[1]);
        }
        assertTrue(before.size() >= 40, "the recorded pages: " + before.keySet());
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : before.entrySet()) {
            Set<String> now = targets(e.getKey(), page(e.getKey()));
            for (String t : e.getValue()) {
                if (!now.contains(t)) {
                    lost.add(e.getKey() + " -> " + t);
                }
            }
        }
        assertEquals(List.of(), lost, "links the model pages had before and lost");
    }

    @Test
    void eachClaimIsListedOnceAndMentionedInHoldsNoClaims() throws IOException {
        for (String path : modelPages()) {
            String html = page(path);
            String mentioned = section(html, "<section class=\"mentioned\"");
            assertFalse(mentioned.contains("/claims/"), path + ": claims under Mentioned in");
            String claims = section(html, "<section id=\"claims\"");
            List<String> listed = new ArrayList<>();
            Matcher m = Pattern.compile("href=\"\\.\\./\\.\\./claims/([^/]+)/\"").matcher(claims);
            while (m.find()) {
                listed.add(m.group(1));
            }
            assertEquals(new LinkedHashSet<>(listed).size(), listed.size(), path + ": " + listed);
        }
        // code-davinci-002's claims about it and those that only mention it, once each
        String cd2 = section(page("/en/models/code-davinci-002/"), "<section id=\"claims\"");
        assertTrue(cd2.contains("claims/opt-approximates-davinci/"), "a claim that mentions it");
        assertTrue(cd2.contains("claims/reasoning-from-code/"), "a claim about it");
    }

    @Test
    void claimsPastTheFirstFourAreFoldedUnderTheirCountByConfidence() throws IOException {
        for (String path : modelPages()) {
            String claims = section(page(path), "<section id=\"claims\"");
            int all = count(claims, "<li>");
            int folded = claims.indexOf("<details class=\"more-claims\">");
            if (all <= 5) {
                assertTrue(folded < 0, path + ": " + all + " claims folded");
                continue;
            }
            assertTrue(folded > 0, path + ": " + all + " claims and none folded");
            assertEquals(4, count(claims.substring(0, folded), "<li>"), path + ": claims shown");
            String summary = claims.substring(folded, claims.indexOf("</summary>", folded));
            String rest = claims.substring(claims.indexOf("</summary>", folded));
            // the tally counts every folded claim, by the confidence its badge shows
            Matcher tally =
                    Pattern.compile("badge-([a-z-]+)\">[^<]+</span>[^0-9]*([0-9]+)")
                            .matcher(summary);
            int counted = 0;
            while (tally.find()) {
                int n = Integer.parseInt(tally.group(2));
                assertEquals(
                        count(rest, "class=\"badge badge-" + tally.group(1) + "\""),
                        n,
                        path + ": folded " + tally.group(1));
                counted += n;
            }
            assertEquals(all - 4, counted, path + ": " + summary);
            assertTrue(summary.contains(String.valueOf(all - 4)), path + ": " + summary);
        }
        assertTrue(
                section(page("/en/models/code-davinci-002/"), "<section id=\"claims\"")
                        .contains("more claims:"));
        assertTrue(
                section(page("/zh/models/code-davinci-002/"), "<section id=\"claims\"")
                        .contains("条论断"));
    }

    @Test
    void longMentionedInListsAreFoldedAndShortOnesOpen() throws IOException {
        int folded = 0;
        for (String path : modelPages()) {
            String mentioned = section(page(path), "<section class=\"mentioned\"");
            if (mentioned.isEmpty()) {
                continue;
            }
            int links = count(mentioned, "<a href=");
            boolean isFolded = mentioned.contains("<details class=\"mentioned-fold\">");
            assertEquals(links > 6, isFolded, path + ": " + links + " entries");
            if (isFolded) {
                folded++;
                assertTrue(mentioned.contains(links + " "), path + ": the summary counts them");
            }
        }
        assertTrue(folded > 0, "no page folds its mentions");
    }

    @Test
    void comparisonsAreListedByNameAndSayWhatTheyDo() throws IOException {
        String compare = section(page("/en/models/code-davinci-002/"), "<section id=\"compare\"");
        assertTrue(
                compare.contains(
                        "aria-label=\"Compare with text-davinci-002\">text-davinci-002</a>"),
                compare);
    }

    @Test
    void relatedModelsSitBesideTheBodyWhenFewAbilitiesLeaveRoomThereAndBesideTheFigureOtherwise()
            throws IOException {
        int beside = 0;
        int byFigure = 0;
        for (String path : modelPages()) {
            String html = page(path);
            if (!html.contains("<section id=\"analogues\"")) {
                continue;
            }
            int abilities = count(section(html, "<section id=\"glance\""), "<th scope=\"row\">");
            int at = html.indexOf("<section id=\"analogues\"");
            boolean underFacts =
                    at > html.indexOf("<div class=\"side-more\">")
                            && at < html.indexOf("<section id=\"lineage\"");
            assertEquals(abilities <= 8, underFacts, path + ": " + abilities + " abilities");
            // the heading level follows the place: a section of its own, or part of the lineage
            assertTrue(
                    html.contains(
                            underFacts
                                    ? "<h2 id=\"analogues-title\""
                                    : "<h3 id=\"analogues-title\""),
                    path);
            if (underFacts) {
                beside++;
            } else {
                byFigure++;
            }
        }
        assertTrue(beside > 0 && byFigure > 0, beside + " beside the body, " + byFigure);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyHeadingHasAnIdAndTheContentsPointAtThem() throws IOException {
        for (String path : modelPages()) {
            String html = page(path);
            assertEquals(List.of(), matches("<h2(?![^>]*\\bid=\")[^>]*>", html), path + ": no id");
            String toc = section(html, "<nav id=\"contents\"");
            Matcher a = Pattern.compile("href=\"#([^\"]+)\"").matcher(toc);
            int entries = 0;
            while (a.find()) {
                entries++;
                assertTrue(html.contains("id=\"" + a.group(1) + "\""), path + ": #" + a.group(1));
            }
            assertTrue(entries >= 2, path + ": contents with " + entries + " entries");
        }
    }

    @Test
    void abilitiesSayWhereTheyWereGainedAndWhereThisModelsStateWasLastChanged() throws IOException {
        String chatgpt = page("/en/models/chatgpt/");
        assertTrue(
                chatgpt.contains(
                        "<a href=\"../../capabilities/in-context-learning/\">In-context"
                                + " learning</a></th><td><span class=\"mark mark-sacrificed\""),
                "ChatGPT's in-context learning is largely sacrificed");
        assertTrue(
                row(chatgpt, "in-context-learning")
                        .endsWith(
                                "gained in <a href=\"../davinci/\">davinci</a> · largely sacrificed"
                                        + " here</td></tr>"),
                row(chatgpt, "in-context-learning"));
        assertTrue(chatgpt.contains("gained in davinci · largely sacrificed here"), "trace");
        String cd2 = page("/en/models/code-davinci-002/");
        assertTrue(row(cd2, "chain-of-thought").endsWith("strengthened here</td></tr>"));
        assertTrue(
                row(cd2, "code-generation")
                        .endsWith(
                                "gained in <a href=\"../code-cushman-001/\">code-cushman-001</a>"
                                        + " · strengthened here</td></tr>"),
                row(cd2, "code-generation"));
        assertTrue(row(chatgpt, "formal-reasoning").contains("absent since "));
        String zh = page("/zh/models/chatgpt/");
        assertTrue(zh.contains("在 davinci 获得；本模型大幅牺牲"), "the Chinese wording");
        for (String path : modelPages()) {
            String html = page(path);
            assertFalse(html.contains("absent</span> <span class=\"label\">absent"), path);
            assertFalse(html.contains("first in "), path + ": the old wording");
            if (path.startsWith("/zh/")) {
                assertFalse(html.contains(">absent<"), path + ": an English word on a zh page");
            }
        }
    }

    @Test
    void noLinkIsNamedByABareClaim() throws IOException {
        for (String path : modelPages()) {
            assertEquals(
                    List.of(),
                    matches("<a href=\"[^\"]*claims/[^\"/]+/\"[^>]*>(claim|论断)</a>", page(path)),
                    path);
        }
        // a prose link whose text is only "claim" carries the statement in its name
        String cd2 = page("/en/models/code-davinci-002/");
        assertTrue(
                cd2.contains(
                        "<a href=\"../../claims/code-davinci-002-free/\" title=\"code-davinci-002"
                                + " was free to use"),
                "the statement as the link's title");
        assertTrue(
                cd2.contains(">claim<span class=\"visually-hidden\">: code-davinci-002 was free"),
                "and in its name");
    }

    @Test
    void chinesePagesShowNoEnglishAliasesAndNoSpellingOfTheName() throws IOException {
        String zh = section(page("/zh/models/chatgpt/"), "<aside class=\"infobox\"");
        assertFalse(zh.contains(">chatgpt"), zh);
        assertFalse(zh.contains("Nov 2022"), zh);
        String td2 = section(page("/zh/models/text-davinci-002/"), "<aside class=\"infobox\"");
        assertFalse(td2.contains("supervised InstructGPT"), td2);
        String en = section(page("/en/models/text-davinci-002/"), "<aside class=\"infobox\"");
        assertTrue(en.contains("supervised InstructGPT"), "English pages keep them");
        assertFalse(
                section(page("/en/models/chatgpt/"), "<aside class=\"infobox\"")
                        .contains("chatgpt、"));
    }

    @Test
    void editLinksOpenTheBodyOfThePagesLanguageAndTheFacts() throws IOException {
        String en = page("/en/models/code-davinci-002/");
        assertTrue(en.contains("blob/main/content/models/code-davinci-002.en.md\">Edit this page"));
        assertTrue(en.contains("blob/main/content/models/code-davinci-002.yaml\">Edit its facts"));
        String zh = page("/zh/models/code-davinci-002/");
        assertTrue(zh.contains("blob/main/content/models/code-davinci-002.zh.md\">编辑此页"));
    }

    @Test
    void theCiteControlSitsBesideTheTitleAndMarksTheAccessDates() throws IOException {
        String html = page("/en/models/davinci/");
        int h1 = html.indexOf("<h1");
        int cite = html.indexOf("<details class=\"cite\" id=\"cite\"");
        int lead = html.indexOf("<p class=\"lead\"");
        assertTrue(h1 > 0 && h1 < cite && cite < lead, "the box between title and summary");
        assertEquals(1, html.split("<details class=\"cite\"", -1).length - 1, "one cite box");
        assertTrue(html.contains("urldate = {<span class=\"accessed\" data-style=\"iso\">"));
        assertTrue(
                html.contains("Accessed <span class=\"accessed\" data-style=\"mla\">5 Dec. 2026"));
        assertTrue(html.contains("(edition 2026.2)"), "the permalink names the edition");
        assertTrue(html.contains("assets/cite.js\" defer></script>"));
        String zh = page("/zh/models/davinci/");
        assertTrue(zh.contains(")[<span class=\"accessed\" data-style=\"iso\">2026-12-05</span>]"));
    }

    private static List<String> matches(String regex, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The row of the abilities-at-a-glance table for {@code capability}. */
    private static String row(String html, String capability) {
        String glance = section(html, "<section id=\"glance\"");
        int at = glance.indexOf("capabilities/" + capability + "/");
        assertTrue(at > 0, capability + " in the glance table");
        int start = glance.lastIndexOf("<tr", at);
        return glance.substring(start, glance.indexOf("</tr>", at) + 5);
    }

    /** From {@code opening} to the end of the element it opens (sections do not nest here). */
    private static String section(String html, String opening) {
        int start = html.indexOf(opening);
        if (start < 0) {
            return "";
        }
        String tag = opening.substring(1, opening.indexOf(' '));
        return html.substring(start, html.indexOf("</" + tag + ">", start));
    }
}
