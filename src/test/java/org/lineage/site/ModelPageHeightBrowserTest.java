package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lineage.testutil.Browser;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The English model pages of the shipped site ({@code site/}) that were longest in the first
 * version read in at most half the height they took then at 1280 pixels, and on every model page
 * nothing that is folded away is lost: every link stays in the document, every folded section opens
 * without script by its summary, and with the folds open every claim link and every target of the
 * page's contents is shown. Skipped where Chromium or the built site is missing.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class ModelPageHeightBrowserTest {
    /**
     * The heights in CSS pixels of the first version's longest English model pages at 1280 pixels.
     */
    static final Map<String, Integer> FIRST_VERSION =
            Map.of(
                    "code-davinci-002", 9305,
                    "chatgpt", 8378,
                    "text-davinci-003", 8347,
                    "text-davinci-002", 8237,
                    "davinci", 6790,
                    "text-davinci-001", 5394,
                    "code-cushman-001", 5482);

    /** The share of its first height a page may take now. */
    static final double SHARE = 0.5;

    @TempDir static Path tmp;
    static Path site;
    static StaticSite server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        site = Path.of(System.getProperty("lineage.site", "site"));
        assumeTrue(Files.isRegularFile(site.resolve("en/index.html")), "no built site/ here");
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

    static Stream<String> models() throws IOException {
        Path dir = Path.of(System.getProperty("lineage.site", "site"), "en", "models");
        if (!Files.isDirectory(dir)) {
            return Stream.of("code-davinci-002");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void isShorterWithNothingLost(String id) {
        browser.get(server.url("en/models/" + id + "/"));
        Integer first = FIRST_VERSION.get(id);
        if (first != null) {
            int budget = (int) (first * SHARE);
            Number height =
                    (Number)
                            browser.executeScript(
                                    "return Math.ceil(document.documentElement.scrollHeight);");
            assertTrue(
                    height.intValue() <= budget,
                    () -> id + " is " + height + " px tall at 1280 px; its budget is " + budget);
        }

        // every link and every id stays in the document when folded; opening every fold (as a
        // reader without script can) shows them
        @SuppressWarnings("unchecked")
        List<String> closed =
                (List<String>)
                        browser.executeScript(
                                """
                                var out = [];
                                document.querySelectorAll('main details:not([open])').forEach(
                                  function (d) { out.push(d.querySelector('summary') ? 'ok' : 'no summary'); });
                                return out;
                                """);
        assertTrue(
                closed.stream().allMatch("ok"::equals),
                () -> id + ": a folded section has no summary to open it by");
        List<String> before = links();
        browser.executeScript(
                "document.querySelectorAll('main details').forEach(function (d) { d.open = true; });");
        assertEquals(before, links(), id + ": opening the folds changed what the page links to");
        @SuppressWarnings("unchecked")
        List<String> hiddenClaims =
                (List<String>)
                        browser.executeScript(
                                """
                                var out = [];
                                document.querySelectorAll('main a[href*="/claims/"]').forEach(
                                  function (a) { if (a.getClientRects().length === 0) out.push(a.getAttribute('href')); });
                                return out;
                                """);
        assertEquals(
                List.of(), hiddenClaims, id + ": claim links still hidden with every fold open");
        @SuppressWarnings("unchecked")
        List<String> missingSections =
                (List<String>)
                        browser.executeScript(
                                """
                                var out = [];
                                document.querySelectorAll('main nav a[href^="#"]').forEach(function (a) {
                                  var t = document.getElementById(a.getAttribute('href').slice(1));
                                  if (!t || t.getClientRects().length === 0) out.push(a.getAttribute('href'));
                                });
                                return out;
                                """);
        assertEquals(
                List.of(), missingSections, id + ": table-of-contents targets missing or hidden");
        Object outOfOrder =
                browser.executeScript(
                        """
                        var last = null, out = null;
                        document.querySelectorAll('main nav a[href^="#"]').forEach(function (a) {
                          var t = document.getElementById(a.getAttribute('href').slice(1));
                          if (t && last && !out
                              && !(last.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) {
                            out = a.getAttribute('href');
                          }
                          if (t) last = t;
                        });
                        return out;
                        """);
        assertEquals(null, outOfOrder, id + ": the contents list sections out of the page's order");
    }

    @SuppressWarnings("unchecked")
    private static List<String> links() {
        return new ArrayList<>(
                new TreeSet<>(
                        (List<String>)
                                browser.executeScript(
                                        "return Array.from(document.querySelectorAll('main a[href]'),"
                                                + " function (a) { return a.getAttribute('href'); });")));
    }
}
