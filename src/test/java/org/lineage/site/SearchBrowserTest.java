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
import org.lineage.render.TemplateSource;
import org.lineage.testutil.Browser;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built fixture site in headless Chromium: search finds pages in English and in Chinese, and a
 * model page opens its cite box. Skipped only where Chromium or its driver is not installed.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class SearchBrowserTest {
    @TempDir static Path tmp;
    static StaticSite server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
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

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Types {@code query} into the search box and returns the result links once they appear. */
    private static List<String> search(String query) {
        WebElement input =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")));
        input.clear();
        input.sendKeys(query);
        return resultLinks();
    }

    /**
     * The result links once there are some, read in one script call: every keystroke rebuilds the
     * list, so elements found earlier may be gone.
     */
    private static List<String> resultLinks() {
        return waiting()
                .until(
                        d -> {
                            Object links =
                                    ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "return Array.from(document.querySelectorAll("
                                                            + "'#search-results li a'),"
                                                            + " a => a.href);");
                            List<String> out = new ArrayList<>();
                            ((List<?>) links).forEach(x -> out.add((String) x));
                            return out.isEmpty() ? null : out;
                        });
    }

    @Test
    void anEnglishQueryFindsTheModelByNameAndLeadsToItsPage() {
        browser.get(server.url("en/search/"));
        List<String> hits = search("tuned");
        assertEquals(server.url("en/models/alpha-tuned/"), hits.get(0), hits.toString());
        assertTrue(hits.contains(server.url("en/models/open-alpha/")), "found by summary: " + hits);
        assertTrue(
                browser.findElement(By.id("search-status")).getText().startsWith("Results: "),
                "status");
        assertEquals(
                "Model",
                browser.findElement(By.cssSelector("#search-results li .search-kind"))
                        .getDomProperty("textContent"));
        browser.findElement(By.cssSelector("#search-results li a")).click();
        waiting().until(ExpectedConditions.urlToBe(server.url("en/models/alpha-tuned/")));
        assertEquals("alpha-tuned", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void chineseQueriesMatchInsideWordsWithoutSegmentation() {
        browser.get(server.url("zh/search/"));
        List<String> tuned = search("指令微调");
        assertEquals(List.of(server.url("zh/models/alpha-tuned/")), tuned);
        List<String> reasoning = search("推理");
        assertEquals(
                server.url("zh/capabilities/reasoning/"), reasoning.get(0), reasoning.toString());
        assertTrue(reasoning.contains(server.url("zh/claims/tuning-helps/")), reasoning.toString());
        assertEquals(
                "能力",
                browser.findElement(By.cssSelector("#search-results li .search-kind"))
                        .getDomProperty("textContent"));
        // the other language's names find the page too
        List<String> english = search("Reasoning");
        assertEquals(server.url("zh/capabilities/reasoning/"), english.get(0), english.toString());
    }

    @Test
    void aQueryInTheAddressIsSearchedOnArrival() {
        browser.get(server.url("zh/search/?q=%E5%BE%AE%E8%B0%83"));
        List<String> hits = resultLinks();
        assertTrue(hits.contains(server.url("zh/methods/tuning/")), hits.toString());
        assertTrue(hits.contains(server.url("zh/glossary/#tuning")), hits.toString());
        assertEquals("微调", browser.findElement(By.id("search-q")).getDomProperty("value"));
    }

    @Test
    void entitiesRankBeforeTheGlossaryAndMatchesAreHighlighted() {
        browser.get(server.url("en/search/?q=tuning"));
        List<String> hits = resultLinks();
        int method = hits.indexOf(server.url("en/methods/tuning/"));
        int term = hits.indexOf(server.url("en/glossary/#tuning"));
        assertTrue(method >= 0 && term > method, "the method before the term: " + hits);
        Object marks =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return Array.from(document.querySelectorAll("
                                        + "'#search-results mark'), m => m.textContent);");
        List<?> texts = (List<?>) marks;
        assertFalse(texts.isEmpty(), "highlighted matches");
        texts.forEach(x -> assertEquals("tuning", ((String) x).toLowerCase(), texts.toString()));
        // the highlight is a <mark> around text: the link's text reads as before
        assertEquals(
                "Tuning",
                browser.findElement(By.cssSelector("#search-results a[href$='methods/tuning/']"))
                        .getText());
    }

    @Test
    void theCiteBoxTakesTheReadersDateAndOffersCopyButtons() {
        browser.get(server.url("en/models/alpha-tuned/"));
        WebElement box = browser.findElement(By.id("cite"));
        waiting().until(d -> box.getDomAttribute("data-ready") != null);
        box.findElement(By.tagName("summary")).click();
        String today = java.time.LocalDate.now().toString();
        String bibtex = box.findElement(By.cssSelector("pre.bibtex")).getText();
        assertTrue(bibtex.contains("urldate = {" + today + "}"), bibtex);
        assertTrue(bibtex.contains("Accessed " + today + "."), bibtex);
        assertTrue(bibtex.contains("Edition 2026.1 of 2026-11-26."), "the edition keeps its date");
        assertTrue(box.getText().contains("is today"), box.getText());
        List<WebElement> copies = box.findElements(By.cssSelector("button.copy"));
        assertEquals(3, copies.size(), "BibTeX, APA and MLA");
        assertEquals("Copy the BibTeX citation", copies.get(0).getDomAttribute("aria-label"));
        copies.get(0).click();
        waiting()
                .until(
                        d ->
                                "Copied"
                                        .equals(
                                                box.findElement(By.cssSelector(".copy-status"))
                                                        .getText()));
    }

    @Test
    void aModelPageShowsItsCiteBox() {
        browser.get(server.url("en/models/alpha-tuned/"));
        WebElement box = browser.findElement(By.id("cite"));
        WebElement bibtex = box.findElement(By.cssSelector("pre.bibtex"));
        assertFalse(bibtex.isDisplayed(), "closed until asked");
        box.findElement(By.tagName("summary")).click();
        waiting().until(ExpectedConditions.visibilityOf(bibtex));
        assertTrue(
                bibtex.getText().startsWith("@misc{lineage-en-models-alpha-tuned,"),
                bibtex.getText());
        assertEquals(
                "https://example.org/kb/en/models/alpha-tuned/",
                box.findElement(By.cssSelector("a.permalink")).getText());
        assertTrue(box.getText().contains("APA"), box.getText());
    }
}
