package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/** A failed build, whatever the reason, leaves the previous output exactly as it was. */
class AtomicBuildTest {
    @TempDir Path tmp;
    Path content;
    Path out;
    Map<String, byte[]> before;

    @BeforeEach
    void buildOnce() throws IOException {
        content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        out = tmp.resolve("site");
        assertInstanceOf(BuildOutcome.Built.class, build(TemplateSource.packaged()));
        before = SiteFiles.files(out);
    }

    private BuildOutcome build(TemplateSource templates) throws IOException {
        return SiteBuild.run(new SiteBuild.Options(content, "content/", out, false, templates));
    }

    private void assertUntouched() throws IOException {
        Map<String, byte[]> after = SiteFiles.files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, b) -> assertArrayEquals(b, after.get(f), f));
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("content", "site"), names, "no staging folder left behind");
        }
    }

    @Test
    void contentErrorsLeaveThePreviousSite() throws IOException {
        Files.writeString(content.resolve("models/broken.yaml"), "name: broken\nparents: 3\n");
        assertInstanceOf(BuildOutcome.ContentFailed.class, build(TemplateSource.packaged()));
        assertUntouched();
    }

    @Test
    void aFailingTemplateLeavesThePreviousSite() throws IOException {
        Path templates = tmp.resolve("templates");
        SiteFiles.copyTree(Path.of("templates"), templates);
        Files.writeString(
                templates.resolve("claim.html"),
                "<!DOCTYPE html><html><body><p th:text=\"${page.noSuchField}\"></p></body></html>");
        BuildOutcome o = build(TemplateSource.folder(templates));
        SiteWriter.deleteTree(templates);
        BuildOutcome.TemplatesFailed failed =
                assertInstanceOf(BuildOutcome.TemplatesFailed.class, o);
        // every claim page fails, each named, at the template's line and column
        assertFalse(failed.failures().isEmpty());
        for (var d : failed.failures()) {
            assertEquals("template", d.code());
            assertTrue(d.pos().path().endsWith("/claim.html"), d.toString());
            assertEquals(1, d.pos().line(), d.toString());
            assertTrue(d.pos().column() > 1, d.toString());
            assertTrue(d.message().contains("claims/"), d.toString());
        }
        assertUntouched();
    }

    @Test
    void brokenLinksLeaveThePreviousSite() throws IOException {
        Path templates = tmp.resolve("templates");
        SiteFiles.copyTree(Path.of("templates"), templates);
        String page = Files.readString(templates.resolve("page.html"));
        Files.writeString(
                templates.resolve("page.html"),
                page.replace("</main>", "<a href=\"../no-such-page/\">x</a></main>"));
        BuildOutcome o = build(TemplateSource.folder(templates));
        SiteWriter.deleteTree(templates);
        BuildOutcome.LinksBroken broken = assertInstanceOf(BuildOutcome.LinksBroken.class, o);
        assertTrue(
                broken.broken().stream()
                        .anyMatch(
                                d ->
                                        d.pos().path().endsWith("/en/about/index.html")
                                                && d.pos().line() > 0
                                                && d.message()
                                                        .equals(
                                                                "broken link '../no-such-page/':"
                                                                        + " no file en/no-such-page/index.html")),
                broken.broken().toString());
        assertUntouched();
    }

    @Test
    void aSuccessfulBuildReplacesTheOldSiteWhole() throws IOException {
        Files.writeString(out.resolve("stale.html"), "left from an old build");
        assertInstanceOf(BuildOutcome.Built.class, build(TemplateSource.packaged()));
        assertTrue(Files.notExists(out.resolve("stale.html")));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", other, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.OutputRefused.class, o);
        assertEquals("mine", Files.readString(other.resolve("notes.txt")));
        SiteWriter.deleteTree(other);
    }
}
