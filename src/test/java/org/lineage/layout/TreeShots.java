package org.lineage.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.lineage.testutil.Browser;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of the evolution trees of a built site, for looking at them: the whole tree (with and
 * without the analogues), a family tree, a family page and a model page, in every language, at a
 * desktop and a phone width. On a desktop the shot runs from the top of the page to the end of the
 * first figure; on a phone it is the screen once the figure is scrolled into view.
 *
 * <p>Usage: {@code TreeShots SITE_DIR OUT_DIR [PAGE ...]}, pages such as {@code tree/} or {@code
 * models/chatgpt/}.
 */
public final class TreeShots {
    private static final List<String> PAGES =
            List.of(
                    "tree/",
                    "tree/gpt-3.5/",
                    "families/gpt-3.5/",
                    "models/text-davinci-002/",
                    "models/davinci/",
                    "capabilities/chain-of-thought/");

    private TreeShots() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "site");
        Path out = Path.of(args.length > 1 ? args[1] : "target/tree-shots");
        List<String> pages = args.length > 2 ? List.of(args).subList(2, args.length) : PAGES;
        Files.createDirectories(out);
        try (StaticSite server = StaticSite.serve(site)) {
            for (int width : new int[] {1280, 375}) {
                ChromeDriver b = Browser.open(Files.createTempDirectory("tree-shots"), width, 900);
                try {
                    for (String lang : List.of("en", "zh")) {
                        for (String page : pages) {
                            String name = page.replaceAll("/$", "").replace('/', '_');
                            b.get(server.url(lang + "/" + page));
                            shoot(b, width, out.resolve(name + "." + lang + "." + width + ".png"));
                            List<WebElement> toggle =
                                    b.findElements(By.cssSelector(".analogue-label"));
                            if (page.equals("tree/") && width >= 500) {
                                b.findElement(
                                                By.cssSelector(
                                                        ".tree-plain a.node[data-model="
                                                                + "'davinci-instruct-beta']"))
                                        .click();
                                shoot(b, width, out.resolve(name + "-selected." + lang + ".png"));
                                new org.openqa.selenium.support.ui.Select(
                                                b.findElement(By.id("tree-filter")))
                                        .selectByValue("chain-of-thought");
                                shoot(b, width, out.resolve(name + "-filtered." + lang + ".png"));
                                b.get(server.url(lang + "/" + page));
                                toggle = b.findElements(By.cssSelector(".analogue-label"));
                            }
                            if (page.equals("tree/") && !toggle.isEmpty()) {
                                toggle.get(0).click();
                                shoot(
                                        b,
                                        width,
                                        out.resolve(
                                                name
                                                        + "-analogues."
                                                        + lang
                                                        + "."
                                                        + width
                                                        + ".png"));
                            }
                        }
                    }
                } finally {
                    b.quit();
                }
            }
        }
    }

    private static void shoot(ChromeDriver b, int width, Path to) throws Exception {
        JavascriptExecutor js = b;
        Thread.sleep(300);
        byte[] png;
        if (width >= 500) {
            Number bottom =
                    (Number)
                            js.executeScript(
                                    "var f=document.querySelector('.tree-block');"
                                            + "if(!f){return 900;}"
                                            + "var r=f.getBoundingClientRect();"
                                            + "return Math.ceil(r.bottom+window.scrollY+20);");
            Map<String, Object> clip =
                    Map.of(
                            "x", 0,
                            "y", 0,
                            "width", width,
                            "height", Math.min(6000, bottom.longValue()),
                            "scale", 1);
            Map<String, Object> shot =
                    b.executeCdpCommand(
                            "Page.captureScreenshot",
                            Map.of("captureBeyondViewport", true, "clip", clip));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } else {
            js.executeScript(
                    "var f=document.querySelector('.tree-block');"
                            + "if(f){window.scrollTo(0, f.getBoundingClientRect().top"
                            + "+window.scrollY-8);}");
            Thread.sleep(300);
            png = b.getScreenshotAs(OutputType.BYTES);
        }
        Files.write(to, png);
    }
}
