package org.lineage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lineage.check.CheckResult;
import org.lineage.content.GitContent;
import org.lineage.diag.Diagnostic;
import org.lineage.model.Edition;

/**
 * Builds the past editions {@code site.yaml} lists: each one's {@code content/} read from its
 * commit, rendered by the current code (without comparison pages), every page bannered as that
 * edition, canonical to the current page and kept out of search engines' indexes.
 */
final class PastEditions {
    /** The flag that builds without past editions, named in the errors. */
    static final String FLAG = "--no-past-editions";

    private PastEditions() {}

    /** One edition as built: its files, by site path relative to the edition's root. */
    record Built(Edition edition, SortedMap<String, byte[]> files) {}

    /** The editions built, or the problems that stopped them. */
    record Result(List<Built> built, List<Diagnostic> problems) {}

    /**
     * Where built editions are kept between builds: {@code folder} holds one folder per edition,
     * named by a digest of everything its pages depend on: its commit, its entry in {@code
     * site.yaml}, and the {@code settings} (the code, the templates, the options). Not the present
     * knowledge base: what a page says of it (its banner) is put in by each build, see {@link
     * org.lineage.render.EditionBanner}. {@code read} holds the files of the folders the builder
     * read or wrote before, by folder.
     */
    record Kept(Path folder, String settings, Map<Path, SortedMap<String, byte[]>> read) {}

    /**
     * Builds the editions, or takes them from {@code kept} when an earlier build made them from the
     * same inputs; editions built now are kept there, and those no longer needed are removed.
     */
    static Result build(
            SiteBuild.Options options,
            CheckResult now,
            Optional<Kept> kept,
            java.util.function.Function<SiteBuild.Options, SiteBuilder> builders,
            org.lineage.diag.Timings timings) {
        List<Built> built = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (Edition e : now.kb().site().editions()) {
            Optional<Path> slot = kept.map(k -> k.folder().resolve(slotName(k, e)));
            slot.ifPresent(p -> used.add(p.getFileName().toString()));
            Optional<Built> found = slot.flatMap(p -> readKept(e, p, kept.get().read()));
            if (found.isPresent()) {
                built.add(found.get());
                continue;
            }
            Path tmp = null;
            try {
                tmp = Files.createTempDirectory("lineage-edition-");
                Path content;
                long gitStart = System.nanoTime();
                try {
                    content =
                            GitContent.extract(
                                    options.content(), e.commit(), tmp.resolve("content"));
                } catch (GitContent.Unavailable u) {
                    problems.add(
                            Diagnostic.error(
                                    "edition-unavailable",
                                    e.pos(),
                                    "past edition "
                                            + e.version()
                                            + ": "
                                            + u.getMessage()
                                            + "; build with "
                                            + FLAG
                                            + " to leave past editions out",
                                    "fetch the whole history (git fetch --unshallow), or build"
                                            + " without past editions: lineage build "
                                            + FLAG));
                    continue;
                }
                long gitNanos = System.nanoTime() - gitStart;
                Path out = tmp.resolve("site");
                SiteBuild.Options eo =
                        new SiteBuild.Options(
                                content,
                                e.commit() + ":content/",
                                out,
                                false,
                                options.templates(),
                                Optional.empty(),
                                false,
                                false,
                                Optional.of(e));
                SiteBuilder builder = builders.apply(eo);
                BuildOutcome o;
                org.lineage.diag.Timings own = new org.lineage.diag.Timings();
                try {
                    o = builder.build(own);
                } finally {
                    builder.finishSweeping();
                }
                timings.note(breakdown(e, gitNanos, own));
                own.notes().forEach(n -> timings.note("  " + n));
                if (o instanceof BuildOutcome.Built) {
                    Built b = new Built(e, read(out));
                    built.add(b);
                    if (slot.isPresent() && keep(out, slot.get())) {
                        kept.get().read().put(slot.get(), b.files());
                    }
                } else {
                    problems.add(
                            Diagnostic.error(
                                    "edition-failed",
                                    e.pos(),
                                    "past edition "
                                            + e.version()
                                            + " (commit "
                                            + e.commit()
                                            + ") does not build with the current code (build with "
                                            + FLAG
                                            + " to leave it out): "
                                            + describe(o),
                                    "keep every content format addition optional, or build"
                                            + " without past editions: lineage build "
                                            + FLAG));
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            } finally {
                if (tmp != null) {
                    delete(tmp);
                }
            }
        }
        kept.ifPresent(
                k -> {
                    prune(k.folder(), used);
                    k.read().keySet().removeIf(p -> !used.contains(p.getFileName().toString()));
                });
        return new Result(built, problems);
    }

    /** One line for {@code --timings}: where building edition {@code e} spent its time. */
    private static String breakdown(Edition e, long gitNanos, org.lineage.diag.Timings own) {
        StringBuilder b = new StringBuilder("past edition ").append(e.version()).append(":");
        b.append(" read from git ").append(gitNanos / 1_000_000).append(" ms");
        for (org.lineage.diag.Timings.Stage s : own.stages()) {
            b.append(", ").append(s.name()).append(' ').append(s.nanos() / 1_000_000).append(" ms");
        }
        return b.toString();
    }

    /** The folder name for {@code e} built with the settings {@code k} names. */
    private static String slotName(Kept k, Edition e) {
        java.security.MessageDigest md = BuildCache.digest();
        StringBuilder b = new StringBuilder(k.settings());
        b.append('\0').append(e.version()).append('\0').append(e.commit()).append('\0');
        b.append(e.released()).append('\0');
        md.update(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String v = e.version().replaceAll("[^A-Za-z0-9.-]", "_");
        return v + "-" + java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    /**
     * A kept edition, when its folder is complete: read from {@code read} when this builder read or
     * wrote it before (a slot's files never change: its name is the digest of what they are made
     * from), else from the folder.
     */
    private static Optional<Built> readKept(
            Edition e, Path slot, Map<Path, SortedMap<String, byte[]>> read) {
        if (!Files.isRegularFile(slot.resolve(COMPLETE))) {
            read.remove(slot);
            return Optional.empty();
        }
        SortedMap<String, byte[]> files = read.get(slot);
        if (files != null) {
            return Optional.of(new Built(e, files));
        }
        try {
            files = read(slot.resolve("site"));
            read.put(slot, files);
            return Optional.of(new Built(e, files));
        } catch (IOException x) {
            return Optional.empty();
        }
    }

    /** Marks a kept edition's folder as whole, written last. */
    private static final String COMPLETE = "complete";

    /**
     * Moves a built edition into its slot, and says whether it is there; a slot that cannot be
     * written is only a lost cache.
     */
    private static boolean keep(Path site, Path slot) {
        try {
            if (Files.exists(slot)) {
                delete(slot);
            }
            Files.createDirectories(slot);
            Files.move(site, slot.resolve("site"));
            Files.writeString(slot.resolve(COMPLETE), "");
            return true;
        } catch (IOException | UncheckedIOException x) {
            // the next build builds the edition again
            return false;
        }
    }

    /** Removes the kept editions not among {@code used}. */
    private static void prune(Path folder, Set<String> used) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                if (!used.contains(p.getFileName().toString())) {
                    delete(p);
                }
            }
        } catch (IOException | UncheckedIOException x) {
            // left for the next build to remove
        }
    }

    private static String describe(BuildOutcome o) {
        List<Diagnostic> d = List.of();
        if (o instanceof BuildOutcome.ContentFailed f) {
            d = f.check().diagnostics();
        } else if (o instanceof BuildOutcome.TemplatesFailed f) {
            d = f.failures();
        } else if (o instanceof BuildOutcome.LinksBroken b) {
            d = b.broken();
        }
        return d.stream().filter(Diagnostic::isError).limit(3).map(Diagnostic::toString).toList()
                + (d.size() > 3 ? " and " + (d.size() - 3) + " more" : "");
    }

    private static SortedMap<String, byte[]> read(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void delete(Path root) {
        try {
            SiteWriter.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
