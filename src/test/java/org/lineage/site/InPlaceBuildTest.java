package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lineage.diag.Timings;
import org.lineage.testutil.SiteFiles;

/**
 * Every test of {@link IncrementalBuildTest} on the builder {@code serve} uses, which updates its
 * site in place through a swap step and remembers the files and bodies it parsed: the same pages
 * are rendered, the site is a clean build's, and no folder is left behind empty.
 */
class InPlaceBuildTest extends IncrementalBuildTest {
    private int swaps;

    @Override
    SiteBuilder makeBuilder(SiteBuild.Options options) {
        return new SiteBuilder(
                options,
                step -> {
                    swaps++;
                    step.run();
                });
    }

    /** Each builder's view of the content at its last build, to tell it what changed since. */
    private final Map<SiteBuilder, Map<Path, String>> seen = new java.util.IdentityHashMap<>();

    /**
     * As serve's watcher does, names the content files created, changed or deleted since the
     * builder's last build (its first build is told nothing, and lists the content itself).
     */
    @Override
    BuildOutcome run(SiteBuilder b) throws java.io.IOException {
        Map<Path, String> now = contentFiles();
        Map<Path, String> before = seen.put(b, now);
        if (before == null) {
            return b.build(new Timings());
        }
        java.util.Set<Path> changed = new java.util.HashSet<>();
        now.forEach(
                (p, text) -> {
                    if (!text.equals(before.get(p))) {
                        changed.add(p);
                    }
                });
        before.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
        return b.build(changed, new Timings());
    }

    private Map<Path, String> contentFiles() throws java.io.IOException {
        Map<Path, String> out = new java.util.HashMap<>();
        Path root = tmp.resolve("content").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.readString(p));
            }
        }
        return out;
    }

    @Override
    void changedByHand(SiteBuilder b) {
        assertTrue(b.outputChangedByHand(), "the files changed by hand are not seen");
        assertFalse(b.outputChangedByHand(), "seen twice");
    }

    @AfterEach
    void noFolderIsLeftEmpty() throws Exception {
        Path site = tmp.resolve("site");
        if (!Files.isDirectory(site)) {
            return;
        }
        try (Stream<Path> s = Files.walk(site)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                try (Stream<Path> in = Files.list(d)) {
                    assertTrue(in.findAny().isPresent(), "empty folder " + d);
                }
            }
        }
    }

    private SiteBuilder serveBuilder(Path content, Path site) {
        return newBuilder(
                new SiteBuild.Options(
                                content,
                                "content/",
                                site,
                                false,
                                org.lineage.render.TemplateSource.packaged())
                        .withCache(tmp.resolve("cache")));
    }

    @Test
    void aFileWhereAPageFolderBelongsMakesTheSiteSwappedWhole() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        b.build(new Timings());
        b.finishSweeping();
        Path folder = site.resolve("en/models/alpha-base");
        SiteWriter.deleteTree(folder);
        Files.writeString(folder, "a file where a folder was");
        changedByHand(b);
        assertInstanceOf(BuildOutcome.Built.class, b.build(new Timings()));
        b.finishSweeping();
        assertEquals(0, swaps, "the new page could not go in place");
        Map<String, byte[]> clean = new java.util.TreeMap<>();
        Path other = tmp.resolve("clean");
        SiteBuild.run(
                new SiteBuild.Options(
                        content,
                        "content/",
                        other,
                        false,
                        org.lineage.render.TemplateSource.packaged()));
        clean.putAll(SiteFiles.files(other));
        Map<String, byte[]> now = SiteFiles.files(site);
        assertEquals(clean.keySet(), now.keySet());
        for (String f : clean.keySet()) {
            assertArrayEquals(clean.get(f), now.get(f), f);
        }
    }

    @Test
    void theCacheIsSavedOnceEditsPauseAndMeanwhileReadFromMemory() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        Path manifest = BuildCache.of(tmp.resolve("cache"), content, site).manifestFile();
        b.build(new Timings());
        long pause =
                java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(SiteBuilder.SAVE_AFTER_MILLIS);
        long ended = System.nanoTime();
        boolean quick = true;
        // two quick edits: neither waits for a save, and none is made between them
        for (String line : List.of("\nOne.\n", "\nTwo.\n")) {
            Files.writeString(
                    content.resolve("models/alpha-base.en.md"),
                    line,
                    java.nio.file.StandardOpenOption.APPEND);
            quick &= System.nanoTime() - ended < pause;
            assertInstanceOf(BuildOutcome.Built.class, b.build(new Timings()));
            ended = System.nanoTime();
        }
        boolean stillQuick = quick && Files.notExists(manifest);
        if (quick && System.nanoTime() - ended < pause) {
            assertTrue(stillQuick, "saved before the edits paused");
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (Files.notExists(manifest) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(manifest), "never saved");
        // the next run of the command finds the site as the last edit left it
        SiteBuilder next = serveBuilder(content, site);
        assertInstanceOf(BuildOutcome.Unchanged.class, next.build(new Timings()));
        assertTrue(
                Files.readString(site.resolve("en/models/alpha-base/index.html")).contains("Two."));
    }

    @Test
    void anEditMovesOnlyTheNewFilesIntoTheSite() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        b.build(new Timings());
        assertEquals(0, swaps, "the first build stages the whole site");
        Path untouched = site.resolve("en/models/alpha-tuned/index.html");
        Path edited = site.resolve("en/models/alpha-base/index.html");
        Object untouchedKey = Files.readAttributes(untouched, BasicFileAttributes.class).fileKey();
        Object editedKey = Files.readAttributes(edited, BasicFileAttributes.class).fileKey();
        // kept with the other data files: a body is in none of them
        Path whole = site.resolve("data/lineage.json");
        Object wholeKey = Files.readAttributes(whole, BasicFileAttributes.class).fileKey();
        Files.writeString(
                content.resolve("models/alpha-base.en.md"),
                "\nOne more sentence.\n",
                java.nio.file.StandardOpenOption.APPEND);
        b.build(new Timings());
        b.finishSweeping();
        assertEquals(1, swaps);
        assertEquals(
                untouchedKey,
                Files.readAttributes(untouched, BasicFileAttributes.class).fileKey(),
                "a page not rendered again is the same file");
        assertNotEquals(
                editedKey,
                Files.readAttributes(edited, BasicFileAttributes.class).fileKey(),
                "a page rendered again is a new file, renamed over the old");
        assertEquals(
                wholeKey,
                Files.readAttributes(whole, BasicFileAttributes.class).fileKey(),
                "a data file is kept when only a body changed");
        assertTrue(Files.readString(edited).contains("One more sentence."));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(
                    List.of(),
                    s.filter(p -> p.getFileName().toString().startsWith(".site."))
                            .map(Path::toString)
                            .toList(),
                    "no staging folder is left beside the site");
        }
    }

    @Test
    void aRehearsalLeavesTheSiteAsItWasAndTheNextEditAsAnyOther() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        assertFalse(b.rehearse(), "nothing was built yet");
        run(b);
        b.finishSweeping();
        Map<String, byte[]> before = SiteFiles.files(site);
        Path page = site.resolve("en/models/alpha-tuned/index.html");
        Object pageKey = Files.readAttributes(page, BasicFileAttributes.class).fileKey();
        Path whole = site.resolve("data/lineage.json");
        for (int i = 0; i < 3; i++) {
            assertTrue(b.rehearse(), "rehearsal " + i);
        }
        b.finishSweeping();
        Map<String, byte[]> after = SiteFiles.files(site);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertArrayEquals(before.get(f), after.get(f), f);
        }
        assertEquals(
                pageKey,
                Files.readAttributes(page, BasicFileAttributes.class).fileKey(),
                "no page is written again");
        // the first rehearsal writes it once more (the site's first build kept no parts), the
        // others find every entity's part unchanged
        Object wholeKey = Files.readAttributes(whole, BasicFileAttributes.class).fileKey();
        assertTrue(b.rehearse());
        assertEquals(
                wholeKey,
                Files.readAttributes(whole, BasicFileAttributes.class).fileKey(),
                "lineage.json is kept when no entity's JSON changed");
        // the file a rehearsal reads again, then edited for real
        Path yaml;
        try (Stream<Path> s = Files.list(content.resolve("models"))) {
            yaml = s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(
                yaml, Files.readString(yaml).replaceFirst("(?m)^name: .*$", "name: Renamed model"));
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        b.finishSweeping();
        assertTrue(Files.readString(site.resolve("en/index.html")).contains("Renamed model"));
        assertSameAsClean("after rehearsals and a rename");
    }

    @Test
    void aBuildThatFailsAfterTheDataFilesLeavesNothingStaleForTheNext() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        run(b);
        Path yaml = content.resolve("models/alpha-base.yaml");
        Path body = content.resolve("models/alpha-base.en.md");
        String text = Files.exists(body) ? Files.readString(body) : "";
        // a new summary (its part made again) and, in the same build, a link to no page
        Files.writeString(
                yaml,
                Files.readString(yaml)
                        .replace("The base model of the alpha line.", "A new summary."));
        Files.writeString(body, text + "\nSee [nothing](#no-such-anchor).\n");
        BuildOutcome failed = run(b);
        assertInstanceOf(BuildOutcome.LinksBroken.class, failed, TestBuilds.describe(failed));
        assertFalse(Files.readString(site.resolve("data/lineage.json")).contains("A new summary."));
        // the link mended: the site must have the new summary everywhere, lineage.json included
        Files.writeString(body, text);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        b.finishSweeping();
        assertTrue(Files.readString(site.resolve("data/lineage.json")).contains("A new summary."));
        assertSameAsClean("after a failed build and its fix");
    }

    @Test
    void aStrayFileIsStillReportedAfterAnEditThatAddsAndRemovesNothing() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        Path stray = content.resolve("models/notes.txt");
        Files.writeString(stray, "notes\n");
        assertStrayFile(run(b));
        // only a file that was there changes: the tree is not listed again, and what its listing
        // found wrong is still reported
        Path yaml = content.resolve("models/alpha-base.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml)
                        .replace("The base model of the alpha line.", "A new summary."));
        // as an editor saves: a temporary file written, then renamed over the edited one
        Path temp = content.resolve("models/.alpha-base.yaml.swp");
        Files.writeString(temp, "editor state\n");
        Files.delete(temp);
        assertStrayFile(
                b.build(
                        Set.of(
                                yaml.toAbsolutePath().normalize(),
                                temp.toAbsolutePath().normalize()),
                        new Timings()));
        Files.delete(stray);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        b.finishSweeping();
        assertTrue(
                Files.readString(site.resolve("en/models/alpha-base/index.html"))
                        .contains("A new summary."));
        assertSameAsClean("after a stray file came and went");
    }

    private static void assertStrayFile(BuildOutcome o) {
        BuildOutcome.ContentFailed f =
                assertInstanceOf(BuildOutcome.ContentFailed.class, o, TestBuilds.describe(o));
        assertTrue(
                f.check().diagnostics().stream()
                        .anyMatch(
                                d ->
                                        d.code().equals("stray-file")
                                                && d.toString().contains("models/notes.txt")),
                TestBuilds.describe(o));
    }

    @Test
    void theTranslationsPageFollowsATranslationThatGoes() throws Exception {
        Path site = tmp.resolve("site");
        Path content = tmp.resolve("content");
        SiteBuilder b = serveBuilder(content, site);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        Path yaml = content.resolve("models/alpha-base.yaml");
        String text = Files.readString(yaml);
        String untranslated = text.replace(", zh: \"阿尔法一脉的基础模型。\"", "");
        assertNotEquals(text, untranslated);
        // the check and both translations pages ask the same knowledge base's status: each page
        // must still note what the status was made from, or it is kept as it was
        Files.writeString(yaml, untranslated);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        b.finishSweeping();
        assertSameAsClean("after a translation went");
        Files.writeString(yaml, text);
        assertInstanceOf(BuildOutcome.Built.class, run(b));
        b.finishSweeping();
        assertSameAsClean("after it came back");
    }
}
