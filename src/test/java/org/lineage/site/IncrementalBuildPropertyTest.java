package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.Property;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.SiteFiles;

/**
 * Random knowledge bases, each edited in a random sequence of steps (a model, an edge, a capability
 * change or a date removed, the removal undone, a body rewritten, the whole base replaced); after
 * every step one long-lived builder with a build cache builds incrementally, and its site is byte
 * for byte the site a clean build of the same content gives.
 */
class IncrementalBuildPropertyTest {
    @TempDir Path tmp;
    private int tries;

    @Test
    void anIncrementalBuildAfterRandomEditsEqualsACleanBuild() {
        Property.forAll(
                "incremental build equals clean build",
                9L,
                3,
                5,
                kb -> {
                    Path dir = tmp.resolve("kb" + tries++);
                    Path content = dir.resolve("content");
                    Random r = new Random(kb.describe().hashCode());
                    Map<String, Integer> versions = new TreeMap<>();
                    sync(content, withBodies(kb, versions));
                    SiteBuilder builder =
                            new SiteBuilder(
                                    new SiteBuild.Options(
                                                    content,
                                                    "content/",
                                                    dir.resolve("site"),
                                                    false,
                                                    TemplateSource.packaged())
                                            .withCache(dir.resolve("cache")));
                    build(builder);
                    RandomKb now = kb;
                    for (int step = 0; step < 4; step++) {
                        String what;
                        List<RandomKb> smaller = now.shrinks();
                        int pick = r.nextInt(6);
                        if (pick == 0 && !smaller.isEmpty()) {
                            now = smaller.get(r.nextInt(smaller.size()));
                            what = "a removal";
                        } else if (pick == 1 && now != kb) {
                            now = kb;
                            what = "the removals undone";
                        } else if (pick == 2) {
                            now = RandomKb.random(r, 5);
                            what = "a new knowledge base";
                        } else {
                            String id = now.models().get(r.nextInt(now.models().size())).id();
                            versions.merge(id, 1, Integer::sum);
                            what = "the body of " + id;
                        }
                        sync(content, withBodies(now, versions));
                        build(builder);
                        assertSameAsClean(
                                content, dir.resolve("site"), "step " + step + ": " + what);
                    }
                });
    }

    /** The files of {@code kb} with an English body for every model, at its version. */
    private static Map<String, String> withBodies(RandomKb kb, Map<String, Integer> versions) {
        Map<String, String> files = new TreeMap<>(kb.files());
        for (RandomKb.ModelSpec m : kb.models()) {
            files.put(
                    "models/" + m.id() + ".en.md",
                    "A paragraph about this model, version "
                            + versions.getOrDefault(m.id(), 0)
                            + ".\n");
        }
        return files;
    }

    private static void build(SiteBuilder builder) {
        try {
            BuildOutcome o = builder.build(new Timings());
            if (!(o instanceof BuildOutcome.Unchanged)) {
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertSameAsClean(Path content, Path site, String when) {
        try {
            Path clean = Files.createTempDirectory(tmp, "clean").resolve("site");
            BuildOutcome o =
                    SiteBuild.run(
                            new SiteBuild.Options(
                                    content, "content/", clean, false, TemplateSource.packaged()));
            assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
            Map<String, byte[]> expected = SiteFiles.files(clean);
            Map<String, byte[]> actual = SiteFiles.files(site);
            assertEquals(expected.keySet(), actual.keySet(), when);
            for (String f : expected.keySet()) {
                assertArrayEquals(expected.get(f), actual.get(f), when + ": " + f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the folder hold exactly {@code files}, rewriting only those that changed. */
    private static void sync(Path root, Map<String, String> files) {
        try {
            Files.createDirectories(root);
            List<Path> present;
            try (Stream<Path> s = Files.walk(root)) {
                present = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            }
            for (Path p : present) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (!files.containsKey(name)) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                if (Files.isRegularFile(p) && Files.readString(p).equals(f.getValue())) {
                    continue;
                }
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
