package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

class DeterminismTest {
    @Test
    void twoBuildsOfTheSameContentAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (Path out : new Path[] {a, b}) {
            assertInstanceOf(
                    BuildOutcome.Built.class,
                    SiteBuild.run(
                            new SiteBuild.Options(
                                    content, "content/", out, false, TemplateSource.packaged())));
        }
        Map<String, byte[]> first = SiteFiles.files(a);
        Map<String, byte[]> second = SiteFiles.files(b);
        assertEquals(first.keySet(), second.keySet());
        for (String f : first.keySet()) {
            assertArrayEquals(first.get(f), second.get(f), f);
        }
    }
}
