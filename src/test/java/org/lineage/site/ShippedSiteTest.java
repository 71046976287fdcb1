package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/**
 * {@code site/} at the top of the repository is the built site of {@code content/}, byte for byte.
 * When this fails, rebuild it: {@code java -jar target/lineage.jar build}.
 */
class ShippedSiteTest {
    @Test
    void shippedSiteIsTheBuildOfTheShippedContent(@TempDir Path tmp) throws Exception {
        Path shipped = Path.of("site");
        assertTrue(
                Files.isDirectory(shipped),
                "site/ is missing: run java -jar target/lineage.jar build");
        Path fresh = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                InlineSite.shippedContent(),
                                "content/",
                                fresh,
                                false,
                                TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        Map<String, byte[]> expected = SiteFiles.files(fresh);
        Map<String, byte[]> actual = SiteFiles.files(shipped);
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
}
