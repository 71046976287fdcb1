package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.TryFolder;

/**
 * Small random knowledge bases, each built twice through the real build into two folders: the two
 * sites are byte for byte the same (pages are rendered in parallel, so any dependence on thread
 * timing or hash order shows here).
 *
 * <p>{@link IncrementalBuildPropertyTest} checks the incremental build against a clean one.
 */
@AddLifecycleHook(TryFolder.class)
class BuildDeterminismPropertyTest {
    @Provide
    Arbitrary<RandomKb> kbs() {
        return RandomKb.arbitrary(5);
    }

    @Property(tries = 5, seed = "4")
    void buildingTheSameContentTwiceGivesTheSameBytes(@ForAll("kbs") RandomKb kb, Path dir) {
        Path content = write(dir.resolve("content"), kb.files());
        Map<String, byte[]> a = build(content, dir.resolve("a"));
        Map<String, byte[]> b = build(content, dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
        }
    }

    private static Map<String, byte[]> build(Path content, Path out) {
        try {
            BuildOutcome o =
                    SiteBuild.run(
                            new SiteBuild.Options(
                                    content, "content/", out, false, TemplateSource.packaged()));
            assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
            return SiteFiles.files(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
