package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.lineage.check.CheckResult;
import org.lineage.graph.ComparePairs;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.Browser;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The comparison picker in headless Chromium: for a sample of the pre-rendered pairs it shows the
 * same facts as their pages (common ancestor, paths, infobox facts, each capability's states and
 * differing steps, the claims), and it compares pairs that have no page.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class CompareBrowserTest {
    /** How many differing capabilities a comparison shows with their steps (its views' rule). */
    static final int FULL_ROWS = 30;

    @TempDir static Path tmp;
    static StaticSite server;
    static WebDriver browser;
    static CheckResult checked;

    /** Reads a comparison's facts from the data- attributes under {@code root}, as JSON. */
    static final String FACTS =
            """
            var root = document.querySelector(arguments[0]);
            function all(sel, f) { return Array.prototype.map.call(root.querySelectorAll(sel), f); }
            return JSON.stringify({
              common: root.querySelector('[data-common]').getAttribute('data-common'),
              a: all('ol.compare-path[data-side=a] li', function (e) {
                return [e.dataset.edge, e.dataset.method, e.dataset.confidence]; }),
              b: all('ol.compare-path[data-side=b] li', function (e) {
                return [e.dataset.edge, e.dataset.method, e.dataset.confidence]; }),
              paths: all('ol.compare-path', function (e) { return e.dataset.side; }),
              notes: all('p.compare-path-note', function (e) {
                return [e.dataset.side, e.textContent]; }),
              facts: all('tr[data-fact]', function (e) {
                return [e.dataset.fact].concat(Array.prototype.map.call(
                  e.querySelectorAll('td[data-value]'), function (d) { return d.dataset.value; })); }),
              caps: all('tr[data-cap]', function (e) {
                return [e.dataset.cap, e.dataset.a, e.dataset.b,
                  Array.prototype.map.call(e.querySelectorAll('[data-side=a] [data-step]'),
                    function (s) { return s.dataset.step; }).join(','),
                  Array.prototype.map.call(e.querySelectorAll('[data-side=b] [data-step]'),
                    function (s) { return s.dataset.step; }).join(',')]; }),
              more: all('[data-more]', function (e) {
                return [e.dataset.more, e.textContent, e.closest('table') ? 'in a table' : 'below']; }),
              alike: all('[data-alike]', function (e) {
                return [e.dataset.alike, e.textContent, e.closest('table') ? 'in a table' : 'below']; }),
              tables: all('table.compare-capabilities', function (e) { return e.rows.length > 0; }),
              claims: all('li[data-claim]', function (e) {
                return [e.dataset.claim, e.dataset.status, e.dataset.about]; })
            });
            """;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SIBLINGS);
        checked = InlineSite.check(content);
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        server = StaticSite.serve(site);
        browser = Browser.open(tmp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String picked(String lang, String x, String y) {
        browser.get(server.url(lang + "/compare/#" + x + "/" + y));
        String a = x.compareTo(y) < 0 ? x : y;
        String b = x.compareTo(y) < 0 ? y : x;
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        ExpectedConditions.attributeToBe(
                                By.id("compare-result"), "data-pair", a + " " + b));
        return (String) ((JavascriptExecutor) browser).executeScript(FACTS, "#compare-result");
    }

    private static String page(String lang, ComparePairs.Pair p) {
        browser.get(server.url(lang + "/compare/" + p.a() + "/" + p.b() + "/"));
        return (String) ((JavascriptExecutor) browser).executeScript(FACTS, "#comparison");
    }

    @Test
    void thePickerShowsTheSameFactsAsThePagesOfASampleOfPairs() {
        List<ComparePairs.Pair> all =
                new ArrayList<>(ComparePairs.of(checked.kb(), checked.graph()).all());
        assertTrue(all.size() > 20, "pairs: " + all.size());
        int compared = 0;
        for (int i = 0; i < all.size(); i += 5) {
            ComparePairs.Pair p = all.get(i);
            String lang = i % 2 == 0 ? "en" : "zh";
            String expected = page(lang, p);
            assertTrue(
                    expected.contains("\"caps\":[[") || expected.contains("\"alike\":[["),
                    expected);
            // the one-line lists stand below the table, in the page's width
            assertFalse(expected.contains("in a table"), expected);
            // typed in the other order: the picker puts the ids in order as the pages do
            assertEquals(expected, picked(lang, p.b(), p.a()), p.toString());
            compared++;
        }
        for (String[] p : new String[][] {{"grand", "lone"}, {"c03", "root"}}) {
            ComparePairs.Pair pair = ComparePairs.Pair.of(p[0], p[1]);
            assertEquals(page("en", pair), picked("en", p[0], p[1]), pair.toString());
            compared++;
        }
        // grand and lone share no ancestor: no lines down to either, on the page or in the picker
        assertTrue(page("en", ComparePairs.Pair.of("grand", "lone")).contains("\"paths\":[]"));
        // root is c03's ancestor: on its side a line that says so, not an empty list
        assertTrue(page("en", ComparePairs.Pair.of("c03", "root")).contains("\"paths\":[\"a\"]"));
        assertTrue(
                page("en", ComparePairs.Pair.of("c01", "c03")).contains("\"paths\":[\"a\",\"b\"]"));
        assertTrue(compared >= 6, "compared " + compared);
    }

    @Test
    void siblingsThatHoldEveryAbilityAlikeHaveNoTableOnlyTheLineNamingThem() {
        String alike = page("en", ComparePairs.Pair.of("c01", "c03"));
        assertTrue(alike.contains("\"tables\":[]"), alike);
        assertTrue(
                alike.contains("\"alike\":[[\"talk\",\"Held alike by both (1): Talk +\""), alike);
        assertEquals(alike, picked("en", "c03", "c01"));
    }

    @Test
    void aComparisonShowsThirtyDifferencesWithTheirStepsAndTheRestInOneLine() {
        // grand gains every skill and loses talk: it differs from lone in every capability
        String both = page("en", ComparePairs.Pair.of("grand", "lone"));
        int differing = SiteFixtures.SKILLS + 1;
        assertEquals(FULL_ROWS, both.split("\\[\"(s[0-9]+|talk)\",").length - 1, both);
        assertTrue(both.contains("\"more\":[[\""), both);
        assertTrue(both.contains("More differences (" + (differing - FULL_ROWS) + ")"), both);
        // the last skills by id, with their two states
        assertTrue(both.contains("s32:+:"), both);
        assertTrue(both.contains("Skill 32 + \u2192 \u2014"), both);
        assertEquals(both, picked("en", "lone", "grand"));
    }

    @Test
    void thePickerComparesPairsThatHaveNoPage() {
        String facts = picked("en", "c01", "c12");
        assertTrue(facts.contains("\"common\":\"root\""), facts);
        assertTrue(facts.contains("[\"root c01\",\"tune\",\"documented\"]"), facts);
        String none = picked("en", "lone", "c12");
        assertTrue(none.contains("\"common\":\"\""), none);
    }

    @Test
    void thePickerSaysWhenAModelIsUnknown() {
        browser.get(server.url("en/compare/#c01/nosuch"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        ExpectedConditions.textToBe(
                                By.id("compare-status"), "No model with the id “nosuch”."));
    }
}
