package org.lineage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lineage.check.CheckResult;
import org.lineage.content.GitContent;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Timings;
import org.lineage.model.Edition;
import org.lineage.render.EditionMode;

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

    static Result build(SiteBuild.Options options, CheckResult now, Set<String> nowFiles) {
        List<Built> built = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Edition e : now.kb().site().editions()) {
            Path tmp = null;
            try {
                tmp = Files.createTempDirectory("lineage-edition-");
                Path content;
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
                                Optional.of(new EditionMode(e, now.kb(), now.graph(), nowFiles)));
                BuildOutcome o = new SiteBuilder(eo).build(new Timings());
                if (o instanceof BuildOutcome.Built) {
                    built.add(new Built(e, read(out)));
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
        return new Result(built, problems);
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
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
