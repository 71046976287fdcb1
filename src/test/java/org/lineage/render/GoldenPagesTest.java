package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.site.BuildOutcome;
import org.lineage.site.SiteBuild;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;

/**
 * One expected page per template and language, from the small fixture site. Run with {@code
 * -Dlineage.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
class GoldenPagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("lineage.updateGolden");

    @TempDir static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o);
    }

    static String normalise(String html) {
        return html.replace("\r\n", "\n")
                        .lines()
                        .map(String::stripTrailing)
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "home, en, en/index.html",
        "home, zh, zh/index.html",
        "index, en, en/models/index.html",
        "index, zh, zh/claims/index.html",
        "model, en, en/models/alpha-tuned/index.html",
        "model, zh, zh/models/alpha-base/index.html",
        "capability, en, en/capabilities/recall/index.html",
        "capability, zh, zh/capabilities/reasoning/index.html",
        "method, en, en/methods/tuning/index.html",
        "method, zh, zh/methods/tuning/index.html",
        "claim, en, en/claims/tuning-helps/index.html",
        "claim, zh, zh/claims/tuning-helps/index.html",
        "source, en, en/sources/paper-a/index.html",
        "source, zh, zh/sources/paper-b/index.html",
        "family, en, en/families/alpha/index.html",
        "family, zh, zh/families/alpha/index.html",
        "glossary, en, en/glossary/index.html",
        "glossary, zh, zh/glossary/index.html",
        "page, en, en/about/index.html",
        "page, zh, zh/about/index.html",
        "redirect, en, en/models/alpha-chat/index.html",
        "redirect, zh, zh/models/alpha-chat/index.html",
        "search, en, en/search/index.html",
        "search, zh, zh/search/index.html",
        "translations, en, en/translations/index.html",
        "translations, zh, zh/translations/index.html",
        "tree, en, en/tree/index.html",
        "tree, zh, zh/tree/alpha/index.html",
        "matrix, en, en/matrix/index.html",
        "matrix, zh, zh/matrix/index.html",
        "summary, en, en/summary/index.html",
        "summary, zh, zh/summary/index.html",
        "compare, en, en/compare/alpha-base/alpha-tuned/index.html",
        "compare, zh, zh/compare/alpha-base/alpha-tuned/index.html",
        "compare-picker, en, en/compare/index.html",
        "compare-picker, zh, zh/compare/index.html",
        "timeline, en, en/timeline/index.html",
        "timeline, zh, zh/timeline/index.html",
        "as-of, en, en/tree/as-of/2020/index.html",
        "as-of, zh, zh/tree/as-of/2022/index.html",
        "root, en, index.html",
        "404, en, 404.html",
    })
    void pageMatchesItsGolden(String template, String lang, String file) throws IOException {
        String actual = normalise(Files.readString(site.resolve(file), StandardCharsets.UTF_8));
        Path golden = GOLDEN.resolve(template + "." + lang + ".html");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(
                Files.isRegularFile(golden),
                golden + " is missing; run with -Dlineage.updateGolden=true");
        String expected = normalise(Files.readString(golden, StandardCharsets.UTF_8));
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int i = 0;
            while (i < e.length && i < a.length && e[i].equals(a[i])) {
                i++;
            }
            assertEquals(
                    i < e.length ? e[i] : "<end>",
                    i < a.length ? a[i] : "<end>",
                    file
                            + " differs from "
                            + golden
                            + " at line "
                            + (i + 1)
                            + " (rerun with -Dlineage.updateGolden=true if intended)");
        }
    }

    @Test
    void everyTemplateHasAGoldenPage() throws IOException {
        Set<String> templates;
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            templates =
                    s.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".html"))
                            .map(n -> n.substring(0, n.length() - 5))
                            .filter(n -> !n.equals("layout") && !n.equals("parts"))
                            .collect(Collectors.toCollection(TreeSet::new));
        }
        // the pages that only send the reader elsewhere are written by Views.redirect
        templates.add("redirect");
        Set<String> covered;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            covered =
                    s.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".html"))
                            .map(n -> n.substring(0, n.indexOf('.')))
                            .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(templates, covered);
    }
}
