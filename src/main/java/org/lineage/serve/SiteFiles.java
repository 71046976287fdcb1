package org.lineage.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The files of the site being served, found by {@link UrlPath}: a folder's {@code index.html},
 * symlinks followed only while they stay inside the site, and nothing else.
 *
 * <p>The site is read as the builder leaves it: a new site is swapped in by renaming whole folders,
 * or updated in place by renaming new files over old ones while no lookup runs ({@link
 * #exclusively}), never by rewriting files, so a file once opened is read whole, old or new. The
 * one moment the site's folder does not exist, between the builder's two renames, a lookup that
 * finds nothing waits for the rebuild to finish and looks again.
 */
final class SiteFiles {
    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json"),
                    Map.entry("xml", "application/xml"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml"),
                    Map.entry("csv", "text/csv; charset=utf-8"),
                    Map.entry("bib", "text/plain; charset=utf-8"),
                    Map.entry("dot", "text/plain; charset=utf-8"),
                    Map.entry("graphml", "application/xml"),
                    Map.entry("png", "image/png"),
                    Map.entry("ico", "image/x-icon"));

    private final Path root;
    private final BuildGate gate;

    /** Readers share it; a switch to a site updated in place holds it alone. */
    private final java.util.concurrent.locks.ReadWriteLock switching =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    SiteFiles(Path root, BuildGate gate) {
        this.root = root;
        this.gate = gate;
    }

    /** What a path leads to. */
    sealed interface Found {
        record File(String name, byte[] bytes) implements Found {}

        record Folder() implements Found {}

        record Nothing() implements Found {}
    }

    /** Runs {@code step} while no file is being looked up or read. */
    void exclusively(org.lineage.site.Swap.Step step) throws IOException {
        switching.writeLock().lock();
        try {
            step.run();
        } finally {
            switching.writeLock().unlock();
        }
    }

    Found find(UrlPath url) throws IOException {
        long before = gate.changes();
        Found f = lookupLocked(url);
        if (f instanceof Found.Nothing
                && (gate.running() || gate.changes() != before || !Files.isDirectory(root))) {
            // perhaps caught between the builder's two renames: look again once the new site is in
            gate.await(TimeUnit.SECONDS.toNanos(30));
            f = lookupLocked(url);
        }
        return f;
    }

    private Found lookupLocked(UrlPath url) throws IOException {
        switching.readLock().lock();
        try {
            return lookup(url);
        } finally {
            switching.readLock().unlock();
        }
    }

    private Found lookup(UrlPath url) throws IOException {
        Path p = root;
        for (String s : url.segments()) {
            p = p.resolve(s);
        }
        try {
            Path realRoot = root.toRealPath();
            Path real = p.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Found.Nothing();
            }
            if (Files.isDirectory(real)) {
                if (!url.folder()) {
                    return new Found.Folder();
                }
                real = real.resolve("index.html").toRealPath();
                if (!real.startsWith(realRoot)) {
                    return new Found.Nothing();
                }
            } else if (url.folder()) {
                return new Found.Nothing();
            }
            if (!Files.isRegularFile(real)) {
                return new Found.Nothing();
            }
            return new Found.File(real.getFileName().toString(), Files.readAllBytes(real));
        } catch (NoSuchFileException e) {
            return new Found.Nothing();
        } catch (IOException e) {
            // a name the file system cannot hold, a file removed while read: not there
            if (Files.exists(p)) {
                throw e;
            }
            return new Found.Nothing();
        }
    }

    /** The Content-Type for a file name. */
    static String type(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
