package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.lineage.diag.Diagnostic;
import org.lineage.testutil.TimeBound;

/**
 * Any HTML as one page of a small site: the link check never throws, names only links the page
 * holds, at a line and column; and for plain links (letters, digits, {@code . - _ ~ /} and an
 * optional fragment) it agrees with {@link URI} resolution about which are broken. Seeds: the
 * golden pages.
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
    private static final String GLOSSARY = "<p id=\"tuning\"></p><p id=\"rlhf\"></p>";
    private static final String PLAIN = "[A-Za-z0-9._~/-]+(#[A-Za-z0-9_-]*)?";

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyPageIsCheckedAndPlainLinksResolveAsUrisDo(byte[] input) {
        BOUND.run(() -> check(input));
    }

    private static void check(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        LinkCheck links = new LinkCheck("", FILES, BASE);
        links.page("en/glossary/index.html", GLOSSARY);
        links.page("en/models/b/index.html", "");
        links.page("en/index.html", "");
        LinkCheck.PageLinks page = links.page(PAGE, html);
        Set<String> ids = Set.of(page.ids());
        List<Diagnostic> found = links.finish();
        for (Diagnostic d : found) {
            assertEquals(PAGE, d.pos().path(), "only the fuzzed page has links");
            assertTrue(d.pos().line() >= 1 && d.pos().column() >= 1, d::toString);
        }
        // a report belongs to the link at its line and column: its message names the link, but
        // one link's text may begin with another's and the quote after it
        for (Diagnostic d : found) {
            assertTrue(
                    page.links().stream()
                            .anyMatch(
                                    l ->
                                            l.line() == d.pos().line()
                                                    && l.column() == d.pos().column()
                                                    && d.message()
                                                            .startsWith(
                                                                    "broken link '"
                                                                            + l.href()
                                                                            + "': ")),
                    () -> "not a link of the page: " + d);
        }
        for (LinkCheck.Link l : page.links()) {
            String link = l.href();
            if (!link.matches(PLAIN) || link.startsWith("/")) {
                continue;
            }
            boolean reported =
                    found.stream()
                            .anyMatch(
                                    d ->
                                            d.pos().line() == l.line()
                                                    && d.pos().column() == l.column());
            assertEquals(brokenByUri(link, ids), reported, () -> "link '" + link + "'");
        }
    }

    /** The reference: resolve as a browser would, then look the file and id up. */
    private static boolean brokenByUri(String link, Set<String> pageIds) {
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
        Set<String> ids = file.equals(PAGE) ? pageIds : IDS.getOrDefault(file, Set.of());
        return !ids.contains(fragment);
    }
}
