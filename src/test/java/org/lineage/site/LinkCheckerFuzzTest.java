package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.lineage.testutil.TimeBound;

/**
 * Any HTML as one page of a small site: the link checker never throws, names only links the page
 * holds, in order; and for plain links (letters, digits, {@code . - _ ~ /} and an optional
 * fragment) it agrees with {@link URI} resolution about which are broken. Seeds: the golden pages.
 */
class LinkCheckerFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(10));
    private static final String BASE = "https://example.org/kb/";
    private static final String PAGE = "en/models/a/index.html";
    private static final Set<String> FILES =
            Set.of(
                    PAGE,
                    "en/models/b/index.html",
                    "en/glossary/index.html",
                    "en/index.html",
                    "assets/site.css");
    private static final Map<String, Set<String>> IDS =
            Map.of("en/glossary/index.html", Set.of("tuning", "rlhf"));
    private static final List<LinkChecker.PageLinks> OTHERS =
            List.of(
                    new LinkChecker.PageLinks(
                            "en/glossary/index.html", IDS.get("en/glossary/index.html"), List.of()),
                    new LinkChecker.PageLinks("en/models/b/index.html", Set.of(), List.of()),
                    new LinkChecker.PageLinks("en/index.html", Set.of(), List.of()));
    private static final String PLAIN = "[A-Za-z0-9._~/-]+(#[A-Za-z0-9_-]*)?";

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyPageIsCheckedAndPlainLinksResolveAsUrisDo(byte[] input) {
        BOUND.run(() -> check(input));
    }

    private static void check(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        LinkChecker.PageLinks page = LinkChecker.scan(PAGE, html);
        List<LinkChecker.PageLinks> pages = new ArrayList<>(OTHERS);
        pages.add(page);
        List<String> broken = LinkChecker.check(pages, FILES, BASE);
        assertEquals(broken.stream().sorted().distinct().toList(), broken, "sorted, once each");
        for (String line : broken) {
            String prefix = PAGE + ": broken link '";
            assertTrue(line.startsWith(prefix), line);
            assertTrue(
                    page.links().stream().anyMatch(l -> line.startsWith(prefix + l + "' (")),
                    () -> "not a link of the page: " + line);
        }
        for (String link : page.links()) {
            if (!link.matches(PLAIN) || link.startsWith("/")) {
                continue;
            }
            boolean reported =
                    broken.stream()
                            .anyMatch(l -> l.startsWith(PAGE + ": broken link '" + link + "' ("));
            assertEquals(brokenByUri(link, page), reported, () -> "link '" + link + "'");
        }
    }

    /** The reference: resolve as a browser would, then look the file and id up. */
    private static boolean brokenByUri(String link, LinkChecker.PageLinks page) {
        URI u = URI.create(BASE + PAGE).resolve(link).normalize();
        String path = u.getPath();
        if (!path.startsWith("/kb/")) {
            return true;
        }
        String file = path.substring("/kb/".length());
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        if (!FILES.contains(file)) {
            return true;
        }
        String fragment = u.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return false;
        }
        Set<String> ids = file.equals(PAGE) ? page.ids() : IDS.getOrDefault(file, Set.of());
        return !ids.contains(fragment);
    }
}
