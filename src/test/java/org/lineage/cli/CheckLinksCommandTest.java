package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;

/** {@code lineage check-links} on a site on disk: clean after a build, and a broken link found. */
class CheckLinksCommandTest {
    @Test
    void findsNothingInABuildAndTheLinkBrokenAfterwards(@TempDir Path tmp) throws Exception {
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        Path site = tmp.resolve("site");
        assertEquals(
                0,
                MainTest.run("build", "--content", content.toString(), "--out", site.toString())
                        .exit());
        MainTest.Run clean =
                MainTest.run(
                        "check-links", "--site", site.toString(), "--content", content.toString());
        assertEquals(0, clean.exit(), clean.out());
        assertTrue(clean.out().matches("(?s)\\d+ pages checked: no broken link\\s*"), clean.out());

        Path page = site.resolve("en/models/alpha-base/index.html");
        Files.writeString(
                page,
                Files.readString(page)
                        .replace(
                                "</main>",
                                "<a href=\"../alpha-gone/\">x</a><a href=\"#nowhere\">y</a></main>"));
        MainTest.Run broken =
                MainTest.run(
                        "check-links", "--site", site.toString(), "--content", content.toString());
        assertEquals(1, broken.exit());
        assertTrue(
                broken.out().contains("en/models/alpha-base/index.html:")
                        && broken.out()
                                .contains(
                                        "broken link '../alpha-gone/': no file"
                                                + " en/models/alpha-gone/index.html"),
                broken.out());
        assertTrue(broken.out().contains("'#nowhere': no id 'nowhere'"), broken.out());
        assertTrue(broken.out().contains(": 2 broken links"), broken.out());
    }

    @Test
    void aFolderWithoutASiteIsAUsageError(@TempDir Path tmp) {
        MainTest.Run run = MainTest.run("check-links", "--site", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no built site at"), run.err());
    }
}
