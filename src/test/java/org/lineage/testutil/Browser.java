package org.lineage.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium under Selenium, offline: the driver's path is given, so Selenium
 * Manager downloads nothing, and every browser starts from a fresh profile.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** True when Chromium and its driver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new headless browser with a window of {@code width} x {@code height} CSS pixels. */
    public static ChromeDriver open(Path profile, int width, int height) throws IOException {
        return open(profile, width, height, true);
    }

    /**
     * As {@link #open(Path, int, int)}, with JavaScript turned off when {@code scripts} is false.
     */
    public static ChromeDriver open(Path profile, int width, int height, boolean scripts)
            throws IOException {
        Files.createDirectories(profile);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + Math.max(width, 500) + "," + height);
        // the console, for tests that look for errors such as Content-Security-Policy violations
        o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (width < 500) {
            // a desktop window is never narrower than 500 pixels: emulate a phone's screen instead
            o.setExperimentalOption(
                    "mobileEmulation",
                    java.util.Map.of(
                            "deviceMetrics",
                            java.util.Map.of("width", width, "height", height, "pixelRatio", 2)));
        }
        if (!scripts) {
            o.setExperimentalOption(
                    "prefs",
                    java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, o);
    }
}
