package org.lineage.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of a built site, as the README shows it: the first screen of the home page, three
 * model pages, a capability, the evolution tree, a family's tree, the summary table, the capability
 * matrix, a comparison and the timeline, in every language, at a desktop and a phone width. Each is
 * named {@code PAGE.LANG.WIDTH.png}; when {@code pngquant} is on the PATH it makes them about a
 * third of the size.
 *
 * <p>Usage: {@code SiteShots [SITE_DIR [OUT_DIR [NAME=PAGE ...]]]}, by default {@code site}, {@code
 * docs/screenshots} and the pages above; a page is a path under the language, such as {@code
 * models/chatgpt/}. The README says how to run it.
 */
public final class SiteShots {
    /**
     * One screenshot: its name, the page (a path under the language, with a fragment to start
     * further down), and on a phone what to scroll to the top of the screen, if anything.
     */
    private record Shot(String name, String page, String phoneTop) {}

    private static final List<Shot> SHOTS =
            List.of(
                    new Shot("home", "", null),
                    new Shot("model", "models/text-davinci-002/", null),
                    new Shot("model-chatgpt", "models/chatgpt/", null),
                    new Shot("model-code-davinci-002", "models/code-davinci-002/", null),
                    new Shot("capability", "capabilities/chain-of-thought/", null),
                    new Shot("tree", "tree/", "#tree-figure"),
                    new Shot("family-tree", "tree/gpt-3.5/", null),
                    new Shot("summary", "summary/", null),
                    new Shot("matrix", "matrix/", "#matrix-table"),
                    new Shot("compare", "compare/chatgpt/text-davinci-003/#compare-lineage", null),
                    new Shot("timeline", "timeline/", null));

    /** Width and height of the window, in CSS pixels: a desktop's, then a phone's. */
    private static final int[][] SCREENS = {{1280, 800}, {375, 720}};

    private SiteShots() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "site");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        List<Shot> shots = SHOTS;
        if (args.length > 2) {
            shots = new ArrayList<>();
            for (String a : List.of(args).subList(2, args.length)) {
                String[] nameAndPage = a.split("=", 2);
                shots.add(new Shot(nameAndPage[0], nameAndPage[1], null));
            }
        }
        Files.createDirectories(out);
        List<Path> made = new ArrayList<>();
        try (StaticSite server = StaticSite.serve(site)) {
            for (int[] screen : SCREENS) {
                ChromeDriver b =
                        Browser.open(
                                Files.createTempDirectory("shots-profile"), screen[0], screen[1]);
                try {
                    for (String lang : List.of("en", "zh")) {
                        for (Shot s : shots) {
                            b.get(server.url(lang + "/" + s.page()));
                            if (screen[0] < 500 && s.phoneTop() != null) {
                                b.executeScript(
                                        "document.querySelector(arguments[0]).scrollIntoView();",
                                        s.phoneTop());
                            }
                            // the tree's script lays out and centres its drawing after the load
                            Thread.sleep(300);
                            Path to = out.resolve(s.name() + "." + lang + "." + screen[0] + ".png");
                            Files.write(to, shot(b, screen[0]));
                            made.add(to);
                        }
                    }
                } finally {
                    b.quit();
                }
            }
        }
        optimise(made);
    }

    /**
     * The screen, at one device pixel per CSS pixel: a phone is emulated at twice that, which
     * doubles the size of the file and adds nothing to a picture in the README.
     */
    private static byte[] shot(ChromeDriver b, int width) {
        if (width >= 500) {
            return b.getScreenshotAs(OutputType.BYTES);
        }
        @SuppressWarnings("unchecked")
        List<Number> view =
                (List<Number>)
                        b.executeScript(
                                "return [window.scrollX, window.scrollY, window.innerHeight];");
        // the clip is in the page's coordinates, not the screen's
        Map<String, Object> clip =
                Map.of(
                        "x", view.get(0),
                        "y", view.get(1),
                        "width", width,
                        "height", view.get(2),
                        "scale", 0.5);
        Map<String, Object> shot =
                b.executeCdpCommand("Page.captureScreenshot", Map.of("clip", clip));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Quantises the PNGs' colours with pngquant, where it is installed; keeps them otherwise. */
    private static void optimise(List<Path> pngs) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "pngquant",
                                "--force",
                                "--skip-if-larger",
                                "--strip",
                                "--quality=70-95",
                                "--ext",
                                ".png"));
        pngs.forEach(p -> command.add(p.toString()));
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            // 99: the quality asked for was out of reach, and that file was kept as it was
            int status = p.waitFor();
            if (status != 0 && status != 99) {
                System.err.println("pngquant exited with " + status + "; PNGs kept as taken");
            }
        } catch (IOException e) {
            System.err.println("pngquant not found; PNGs kept as taken");
        }
    }
}
