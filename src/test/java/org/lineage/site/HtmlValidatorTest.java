package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;

/**
 * Every page of a built site passes the Nu HTML Checker with zero errors. The checker's command
 * line ends with {@code System.exit}, so it runs in a child JVM on the test class path.
 */
class HtmlValidatorTest {
    /** The checker's error lines for every HTML file under {@code dir}. */
    static List<String> validate(Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p =
                new ProcessBuilder(
                                java.toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "nu.validator.client.SimpleCommandLineValidator",
                                "--skip-non-html",
                                "--errors-only",
                                "--format",
                                "gnu",
                                dir.toString())
                        .redirectErrorStream(true)
                        .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker finished");
        String text = new String(out, StandardCharsets.UTF_8).strip();
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n"));
        assertEquals(lines.isEmpty() ? 0 : 1, p.exitValue(), () -> String.join("\n", lines));
        return lines;
    }

    private static Path build(Path content, Path out) throws IOException {
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", out, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        return out;
    }

    @Test
    void theCheckerReportsInvalidPages(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bad.html"), "<p>no doctype, no title");
        List<String> errors = validate(tmp);
        assertTrue(
                errors.stream().anyMatch(l -> l.contains("bad.html") && l.contains("error")),
                errors.toString());
    }

    @Test
    void everyPageOfTheFixtureSiteIsValid(@TempDir Path tmp) throws Exception {
        Path site =
                build(
                        InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL),
                        tmp.resolve("site"));
        assertEquals(List.of(), validate(site));
    }

    @Test
    void everyPageOfTheProbeSiteIsValid(@TempDir Path tmp) throws Exception {
        Path site =
                build(
                        InlineSite.write(tmp.resolve("content"), XssTest.PROBES),
                        tmp.resolve("site"));
        assertEquals(List.of(), validate(site));
    }

    @Test
    void everyPageOfTheShippedContentIsValid(@TempDir Path tmp) throws Exception {
        Path site = build(InlineSite.shippedContent(), tmp.resolve("site"));
        assertTrue(
                Files.list(site.resolve("en/models")).count() > 5,
                "the shipped content has models");
        assertEquals(List.of(), validate(site));
    }
}
