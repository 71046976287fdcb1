package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.content.GitContent;
import org.lineage.model.Edition;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/**
 * {@code site/} at the top of the repository is the built site of {@code content/}, byte for byte.
 * When this fails, rebuild it: {@code java -jar target/lineage.jar build}.
 *
 * <p>The past editions are built from the repository's history. A clone without it (a shallow
 * clone, as CI may make) cannot build them: the test then checks that the build says so, naming the
 * commit and the flag, and compares everything else with a build without past editions.
 */
class ShippedSiteTest {
    /**
     * What a site without past editions lacks: their rows in the cite boxes, their sitemap entries.
     */
    private static final Pattern EDITION_ROWS =
            Pattern.compile("<dt class=\"cite-editions\">.*?</dd>\n", Pattern.DOTALL);

    private static final Pattern EDITION_URLS =
            Pattern.compile("  <url>\n    <loc>[^<]*/v/[^<]*</loc>\n  </url>\n");

    static List<Edition> editions() {
        CheckResult r = InlineSite.check(InlineSite.shippedContent());
        return r.kb().site().editions();
    }

    static boolean historyAvailable(List<Edition> editions) {
        return editions.stream()
                .allMatch(e -> GitContent.has(InlineSite.shippedContent(), e.commit()));
    }

    @Test
    void shippedSiteIsTheBuildOfTheShippedContent(@TempDir Path tmp) throws Exception {
        Path shipped = Path.of("site");
        assertTrue(
                Files.isDirectory(shipped),
                "site/ is missing: run java -jar target/lineage.jar build");
        List<Edition> editions = editions();
        assertFalse(editions.isEmpty(), "the shipped site has its first edition");
        boolean history = historyAvailable(editions);
        Path fresh = tmp.resolve("site");
        SiteBuild.Options options =
                new SiteBuild.Options(
                        InlineSite.shippedContent(),
                        "content/",
                        fresh,
                        false,
                        TemplateSource.packaged());
        BuildOutcome o = SiteBuild.run(options);
        Map<String, byte[]> expected;
        Map<String, byte[]> actual = SiteFiles.files(shipped);
        if (history) {
            assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
            expected = SiteFiles.files(fresh);
            for (Edition e : editions) {
                assertTrue(
                        expected.containsKey(e.root() + "en/index.html"),
                        "edition " + e.version() + " is built");
            }
        } else {
            // this clone lacks the history: the build must say so, then the rest must match
            CheckResult failed = assertInstanceOf(BuildOutcome.ContentFailed.class, o).check();
            String said = failed.diagnostics().toString();
            for (Edition e : editions) {
                if (!GitContent.has(InlineSite.shippedContent(), e.commit())) {
                    assertTrue(said.contains(e.commit()), said);
                }
            }
            assertTrue(
                    said.contains("edition-unavailable") && said.contains("--no-past-editions"),
                    said);
            BuildOutcome rest = SiteBuild.run(options.withoutPastEditions());
            assertInstanceOf(BuildOutcome.Built.class, rest, () -> TestBuilds.describe(rest));
            expected = withoutEditions(SiteFiles.files(fresh));
            actual = withoutEditions(actual);
        }
        List<String> stale = new ArrayList<>();
        for (String f : new TreeSet<>(expected.keySet())) {
            if (!actual.containsKey(f)) {
                stale.add("missing " + f);
            } else if (!Arrays.equals(expected.get(f), actual.get(f))) {
                stale.add("outdated " + f);
            }
        }
        for (String f : actual.keySet()) {
            if (!expected.containsKey(f)) {
                stale.add("left over " + f);
            }
        }
        assertEquals(
                List.of(),
                stale.subList(0, Math.min(stale.size(), 20)),
                () ->
                        stale.size()
                                + " stale files in site/; rebuild it with java -jar target/lineage.jar build");
    }

    /** The site's files without the past editions and what points at them. */
    static Map<String, byte[]> withoutEditions(Map<String, byte[]> files) {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach(
                (name, bytes) -> {
                    if (name.startsWith("v/") || name.startsWith("data/editions/")) {
                        return;
                    }
                    if (name.endsWith(".html") || name.equals("sitemap.xml")) {
                        String s = new String(bytes, StandardCharsets.UTF_8);
                        s =
                                EDITION_URLS
                                        .matcher(EDITION_ROWS.matcher(s).replaceAll(""))
                                        .replaceAll("");
                        bytes = s.getBytes(StandardCharsets.UTF_8);
                    }
                    out.put(name, bytes);
                });
        return out;
    }

    @Test
    void theFirstEditionsContentLoadsWithTheCurrentLoader(@TempDir Path tmp) throws Exception {
        List<Edition> editions = editions();
        assumeTrue(historyAvailable(editions), "this clone lacks the editions' commits");
        for (Edition e : editions) {
            Path content =
                    GitContent.extract(
                            InlineSite.shippedContent(), e.commit(), tmp.resolve(e.version()));
            CheckResult r = InlineSite.check(content);
            assertEquals(0, r.errors(), () -> e.version() + ": " + r.diagnostics());
            assertTrue(r.kb().models().size() > 20, "the edition's models");
        }
    }
}
