package org.lineage.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lineage.diag.Timings;
import org.lineage.model.Edition;
import org.lineage.render.TemplateSource;

/** One build of the site, for commands and tests that build once: see {@link SiteBuilder}. */
public final class SiteBuild {
    /** The files copied from the templates folder into {@code assets/}. */
    static final List<String> ASSETS =
            List.of("site.css", "search.js", "tree.js", "cite.js", "compare.js", "favicon.svg");

    /**
     * What to build.
     *
     * @param displayRoot how diagnostics name the content folder
     * @param cache the build cache's folder (see {@link BuildCache}); empty for a clean build that
     *     reads and writes no cache
     * @param readerViews whether to build the comparison, timeline and as-of pages
     * @param pastEditions whether to build the past editions {@code site.yaml} lists, from the
     *     history of the repository that holds {@code content}
     * @param edition set when this build is itself a past edition's
     */
    public record Options(
            Path content,
            String displayRoot,
            Path out,
            boolean strict,
            TemplateSource templates,
            Optional<Path> cache,
            boolean readerViews,
            boolean pastEditions,
            Optional<Edition> edition) {
        /** Options for a clean build of every page and every past edition, without a cache. */
        public Options(
                Path content,
                String displayRoot,
                Path out,
                boolean strict,
                TemplateSource templates) {
            this(content, displayRoot, out, strict, templates, true);
        }

        /** Every past edition, no cache. */
        public Options(
                Path content,
                String displayRoot,
                Path out,
                boolean strict,
                TemplateSource templates,
                boolean readerViews) {
            this(
                    content,
                    displayRoot,
                    out,
                    strict,
                    templates,
                    Optional.empty(),
                    readerViews,
                    true,
                    Optional.empty());
        }

        /** These options with the build cache in its default folder, beside the content. */
        public Options withDefaultCache() {
            return withCache(BuildCache.defaultRoot(content));
        }

        /** These options with the build cache in {@code folder}. */
        public Options withCache(Path folder) {
            return new Options(
                    content,
                    displayRoot,
                    out,
                    strict,
                    templates,
                    Optional.of(folder),
                    readerViews,
                    pastEditions,
                    edition);
        }

        /** The same build without past editions. */
        public Options withoutPastEditions() {
            return new Options(
                    content,
                    displayRoot,
                    out,
                    strict,
                    templates,
                    cache,
                    readerViews,
                    false,
                    edition);
        }
    }

    private SiteBuild() {}

    public static BuildOutcome run(Options o) throws IOException {
        return run(o, new Timings());
    }

    /** As {@link #run(Options)}, recording each stage's time in {@code timings}. */
    public static BuildOutcome run(Options o, Timings timings) throws IOException {
        SiteBuilder builder = new SiteBuilder(o);
        try {
            return builder.build(timings);
        } finally {
            builder.finishSweeping();
        }
    }
}
