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

/**
 * The link check of a site already on disk (the committed {@code site/}, or a build's output), with
 * the same rules as the check every build runs before it swaps its output in.
 */
public final class BuiltSiteLinks {
    /**
     * What the check found.
     *
     * @param pages the HTML files read
     * @param broken each broken link, as {@code file: broken link 'href' (reason)}, sorted
     */
    public record Result(int pages, List<String> broken) {
        public Result {
            broken = List.copyOf(broken);
        }
    }

    private BuiltSiteLinks() {}

    /** Checks every HTML file under {@code site}; links under {@code baseUrl} are internal. */
    public static Result check(Path site, String baseUrl) {
        Set<String> files = new TreeSet<>();
        List<LinkChecker.PageLinks> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html")) {
                    pages.add(LinkChecker.scan(rel, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(pages.size(), LinkChecker.check(pages, files, baseUrl));
    }
}
