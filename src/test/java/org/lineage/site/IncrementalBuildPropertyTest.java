package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.TryFolder;

/**
 * Random knowledge bases, each edited in a random sequence of steps (a model, an edge, a capability
 * change or a date removed, the removals undone, a body rewritten, a model's prose and facts
 * reworded, the whole base replaced); after every step one long-lived builder with a build cache
 * builds incrementally, and its site is byte for byte the site a clean build of the same content
 * gives.
 */
@AddLifecycleHook(TryFolder.class)
class IncrementalBuildPropertyTest {
    private static final int MAX_MODELS = 5;
    private static final int STEPS = 4;

    /** Sequences as long as allowed; shrinking still makes them shorter. */
    private static final RandomDistribution ALWAYS_LONGEST =
            (genSize, min, max, center) -> random -> max;

    /** One step of editing; the numbers pick among what is there, modulo its count. */
    sealed interface Edit {
        /** The body of one model rewritten. */
        record Rewrite(int model) implements Edit {}

        /**
         * One model's summary, name or facts, or a capability's summary ({@code what}, modulo
         * {@link #ASPECTS}), reworded: what pages read of an entity field by field ({@code Reads}).
         */
        record Reword(int model, int what) implements Edit {}

        /** One of {@link RandomKb#shrinks()}: a model, an edge, a change or a date removed. */
        record Remove(int which) implements Edit {}

        /** Back to the first knowledge base. */
        record Undo() implements Edit {}

        /** A new knowledge base in place of the whole content. */
        record Replace(RandomKb kb) implements Edit {}
    }

    @Provide
    Arbitrary<RandomKb> kbs() {
        return RandomKb.arbitrary(MAX_MODELS);
    }

    /**
     * {@value #STEPS} steps, half of them rewrites; shrinking drops steps and turns them into a
     * rewrite of the first model. Without jqwik's edge cases, which are single steps.
     */
    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> rewrite =
                Arbitraries.integers().between(0, MAX_MODELS - 1).map(Edit.Rewrite::new);
        Arbitrary<Edit> reword =
                Combinators.combine(
                                Arbitraries.integers().between(0, MAX_MODELS - 1),
                                Arbitraries.integers().between(0, ASPECTS.size() - 1))
                        .as(Edit.Reword::new);
        Arbitrary<Edit> remove = Arbitraries.integers().between(0, 63).map(Edit.Remove::new);
        Arbitrary<Edit> undo = Arbitraries.just(new Edit.Undo());
        Arbitrary<Edit> replace = RandomKb.arbitrary(MAX_MODELS).map(Edit.Replace::new);
        Arbitrary<Edit> edit =
                Arbitraries.frequencyOf(
                        List.of(
                                Tuple.of(2, rewrite),
                                Tuple.of(2, reword),
                                Tuple.of(1, remove),
                                Tuple.of(1, undo),
                                Tuple.of(1, replace)));
        return edit.list()
                .ofMinSize(1)
                .ofMaxSize(STEPS)
                .withSizeDistribution(ALWAYS_LONGEST)
                .withoutEdgeCases();
    }

    @Property(tries = 3, seed = "9")
    void anIncrementalBuildAfterRandomEditsEqualsACleanBuild(
            @ForAll("kbs") RandomKb kb, @ForAll("edits") List<Edit> edits, Path dir) {
        editAndCompare(kb, edits, dir, false);
    }

    /**
     * The same for {@code serve}'s builder, which updates its site in place (through a swap step)
     * and takes unchanged files and bodies from memory: its site, too, is a clean build's, with no
     * folder left empty by a page that went.
     */
    @Property(tries = 3, seed = "11")
    void anInPlaceBuildAfterRandomEditsEqualsACleanBuild(
            @ForAll("kbs") RandomKb kb, @ForAll("edits") List<Edit> edits, Path dir) {
        editAndCompare(kb, edits, dir, true);
    }

    private void editAndCompare(RandomKb kb, List<Edit> edits, Path dir, boolean inPlace) {
        Path content = dir.resolve("content");
        Map<String, Integer> versions = new TreeMap<>();
        Map<String, Integer> wordings = new TreeMap<>();
        sync(content, withBodies(kb, versions, wordings));
        SiteBuild.Options options =
                new SiteBuild.Options(
                                content,
                                "content/",
                                dir.resolve("site"),
                                false,
                                TemplateSource.packaged())
                        .withCache(dir.resolve("cache"));
        int[] swaps = {0};
        SiteBuilder builder =
                inPlace
                        ? new SiteBuilder(
                                options,
                                step -> {
                                    swaps[0]++;
                                    step.run();
                                })
                        : new SiteBuilder(options);
        build(builder);
        RandomKb now = kb;
        for (int step = 0; step < edits.size(); step++) {
            Edit edit = edits.get(step);
            List<RandomKb> smaller = now.shrinks();
            String what;
            if (edit instanceof Edit.Remove r && !smaller.isEmpty()) {
                now = smaller.get(r.which() % smaller.size());
                what = "a removal";
            } else if (edit instanceof Edit.Undo && now != kb) {
                now = kb;
                what = "the removals undone";
            } else if (edit instanceof Edit.Replace r) {
                now = r.kb();
                what = "a new knowledge base";
            } else if (edit instanceof Edit.Reword r) {
                String id = now.models().get(r.model() % now.models().size()).id();
                String aspect = ASPECTS.get(r.what() % ASPECTS.size());
                wordings.merge(id + " " + aspect, 1, Integer::sum);
                what = "the " + aspect + " of " + id;
            } else {
                // A removal from a base with nothing to remove, or an undo with nothing to
                // undo, rewrites the first model's body, so that every step changes something.
                int pick = edit instanceof Edit.Rewrite r ? r.model() : 0;
                String id = now.models().get(pick % now.models().size()).id();
                versions.merge(id, 1, Integer::sum);
                what = "the body of " + id;
            }
            Set<Path> changed = sync(content, withBodies(now, versions, wordings));
            // serve's builder is told what changed, as its watcher tells it
            build(builder, inPlace ? changed : null);
            assertSameAsClean(content, dir.resolve("site"), "step " + step + ": " + what);
            if (inPlace) {
                assertNoEmptyFolder(dir.resolve("site"), "step " + step + ": " + what);
            }
        }
        // serve's builder saves its cache on a thread of its own; it is done before dir goes
        builder.finishSweeping();
        if (inPlace) {
            assertTrue(swaps[0] > 0, "the site was never updated in place");
        }
    }

    private static void assertNoEmptyFolder(Path site, String when) {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                try (Stream<Path> in = Files.list(d)) {
                    assertTrue(in.findAny().isPresent(), when + ": empty folder " + d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of {@code kb} with an English body for every model, at its version. */
    /** What {@link Edit.Reword} rewords: of a model, or of a capability through a model. */
    private static final List<String> ASPECTS =
            List.of("summary", "name", "facts", "capability summary");

    /**
     * {@code kb}'s files with a body for each model at its version, and each aspect of a model
     * reworded as many times as {@code wordings} says (by {@code "<id> <aspect>"}): the model's
     * summary, its name, its facts (parameters, access, aliases), or the summary of one capability.
     */
    private static Map<String, String> withBodies(
            RandomKb kb, Map<String, Integer> versions, Map<String, Integer> wordings) {
        Map<String, String> files = new TreeMap<>(kb.files());
        int capability = 0;
        for (RandomKb.ModelSpec m : kb.models()) {
            String file = "models/" + m.id() + ".yaml";
            String yaml = files.get(file);
            int summary = wordings.getOrDefault(m.id() + " summary", 0);
            int name = wordings.getOrDefault(m.id() + " name", 0);
            int facts = wordings.getOrDefault(m.id() + " facts", 0);
            capability += wordings.getOrDefault(m.id() + " capability summary", 0);
            if (summary > 0) {
                yaml =
                        yaml.replace(
                                "summary: {en: \"M.", "summary: {en: \"M, take " + summary + ".");
            }
            if (name > 0) {
                yaml =
                        yaml.replace(
                                "name: {en: \"Model " + m.id(),
                                "name: {en: \"Model " + m.id() + " mark " + name);
            }
            if (facts > 0) {
                yaml +=
                        "parameters: "
                                + (facts % 3 == 0 ? "unknown" : facts + "B")
                                + "\naccess: "
                                + (facts % 2 == 0 ? "open-weights" : "closed")
                                + "\naliases: [\"M"
                                + facts
                                + "\"]\n";
            }
            files.put(file, yaml);
        }
        if (capability > 0) {
            String cap = "capabilities/" + RandomKb.CAPABILITIES.get(capability % 3) + ".yaml";
            files.put(
                    cap,
                    files.get(cap)
                            .replace(
                                    "summary: {en: \"C.", "summary: {en: \"C " + capability + "."));
        }
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
        build(builder, null);
    }

    /** A build told that {@code changed} changed, or (null) told nothing. */
    private static void build(SiteBuilder builder, Set<Path> changed) {
        try {
            BuildOutcome o =
                    changed == null
                            ? builder.build(new Timings())
                            : builder.build(changed, new Timings());
            if (!(o instanceof BuildOutcome.Unchanged)) {
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameAsClean(Path content, Path site, String when) {
        try {
            Path clean = Files.createTempDirectory(site.getParent(), "clean").resolve("site");
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

    /**
     * Makes the folder hold exactly {@code files}, rewriting only those that changed, and returns
     * the paths written or deleted (absolute and normalised, as serve's watcher names them).
     */
    private static Set<Path> sync(Path root, Map<String, String> files) {
        Set<Path> changed = new java.util.HashSet<>();
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
                    changed.add(p.toAbsolutePath().normalize());
                }
            }
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                if (Files.isRegularFile(p) && Files.readString(p).equals(f.getValue())) {
                    continue;
                }
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
                changed.add(p.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }
}
