package org.lineage.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of a built site for looking at it: a model page with its cite box open, and the
 * search page with a query, in every language, at a desktop and a phone width.
 *
 * <p>Usage: {@code SiteShots SITE_DIR OUT_DIR MODEL_ID EN_QUERY ZH_QUERY}.
 */
public final class SiteShots {
    private SiteShots() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String model = args[2];
        Files.createDirectories(out);
        try (StaticSite server = StaticSite.serve(site)) {
            for (int width : new int[] {1280, 375}) {
                ChromeDriver b =
                        Browser.open(Files.createTempDirectory("shots-profile"), width, 1000);
                try {
                    for (String lang : new String[] {"en", "zh"}) {
                        String query = lang.equals("en") ? args[3] : args[4];
                        b.get(server.url(lang + "/models/" + model + "/"));
                        WebElement box = b.findElement(By.id("cite"));
                        box.findElement(By.tagName("summary")).click();
                        ((JavascriptExecutor) b)
                                .executeScript("arguments[0].scrollIntoView(true);", box);
                        shot(b, out.resolve("cite." + lang + "." + width + ".png"));
                        b.get(server.url(lang + "/search/"));
                        b.findElement(By.id("search-q")).sendKeys(query);
                        Thread.sleep(500);
                        shot(b, out.resolve("search." + lang + "." + width + ".png"));
                    }
                } finally {
                    b.quit();
                }
            }
        }
    }

    private static void shot(ChromeDriver b, Path to) throws Exception {
        Files.copy(
                b.getScreenshotAs(OutputType.FILE).toPath(),
                to,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
