package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/**
 * The build cache: a no-op build does nothing, a changed body re-renders only the pages that show
 * it, files changed by hand in the output are found, a damaged cache is not trusted, and after any
 * sequence of edits an incremental build gives the same bytes as a clean one.
 */
class IncrementalBuildTest {
    @TempDir Path tmp;
    private Path content;
    private Path out;
    private Path cacheRoot;
    private SiteBuilder builder;

    @BeforeEach
    void setUp() {
        content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        out = tmp.resolve("site");
        cacheRoot = tmp.resolve("cache");
        builder = newBuilder(options().withCache(cacheRoot));
    }

    /** Every builder a test made, so that none still writes in {@code tmp} once it ends. */
    private final List<SiteBuilder> made = new ArrayList<>();

    /** The builder under test; {@link InPlaceBuildTest} runs every test on serve's. */
    SiteBuilder makeBuilder(SiteBuild.Options options) {
        return new SiteBuilder(options);
    }

    /**
     * Called once files in the output were changed by hand, before the next build: a build command
     * finds them itself; serve's builder is told by serve, which looks while idle.
     */
    void changedByHand(SiteBuilder b) {}

    /** One build by {@code b}; {@link InPlaceBuildTest} tells it what changed, as serve does. */
    BuildOutcome run(SiteBuilder b) throws IOException {
        return b.build(new Timings());
    }

    final SiteBuilder newBuilder(SiteBuild.Options options) {
        SiteBuilder b = makeBuilder(options);
        made.add(b);
        return b;
    }

    /**
     * Serve's builder saves its cache and deletes the site it replaced on threads of its own; the
     * temporary folder is deleted only once they are done.
     */
    @AfterEach
    void finishBackgroundWork() {
        made.forEach(SiteBuilder::finishSweeping);
    }

    private SiteBuild.Options options() {
        return new SiteBuild.Options(content, "content/", out, false, TemplateSource.packaged());
    }

    /** A build by a new builder (a new run of the command), its cache saved. */
    private BuildOutcome fresh() throws IOException {
        SiteBuilder b = newBuilder(options().withCache(cacheRoot));
        BuildOutcome o = run(b);
        b.finishSweeping();
        return o;
    }

    private BuildOutcome incremental() throws IOException {
        BuildOutcome o = run(builder);
        // serve's builder saves its cache after the build returns
        builder.finishSweeping();
        return o;
    }

    /** A clean build of the same content, without any cache, into a folder of its own. */
    private Map<String, byte[]> clean() throws IOException {
        Path cleanOut = tmp.resolve("clean");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", cleanOut, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        return SiteFiles.files(cleanOut);
    }

    final void assertSameAsClean(String when) throws IOException {
        Map<String, byte[]> expected = clean();
        Map<String, byte[]> actual = SiteFiles.files(out);
        assertEquals(expected.keySet(), actual.keySet(), when);
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), when + ": " + f);
        }
    }

    private BuildOutcome.Built built(BuildOutcome o) {
        return assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
    }

    @Test
    void aSecondBuildOfUnchangedContentDoesNothing() throws IOException {
        BuildOutcome.Built first = built(incremental());
        assertEquals(first.pages(), first.rendered());
        BuildOutcome second = incremental();
        BuildOutcome.Unchanged u =
                assertInstanceOf(
                        BuildOutcome.Unchanged.class, second, () -> TestBuilds.describe(second));
        assertEquals(first.pages(), u.pages());
        assertEquals(first.files(), u.files());
        assertEquals(first.check().diagnostics(), u.diagnostics());
        // a fresh builder (a new run of the command) finds the same
        assertInstanceOf(BuildOutcome.Unchanged.class, fresh());
        assertSameAsClean("no-op");
    }

    @Test
    void aChangedBodyRerendersOnlyThePagesThatShowIt() throws IOException {
        built(incremental());
        append("models/alpha-base.en.md", "\nOne more sentence about the base model.\n");
        BuildOutcome.Built b = built(incremental());
        // the model's pages (the Chinese one shows the English body, having none of its own),
        // and the translations pages, which weigh every body
        assertEquals(4, b.rendered(), "rendered " + b.rendered() + " of " + b.pages());
        assertSameAsClean("after a body edit");
    }

    @Test
    void aChangedBodyKeepsEveryFileThatIsNotAPage() throws IOException {
        built(incremental());
        List<String> data =
                List.of(
                        "data/lineage.json",
                        "data/models/alpha-base.json",
                        "data/search/en.json",
                        "sitemap.xml",
                        "assets/site.css");
        Map<String, Object> keys = new java.util.TreeMap<>();
        for (String f : data) {
            keys.put(f, fileKey(out.resolve(f)));
        }
        append("models/alpha-base.en.md", "\nOne more sentence about the base model.\n");
        built(incremental());
        for (String f : data) {
            // the same file: linked into a staged site, or left where it is
            assertEquals(keys.get(f), fileKey(out.resolve(f)), f + " was written again");
        }
        assertSameAsClean("after a body edit");
        // a data file edited by hand is written again, though only a body changed
        Files.writeString(out.resolve("data/lineage.json"), "{}");
        changedByHand(builder);
        append("models/alpha-base.en.md", "\nAnd another.\n");
        built(incremental());
        assertSameAsClean("after a body edit and a data file edited by hand");
        // a standalone page's body holds its title, which the search index lists
        replace("pages/about.en.md", "title: About", "title: Renamed");
        built(incremental());
        assertTrue(Files.readString(out.resolve("data/search/en.json")).contains("Renamed"));
        assertSameAsClean("after a page's title changed");
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void layoutsOutliveBuildsThatRenderedFewPages() throws IOException {
        built(incremental());
        assertTrue(builder.layoutsMade() > 0);
        append("models/alpha-base.en.md", "\nOne more sentence.\n");
        built(incremental());
        // a new run of the command reads the layouts from the cache folder
        builder = newBuilder(options().withCache(cacheRoot));
        replace("models/alpha-base.yaml", "The base model", "The first model");
        built(incremental());
        assertEquals(0, builder.layoutsMade(), "every tree's layout came from the cache");
        assertSameAsClean("after a YAML edit");
    }

    @Test
    void aChangedSummaryRerendersThePagesThatReadTheEntity() throws IOException {
        BuildOutcome.Built first = built(incremental());
        replace("models/alpha-base.yaml", "The base model", "The first model");
        BuildOutcome.Built b = built(incremental());
        assertTrue(
                b.rendered() > 2 && b.rendered() < first.pages(),
                "rendered " + b.rendered() + " of " + b.pages());
        assertSameAsClean("after a summary edit");
    }

    @Test
    void aChangedLineageRerendersEverything() throws IOException {
        BuildOutcome.Built first = built(incremental());
        replace("models/alpha-tuned.yaml", "confidence: hypothesis", "confidence: documented");
        BuildOutcome.Built b = built(incremental());
        assertEquals(first.pages(), b.rendered());
        assertSameAsClean("after a lineage edit");
    }

    @Test
    void filesChangedAddedOrDeletedByHandInTheOutputAreFound() throws IOException {
        built(incremental());
        Files.writeString(out.resolve("en/index.html"), "edited by hand");
        Files.delete(out.resolve("zh/index.html"));
        Files.writeString(out.resolve("stray.html"), "left by hand");
        changedByHand(builder);
        BuildOutcome.Built b = built(incremental());
        // the two pages, and the translations pages, rendered on every build that reads content
        assertEquals(4, b.rendered());
        assertSameAsClean("after hand edits");
        // a file edited by hand whose size is unchanged is found by its time
        Path p = out.resolve("en/models/alpha-base/index.html");
        byte[] bytes = Files.readAllBytes(p);
        bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'x' ? 'y' : 'x');
        Files.write(p, bytes);
        Files.setLastModifiedTime(
                p,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(p).toMillis() + 5000));
        changedByHand(builder);
        built(incremental());
        assertSameAsClean("after a same-size hand edit");
    }

    @Test
    void aDamagedCacheIsNotTrusted() throws IOException {
        built(incremental());
        append("models/alpha-base.en.md", "\nA change.\n");
        List<Path> cacheFiles;
        try (Stream<Path> s = Files.walk(cacheRoot)) {
            cacheFiles = s.filter(Files::isRegularFile).toList();
        }
        assertEquals(2, cacheFiles.size(), cacheFiles.toString());
        for (Path f : cacheFiles) {
            byte[] b = Files.readAllBytes(f);
            b[b.length / 2] ^= 0x5a;
            Files.write(f, b);
        }
        BuildOutcome.Built b = built(fresh());
        assertEquals(b.pages(), b.rendered(), "a damaged manifest means a clean build");
        assertSameAsClean("after damage");
        // a cache cut short is no better
        for (Path f : cacheFiles) {
            byte[] b2 = Files.readAllBytes(f);
            Files.write(f, java.util.Arrays.copyOf(b2, b2.length / 3));
        }
        append("models/alpha-base.en.md", "\nAnother change.\n");
        BuildOutcome.Built c = built(fresh());
        assertEquals(c.pages(), c.rendered());
        assertSameAsClean("after truncation");
    }

    @Test
    void randomEditSequencesGiveTheSameSiteAsACleanBuild() throws IOException {
        long seed = Long.getLong("lineage.seed", 20261205L);
        Random r = new Random(seed);
        built(incremental());
        for (int step = 0; step < 6; step++) {
            String edit = edit(r);
            BuildOutcome o = incremental();
            if (o instanceof BuildOutcome.ContentFailed) {
                continue;
            }
            assertSameAsClean("seed " + seed + ", step " + step + ": " + edit);
        }
    }

    /** One random edit of the content (or of the output, by hand); says what it did. */
    private String edit(Random r) throws IOException {
        List<String> bodies = files(".md");
        List<String> yamls = files(".yaml");
        switch (r.nextInt(8)) {
            case 0 -> {
                String f = bodies.get(r.nextInt(bodies.size()));
                append(f, "\nAdded sentence " + r.nextInt(1000) + ".\n");
                return "appended to " + f;
            }
            case 1 -> {
                String f = bodies.get(r.nextInt(bodies.size()));
                append(f, "\nSee [the tuned model](model:alpha-tuned).\n");
                return "added a link to " + f;
            }
            case 2 -> {
                String f = yamls.get(r.nextInt(yamls.size()));
                String s = read(f);
                int at = s.indexOf("en: \"");
                if (at < 0) {
                    return "left " + f;
                }
                write(f, s.substring(0, at + 5) + "New " + s.substring(at + 5));
                return "renamed in " + f;
            }
            case 3 -> {
                String f = bodies.get(r.nextInt(bodies.size()));
                Files.delete(content.resolve(f));
                return "deleted " + f;
            }
            case 4 -> {
                List<String> pages = new ArrayList<>(SiteFiles.files(out).keySet());
                java.util.Collections.sort(pages);
                String f = pages.get(r.nextInt(pages.size()));
                Files.writeString(out.resolve(f), "hand-edited");
                // serve looks while idle (a second edit of one file may be missed by its stamp)
                builder.outputChangedByHand();
                return "hand-edited output " + f;
            }
            case 5 -> {
                String f = yamls.get(r.nextInt(yamls.size()));
                String s = read(f);
                int at = s.indexOf("name: ");
                if (at < 0) {
                    return "left " + f;
                }
                int eol = s.indexOf('\n', at);
                String line = s.substring(at, eol);
                String renamed =
                        line.contains("en: \"")
                                ? line.replace("en: \"", "en: \"Re ")
                                : line.startsWith("name: {") ? line : line + " II";
                write(f, s.substring(0, at) + renamed + s.substring(eol));
                return "renamed " + f + ": " + renamed;
            }
            case 6 -> {
                String f = yamls.get(r.nextInt(yamls.size()));
                String s = read(f);
                int at = s.indexOf("summary: {en: \"");
                if (at < 0) {
                    return "left " + f;
                }
                at += "summary: {en: \"".length();
                write(f, s.substring(0, at) + "Briefly, " + s.substring(at));
                return "summary of " + f;
            }
            default -> {
                return "nothing";
            }
        }
    }

    private List<String> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(content)) {
            return s.filter(p -> p.toString().endsWith(suffix))
                    .map(p -> content.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private String read(String f) throws IOException {
        return Files.readString(content.resolve(f), StandardCharsets.UTF_8);
    }

    private void write(String f, String s) throws IOException {
        Files.writeString(content.resolve(f), s, StandardCharsets.UTF_8);
    }

    private void append(String f, String s) throws IOException {
        write(f, read(f) + s);
    }

    private void replace(String f, String from, String to) throws IOException {
        String s = read(f);
        assertTrue(s.contains(from), f + " holds " + from);
        write(f, s.replace(from, to));
    }
}
