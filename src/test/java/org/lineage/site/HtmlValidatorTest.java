package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.NuChecker;
import org.lineage.testutil.SiteFixtures;

/**
 * Every page of a built site passes the Nu HTML Checker with zero errors. The checker runs in the
 * test JVM, one instance shared by every class that checks pages ({@link NuChecker}).
 */
class HtmlValidatorTest {
    /** The checker's error lines for every HTML file under {@code dir}. */
    static List<String> validate(Path dir) {
        return NuChecker.errors(dir);
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
