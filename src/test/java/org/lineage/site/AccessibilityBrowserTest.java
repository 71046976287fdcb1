package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lineage.testutil.Browser;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped site ({@code site/}) checked by axe-core in headless Chromium: a sample of pages of
 * every kind, in English and Chinese, at a desktop and a phone width, in the light colour scheme
 * and (once per page and language, for the rules that look at colours) the dark one, has no
 * violation of WCAG 2.0, 2.1 or 2.2 level A or AA, or of axe's best practices, that axe can find,
 * and on the phone nothing but a figure or a table scrolls sideways. No rule is turned off.
 * axe-core is vendored in {@code src/test/resources/axe/} (its README says how to update it).
 * Skipped where Chromium or the built site is missing.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class AccessibilityBrowserTest {
    /**
     * The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA and axe's best practices, as
     * axe-core tags its rules (2.2 adds no rule at level A).
     */
    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** The rules among those whose outcome depends on the colours: all the dark scheme changes. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** How many of a violation's elements the failure message names. */
    static final int TARGETS_SHOWN = 4;

    /**
     * One page of the sample: its path with {@code %s} for the language, what to type into its
     * search box in English and in Chinese, if anything, and the element that shows that the page's
     * script is done, if it has one to wait for.
     */
    record Sample(String path, String en, String zh, String ready) {
        static Sample page(String path) {
            return new Sample(path, null, null, null);
        }

        String in(String lang) {
            return path.formatted(lang);
        }

        String query(String lang) {
            return lang.equals("en") ? en : zh;
        }
    }

    static final List<Sample> PAGES =
            List.of(
                    Sample.page("%s/"),
                    Sample.page("%s/models/code-davinci-002/"),
                    Sample.page("%s/models/text-davinci-002/"),
                    Sample.page("%s/capabilities/chain-of-thought/"),
                    Sample.page("%s/claims/alignment-tax/"),
                    Sample.page("%s/sources/bloom-paper/"),
                    Sample.page("%s/tree/"),
                    Sample.page("%s/tree/gpt-3.5/"),
                    Sample.page("%s/tree/as-of/2021/"),
                    Sample.page("%s/matrix/"),
                    Sample.page("%s/summary/"),
                    new Sample("%s/search/", "chain of thought", "思维链", "#search-results li"),
                    new Sample(
                            "%s/compare/#code-davinci-002/text-davinci-002",
                            null, null, "#compare-result[data-pair]"),
                    Sample.page("%s/compare/code-davinci-002/text-davinci-002/"),
                    Sample.page("%s/timeline/"),
                    Sample.page("v/2026.1/%s/models/text-davinci-002/"));

    /** Window widths in CSS pixels: a desktop and a phone. */
    static final int DESKTOP = 1280;

    static final int PHONE = 375;

    @TempDir static Path tmp;
    static StaticSite server;
    static ChromeDriver browser;

    /** The width the browser emulates now: the pages follow one another in one session. */
    static int emulated = DESKTOP;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        Path site = Path.of(System.getProperty("lineage.site", "site"));
        assumeTrue(Files.isRegularFile(site.resolve("en/index.html")), "no built site/ here");
        String axe;
        try (InputStream in =
                AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = StaticSite.serve(site);
        browser = Browser.open(tmp.resolve("profile"), DESKTOP, 900);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // axe goes into every page as it loads, before the page's own scripts, without being sent
        // over the driver's connection each time
        browser.executeCdpCommand("Page.enable", Map.of());
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
        scheme(false);
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

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            for (Sample p : PAGES) {
                // the dark scheme once per page and language: at the desktop's width in English,
                // at the phone's in Chinese, so that each page is seen dark at both
                int dark = lang.equals("en") ? DESKTOP : PHONE;
                all.add(Arguments.of(p.in(lang), p.query(lang), p.ready(), dark));
            }
        }
        return all.stream();
    }

    /**
     * One load of the page, checked at both widths, and at the width {@code dark} also in the dark
     * scheme (the colour rules only: nothing else depends on the scheme). The page is loaded at the
     * width the page before left, and resized for the other: its scripts react to a resize as to a
     * load at that width (the tree recomputes which drawings overflow), and every change of
     * emulation costs the browser a frame or two.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoWcagViolations(String path, String query, String ready, int dark) {
        browser.get(server.url(path));
        assertTrue(
                browser.findElements(By.id("main")).size() == 1,
                () -> path + " did not load: " + browser.getCurrentUrl());
        if (query != null) {
            browser.findElement(By.id("search-q")).sendKeys(query);
        }
        if (ready != null) {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        }
        List<String> found = new ArrayList<>();
        int[] widths = emulated == PHONE ? new int[] {PHONE, DESKTOP} : new int[] {DESKTOP, PHONE};
        for (int width : widths) {
            if (width != emulated) {
                screen(width);
                // the resize event comes with the next frame; axe works out the styles itself
                browser.executeAsyncScript("requestAnimationFrame(arguments[0]);");
            }
            found.addAll(violations(path + " at " + width + "px", "tag", TAGS));
            if (width == dark) {
                scheme(true);
                found.addAll(violations(path + " at " + width + "px, dark", "rule", COLOUR_RULES));
                scheme(false);
            }
            if (width == PHONE) {
                reflow(path).ifPresent(found::add);
            } else {
                navigationOnOneRow(path).ifPresent(found::add);
            }
        }
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }

    /**
     * WCAG 1.4.10 (reflow), which axe does not check: on a phone only figures and tables scroll
     * sideways. Measured against the screen, as a phone widens its window to a page that overflows.
     */
    private static Optional<String> reflow(String path) {
        Number wide =
                (Number)
                        browser.executeScript(
                                "return document.documentElement.scrollWidth - arguments[0];",
                                PHONE);
        return wide.intValue() <= 0
                ? Optional.empty()
                : Optional.of(
                        "reflow on "
                                + path
                                + " at "
                                + PHONE
                                + "px: the page is "
                                + wide
                                + "px wider than the screen");
    }

    /** On a desktop the section navigation is one row of links under the site's name. */
    private static Optional<String> navigationOnOneRow(String path) {
        Number rows =
                (Number)
                        browser.executeScript(
                                """
                                var tops = {};
                                document.querySelectorAll('.sections li').forEach(function (li) {
                                  tops[Math.round(li.getBoundingClientRect().top)] = true;
                                });
                                return Object.keys(tops).length;
                                """);
        return rows.intValue() <= 1
                ? Optional.empty()
                : Optional.of(
                        "the section navigation of "
                                + path
                                + " takes "
                                + rows
                                + " rows at "
                                + DESKTOP
                                + "px");
    }

    /** Sets the viewport: a phone's screen below 500 pixels, as {@link Browser} does. */
    private static void screen(int width) {
        emulated = width;
        if (width < 500) {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void scheme(boolean dark) {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(
                                Map.of(
                                        "name",
                                        "prefers-color-scheme",
                                        "value",
                                        dark ? "dark" : "light"))));
    }

    /**
     * Runs axe on the loaded page, only the rules with one of the tags, or only the rules named
     * ({@code type} "tag" or "rule"); one line per violated rule, naming its first few elements.
     */
    @SuppressWarnings("unchecked")
    private static List<String> violations(String where, String type, List<String> values) {
        Object r =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                """
                                var done = arguments[arguments.length - 1];
                                axe.run(document, {
                                  runOnly: {type: arguments[1], values: arguments[0]},
                                  resultTypes: ['violations']
                                }).then(function (r) {
                                  done(r.violations.map(function (v) {
                                    return {id: v.id, impact: v.impact, help: v.help,
                                      targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                                  }));
                                }, function (e) { done(String(e)); });
                                """,
                                values,
                                type);
        assertTrue(r instanceof List, () -> where + ": axe failed: " + r);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) r) {
            List<String> targets = (List<String>) v.get("targets");
            String shown =
                    String.join(", ", targets.subList(0, Math.min(TARGETS_SHOWN, targets.size())));
            String more =
                    targets.size() > TARGETS_SHOWN
                            ? " (+" + (targets.size() - TARGETS_SHOWN) + " more)"
                            : "";
            lines.add(
                    v.get("id")
                            + " ("
                            + v.get("impact")
                            + ") on "
                            + where
                            + ": "
                            + v.get("help")
                            + "; "
                            + targets.size()
                            + " elements: "
                            + shown
                            + more);
        }
        return lines;
    }
}
