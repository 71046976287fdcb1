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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.graph.ComparePairs;
import org.lineage.model.DateSpec;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/** The comparison pages, the timeline and the trees as of each year, built from a small site. */
class ReaderViewsSiteTest {
    /** The small site, its erratum (2022-12-12) now also saying the claim was a conclusion. */
    static final String CONTENT =
            SiteFixtures.SMALL.replace(
                    "    credit: \"A Reviewer\"\n",
                    "    credit: \"A Reviewer\"\n    status_before: conclusion\n");

    @TempDir static Path tmp;
    static Path site;
    static CheckResult checked;

    @BeforeAll
    static void build() throws IOException {
        assertTrue(CONTENT.contains("status_before"));
        Path content = InlineSite.write(tmp.resolve("content"), CONTENT);
        checked = InlineSite.check(content);
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
    void theHomePageLeadsToTheTimelineAndThePicker() throws IOException {
        for (String lang : List.of("en", "zh")) {
            String ways = ways(page(lang + "/index.html"));
            assertTrue(ways.contains("href=\"timeline/\""), ways);
            assertTrue(ways.contains("href=\"compare/\""), ways);
        }
    }

    /** The home page's list of ways in. */
    private static String ways(String home) {
        int at = home.indexOf("<ul class=\"ways\">");
        assertTrue(at >= 0, home);
        return home.substring(at, home.indexOf("</ul>", at));
    }

    @Test
    void everyPreRenderedPairHasAPageInBothLanguagesAndARedirectFromTheOtherOrder()
            throws IOException {
        ComparePairs pairs = ComparePairs.of(checked.kb(), checked.graph());
        assertFalse(pairs.all().isEmpty());
        for (ComparePairs.Pair p : pairs.all()) {
            for (String lang : List.of("en", "zh")) {
                String html = page(lang + "/compare/" + p.a() + "/" + p.b() + "/index.html");
                assertTrue(html.contains("data-common=\""), p + " " + lang);
                String swapped = page(lang + "/compare/" + p.b() + "/" + p.a() + "/index.html");
                assertTrue(swapped.contains("url=../../" + p.a() + "/" + p.b() + "/\""), swapped);
                assertTrue(swapped.contains("noindex"));
                for (String m : List.of(p.a(), p.b())) {
                    String model = page(lang + "/models/" + m + "/index.html");
                    assertTrue(
                            model.contains("href=\"../../compare/" + p.a() + "/" + p.b() + "/\""),
                            m + " lists " + p);
                }
            }
        }
    }

    @Test
    void aComparisonShowsTheCommonAncestorStatesPathsClaimsAndFacts() throws IOException {
        String html = page("en/compare/alpha-base/alpha-tuned/index.html");
        assertTrue(html.contains("data-common=\"alpha-base\""));
        assertTrue(
                html.contains(
                        "<tr data-cap=\"recall\" data-a=\"+\" data-b=\"-\" class=\"differs\">"),
                html);
        assertTrue(
                html.contains(
                        "<tr data-cap=\"reasoning\" data-a=\"\" data-b=\"++\" class=\"differs\">"));
        assertTrue(html.contains("data-edge=\"alpha-base alpha-tuned\" data-method=\"tuning\""));
        assertTrue(
                html.contains(
                        "data-claim=\"tuning-helps\" data-status=\"hypothesis\" data-about=\"b\""));
        assertTrue(html.contains("<tr data-fact=\"released\" class=\"differs\">"));
        assertTrue(html.contains("<td data-value=\"2020-06\">"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the small tree");
        assertTrue(page("zh/compare/alpha-base/alpha-tuned/index.html").contains("对比"));
    }

    @Test
    void thePickerListsThePreRenderedPairsForReadersWithoutJavaScript() throws IOException {
        String html = page("en/compare/index.html");
        assertTrue(html.contains("<a href=\"alpha-base/alpha-tuned/\">"), html);
        assertTrue(html.contains("<option value=\"open-alpha\">"));
        assertTrue(html.contains("<script src=\"../../assets/compare.js\" defer></script>"));
        assertTrue(Files.isRegularFile(site.resolve("assets/compare.js")));
    }

    @Test
    void theTimelineListsEveryDatedEventInDateOrder() throws IOException {
        String html = page("en/timeline/index.html");
        Matcher m = Pattern.compile("data-kind=\"(\\w+)\" data-date=\"([^\"]+)\"").matcher(html);
        List<DateSpec> dates = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            kinds.add(m.group(1));
            dates.add(DateSpec.parse(m.group(2)));
        }
        // three releases, two sources, one correction
        assertEquals(6, dates.size(), html);
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) <= 0, dates.toString());
        }
        assertTrue(kinds.containsAll(List.of("release", "source", "correction")));
        assertTrue(html.contains("class=\"interval\""), "alpha-tuned's release is an interval");
        assertTrue(html.contains("class=\"size-chart\""), "alpha-base has a known size");
        // the chart names its point beside it, inside the point's link
        Matcher point =
                Pattern.compile(
                                "<a href=\"../models/alpha-base/\" data-model=\"alpha-base\">"
                                        + "(?:(?!</a>).)*<text class=\"point-label\"[^>]*>([^<]+)</text></a>",
                                Pattern.DOTALL)
                        .matcher(html);
        assertTrue(point.find(), html);
        assertTrue(html.contains("<a href=\"../tree/as-of/2020/\">2020</a>"));
    }

    @Test
    void aClaimCorrectedLaterShowsItsOldStatusInTheEarlierYears() throws IOException {
        String before = page("en/tree/as-of/2020/index.html");
        assertTrue(
                before.contains("data-claim=\"tuning-helps\" data-status=\"conclusion\""), before);
        assertTrue(before.contains("Tuning creates reasoning."), "the text before the erratum");
        String after = page("en/tree/as-of/2022/index.html");
        assertFalse(after.contains("data-claim=\"tuning-helps\""), "corrected by then");
        assertTrue(after.contains("<li data-status=\"hypothesis\">"));
    }

    @Test
    void anAsOfTreeHoldsOnlyTheModelsReleasedByThen() throws IOException {
        String y2020 = page("en/tree/as-of/2020/index.html");
        assertTrue(y2020.contains("1 of today’s 3 models"), y2020);
        assertTrue(y2020.contains("data-model=\"alpha-base\""));
        assertFalse(y2020.contains("data-model=\"alpha-tuned\""));
        assertTrue(page("en/tree/as-of/2022/index.html").contains("data-model=\"alpha-tuned\""));
        assertTrue(Files.isRegularFile(site.resolve("zh/tree/as-of/2023/index.html")));
    }

    @Test
    void theSitemapListsComparisonsAndTheTimelineButNotTheRedirects() throws IOException {
        String xml = page("sitemap.xml");
        assertTrue(
                xml.contains(
                        "<loc>https://example.org/kb/en/compare/alpha-base/alpha-tuned/</loc>"));
        assertTrue(xml.contains("<loc>https://example.org/kb/en/timeline/</loc>"));
        assertFalse(
                xml.contains(
                        "<loc>https://example.org/kb/en/compare/alpha-tuned/alpha-base/</loc>"));
        String search = page("data/search/zh.json");
        assertTrue(
                search.contains(
                        "{\"k\":\"compare\",\"t\":\"alpha-base · alpha-tuned\",\"u\":\"zh/compare/alpha-base/alpha-tuned/\"}"),
                search);
    }

    @Test
    void aBuildWithoutReaderViewsHasNoneOfThesePagesNorLinksToThem() throws IOException {
        Path out = tmp.resolve("without");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                tmp.resolve("content"),
                                "content/",
                                out,
                                false,
                                TemplateSource.packaged(),
                                false));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        assertFalse(Files.exists(out.resolve("en/compare")));
        assertFalse(Files.exists(out.resolve("en/timeline")));
        assertFalse(SiteFiles.read(out, "en/models/alpha-base/index.html").contains("compare/"));
        String ways = ways(SiteFiles.read(out, "en/index.html"));
        assertTrue(ways.contains("href=\"tree/\""), ways);
        assertFalse(ways.contains("timeline/"), ways);
        assertFalse(ways.contains("compare/"), ways);
    }
}
