package org.lineage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.lineage.diag.Diagnostic;

/**
 * The link check of a site already on disk (the committed {@code site/}, or a build's output), with
 * the same rules as the check every build runs before it swaps its output in.
 */
public final class BuiltSiteLinks {
    /**
     * What the check found.
     *
     * @param pages the HTML files read
     * @param broken each broken link, at its file, line and column, sorted
     */
    public record Result(int pages, List<Diagnostic> broken) {
        public Result {
            broken = List.copyOf(broken);
        }
    }

    private BuiltSiteLinks() {}

    /**
     * Checks every HTML file under {@code site}; links under {@code baseUrl} are internal.
     * Diagnostics name files as {@code display} followed by the path inside the site.
     */
    public static Result check(Path site, String display, String baseUrl) {
        Set<String> files = new TreeSet<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html")) {
                    pages.add(rel);
                }
            }
            LinkCheck links = new LinkCheck(display, files, baseUrl);
            for (String rel : pages) {
                links.page(rel, Files.readString(site.resolve(rel), StandardCharsets.UTF_8));
            }
            return new Result(pages.size(), links.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
