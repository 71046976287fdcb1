package org.lineage.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;

/** One build of the site, for commands and tests that build once: see {@link SiteBuilder}. */
public final class SiteBuild {
    /** The files copied from the templates folder into {@code assets/}. */
    static final List<String> ASSETS =
            List.of("site.css", "search.js", "tree.js", "cite.js", "favicon.svg");

    /**
     * What to build.
     *
     * @param displayRoot how diagnostics name the content folder
     * @param cache the build cache's folder (see {@link BuildCache}); empty for a clean build that
     *     reads and writes no cache
     */
    public record Options(
            Path content,
            String displayRoot,
            Path out,
            boolean strict,
            TemplateSource templates,
            Optional<Path> cache) {
        /** Options for a clean build, without a cache. */
        public Options(
                Path content,
                String displayRoot,
                Path out,
                boolean strict,
                TemplateSource templates) {
            this(content, displayRoot, out, strict, templates, Optional.empty());
        }

        /** These options with the build cache in its default folder, beside the content. */
        public Options withDefaultCache() {
            return new Options(
                    content,
                    displayRoot,
                    out,
                    strict,
                    templates,
                    Optional.of(BuildCache.defaultRoot(content)));
        }

        /** These options with the build cache in {@code folder}. */
        public Options withCache(Path folder) {
            return new Options(content, displayRoot, out, strict, templates, Optional.of(folder));
        }
    }

    private SiteBuild() {}

    public static BuildOutcome run(Options o) throws IOException {
        return run(o, new Timings());
    }

    /** As {@link #run(Options)}, recording each stage's time in {@code timings}. */
    public static BuildOutcome run(Options o, Timings timings) throws IOException {
        return new SiteBuilder(o).build(timings);
    }
}
