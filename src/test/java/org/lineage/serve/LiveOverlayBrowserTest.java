package org.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;
import org.lineage.testutil.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped site served as {@code serve} serves it, in headless Chromium: a failed rebuild's
 * diagnostics appear over the page as text (markup in a message stays text), a page opened while
 * the build is broken shows them too, and a good build reloads the page without them. The pages run
 * under the server's Content-Security-Policy without a violation.
 */
class LiveOverlayBrowserTest {
    private static final String BASE = "/gpt35/";

    @TempDir static Path tmp;
    static DevServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        server =
                DevServer.start(
                        new DevServer.Options(
                                Path.of("site"), InetAddress.getLoopbackAddress(), 0, BASE, 8));
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
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static Diagnostic problem() {
        return Diagnostic.error(
                "unknown-ref",
                new SourcePos("content/models/chatgpt.yaml", 3, 7),
                "unknown model '<img id=injected src=x>'",
                "did you mean 'davinci'?");
    }

    private static void open(String path) {
        browser.get(server.uri().resolve(path).toString());
        waiting().until(d -> server.listeners() >= 1);
    }

    @Test
    void showsTheProblemsOverThePageAndReloadsWithoutThemOnceFixed() {
        open("en/models/chatgpt/");
        ((JavascriptExecutor) browser).executeScript("window.beforeReload = true");
        server.failed("The site could not be rebuilt.", List.of(problem()));
        WebElement overlay = waiting().until(d -> d.findElement(By.id("lineage-problems")));
        String text = overlay.getText();
        assertTrue(text.contains("The site could not be rebuilt."), text);
        assertTrue(
                text.contains(
                        "content/models/chatgpt.yaml:3:7: error[unknown-ref]: unknown model"
                                + " '<img id=injected src=x>'"),
                text);
        assertTrue(text.contains("hint: did you mean 'davinci'?"), text);
        assertTrue(browser.findElements(By.id("injected")).isEmpty(), "markup was parsed");
        assertEquals(1, overlay.findElements(By.className("problem")).size());

        server.built(BASE);
        waiting()
                .until(
                        d ->
                                ((JavascriptExecutor) d).executeScript("return window.beforeReload")
                                        == null);
        waiting().until(d -> d.findElements(By.id("lineage-problems")).isEmpty());
        assertTrue(browser.getTitle().contains("ChatGPT"), browser.getTitle());
    }

    @Test
    void aPageOpenedWhileTheBuildIsBrokenShowsTheProblems() {
        server.failed("The site could not be rebuilt.", List.of(problem()));
        try {
            open("zh/models/chatgpt/");
            WebElement overlay = waiting().until(d -> d.findElement(By.id("lineage-problems")));
            assertTrue(overlay.getText().contains("content/models/chatgpt.yaml:3:7"));
        } finally {
            server.built(BASE);
        }
        waiting().until(d -> d.findElements(By.id("lineage-problems")).isEmpty());
    }

    @Test
    void pagesWithScriptsRunUnderTheContentSecurityPolicy() {
        browser.manage().logs().get(LogType.BROWSER);
        for (String page : List.of("en/tree/", "en/models/chatgpt/", "en/search/", "zh/")) {
            open(page);
        }
        String violations =
                browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(e -> e.getMessage())
                        .filter(m -> m.contains("Content Security Policy"))
                        .collect(Collectors.joining("\n"));
        assertEquals("", violations);
        assertNull(
                ((JavascriptExecutor) browser)
                        .executeScript("return document.getElementById('lineage-problems')"));
    }
}
