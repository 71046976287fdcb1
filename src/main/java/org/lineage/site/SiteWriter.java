package org.lineage.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lineage.export.Streamed;

/**
 * Writes a site beside the output folder and swaps it in only when complete: a build that fails,
 * for any reason, leaves the previous output exactly as it was. Files may be written from many
 * threads at once.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Set<String> files;
    private final Set<String> linked;
    private final AtomicLong bytes = new AtomicLong();

    /**
     * The folders made so far: most files share their folder's siblings', and asking the file
     * system again for each file costs a failed mkdir and a stat.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private boolean committed;

    /**
     * For a site updated in place ({@link #openInPlace}): the files the site held before, else
     * null.
     */
    private final Set<String> before;

    private SiteWriter(Path out, Path staging, Set<String> before) {
        this.out = out;
        this.staging = staging;
        this.before = before;
        // a site updated in place mostly keeps its files: sized for them, the sets never grow
        // (growing one while two workers add to it costs more than the adding)
        int expected = before == null ? 16 : before.size() + before.size() / 4 + 16;
        this.files = ConcurrentHashMap.newKeySet(expected);
        this.linked = ConcurrentHashMap.newKeySet(expected);
    }

    /**
     * Why the site may not be written to {@code out}, if it may not: {@code out} must be absent, an
     * empty folder, or a built site (a folder with an {@code index.html}), so that a mistyped
     * option never replaces other files.
     */
    public static Optional<String> refusal(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            return Optional.of("cannot build into the file system root");
        }
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                return Optional.of(out + " exists and is not a folder");
            }
            if (!isEmpty(abs) && !Files.isRegularFile(abs.resolve("index.html"))) {
                return Optional.of(
                        out
                                + " is not empty and holds no index.html, so it is not a built site;"
                                + " choose another output folder or empty it");
            }
        }
        return Optional.empty();
    }

    /** Starts a new site for {@code out}, in a fresh folder beside it; see {@link #refusal}. */
    public static SiteWriter open(Path out) throws IOException {
        Optional<String> refused = refusal(out);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".new-");
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // a temporary folder is private; a published site is not
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new SiteWriter(abs, staging, null);
    }

    /**
     * Starts a new version of the site in {@code out}, which holds the files {@code before}: the
     * files written are staged beside it, as with {@link #open}, but a file {@link #keep kept}
     * stays where it is, and {@link #commitInPlace} moves the new files into the site and deletes
     * those the new version lacks. The work is in proportion to what changed, not to the site's
     * size; {@code serve} updates its site this way.
     */
    public static SiteWriter openInPlace(Path out, Set<String> before) throws IOException {
        SiteWriter w = open(out);
        return new SiteWriter(w.out, w.staging, Collections.unmodifiableSet(before));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Writes one file, {@code name} relative to the site root with {@code /} separators. */
    public void write(String name, byte[] bytes) {
        Path p = inside(name);
        try {
            folder(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        added(name, bytes.length);
    }

    /**
     * Writes one file from {@code content} as it is made, without holding its bytes: for the
     * largest files (the whole knowledge base as JSON is hundreds of megabytes at 10,000 models).
     */
    public void write(String name, Streamed content) {
        Path p = inside(name);
        long size;
        try {
            folder(p.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                content.writeTo(out);
            }
            size = Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        added(name, size);
    }

    private Path inside(String name) {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("not a path inside the site: " + name);
        }
        return p;
    }

    private void added(String name, long size) {
        if (!files.add(name)) {
            throw new IllegalStateException("written twice: " + name);
        }
        this.bytes.addAndGet(size);
    }

    /**
     * Puts {@code existing}, a file of the previous site, into the new one as {@code name}: a hard
     * link where the file system allows it (so an unchanged file keeps its bytes and time), a copy
     * otherwise.
     */
    public void keep(String name, Path existing) {
        keep(name, existing, -1);
    }

    /**
     * As {@link #keep(String, Path, long)}, the previous site's file being {@code name} under
     * {@code oldRoot}: in place, with its size known, nothing on disk is asked for.
     */
    public void keepFrom(Path oldRoot, String name, long size) {
        if (before != null && size >= 0) {
            added(name, size);
            linked.add(name);
            return;
        }
        keep(name, oldRoot.resolve(name), size);
    }

    /** As {@link #keep(String, Path)}, for a file known to have {@code size} bytes (or -1). */
    public void keep(String name, Path existing, long size) {
        Path p = inside(name);
        if (before != null) {
            // updated in place: the file stays where it is ({@code existing} is that file)
            try {
                if (size < 0) {
                    size = Files.size(existing);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            added(name, size);
            linked.add(name);
            return;
        }
        try {
            folder(p.getParent());
            boolean linked = linkOrCopy(existing, p);
            if (size < 0 || !linked) {
                size = Files.size(p);
            }
            if (linked) {
                this.linked.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        added(name, size);
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    /** The folder the new site is written to until it is swapped in. */
    Path staging() {
        return staging;
    }

    /** How many bytes were written in all. */
    public long bytes() {
        return bytes.get();
    }

    /**
     * The files {@link #keep kept} as hard links to the previous site's: the same file, so the same
     * size and modification time.
     */
    public Set<String> linked() {
        return Collections.unmodifiableSet(linked);
    }

    /** How many files were written so far. */
    public int fileCount() {
        return files.size();
    }

    /** Every file written so far (a view: read it once the writing is done). */
    public Set<String> files() {
        return Collections.unmodifiableSet(files);
    }

    /**
     * Updates a site opened with {@link #openInPlace}: makes the folders the new files need, then,
     * in one {@code swap} step, moves each new file over the old one (a rename: a reader gets the
     * old file or the new one whole) and deletes the files the new version does not have; last,
     * removes the folders those leave empty, and the staging folder. Returns false, having changed
     * nothing, when the new files cannot go where they belong (a folder became a file or the
     * reverse): then {@link #stageWhole} and {@link #commitKeepingOld} swap the site whole.
     */
    public boolean commitInPlace(Swap swap) throws IOException {
        if (before == null) {
            throw new IllegalStateException("not opened in place");
        }
        List<String> fresh = new ArrayList<>();
        for (String f : files) {
            if (!linked.contains(f)) {
                fresh.add(f);
            }
        }
        Collections.sort(fresh);
        List<String> gone = new ArrayList<>();
        for (String f : before) {
            if (!files.contains(f)) {
                gone.add(f);
            }
        }
        Collections.sort(gone);
        for (String f : fresh) {
            Path at = out.resolve(f);
            if (Files.isDirectory(at) || clashes(at.getParent())) {
                // a folder where the new file goes, or a file where its folder goes: the site's
                // shape changed, so it is swapped whole
                return false;
            }
        }
        for (String f : fresh) {
            Files.createDirectories(out.resolve(f).getParent());
        }
        swap.exclusively(
                () -> {
                    for (String f : fresh) {
                        move(staging.resolve(f), out.resolve(f));
                    }
                    for (String f : gone) {
                        Files.deleteIfExists(out.resolve(f));
                    }
                });
        committed = true;
        for (String f : gone) {
            Path dir = out.resolve(f).getParent();
            while (dir != null && dir.startsWith(out) && !dir.equals(out) && isEmpty(dir)) {
                Files.delete(dir);
                dir = dir.getParent();
            }
        }
        deleteTree(staging);
        return true;
    }

    /** Whether a path, or a folder above it inside the site, is a file. */
    private boolean clashes(Path dir) {
        for (Path d = dir; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
            if (Files.exists(d) && !Files.isDirectory(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns a writer opened in place into one that swaps the whole site: the files kept in place
     * are linked (or copied) into the staging folder too, so that {@link #commitKeepingOld} may
     * follow.
     */
    public void stageWhole() throws IOException {
        for (String f : linked) {
            Path p = staging.resolve(f);
            folder(p.getParent());
            linkOrCopy(out.resolve(f), p);
        }
    }

    /**
     * Makes {@code to} a hard link to {@code from}, or a copy (with its time) where the file system
     * has no hard links; returns whether it is a link.
     */
    private static boolean linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return false;
        }
    }

    /** Whether this writer updates its site in place ({@link #openInPlace}). */
    public boolean inPlace() {
        return before != null;
    }

    /** Swaps the new site in place of the old one. */
    public void commit() throws IOException {
        Optional<Path> old = commitKeepingOld();
        if (old.isPresent()) {
            deleteTree(old.get());
        }
    }

    /**
     * As {@link #commit()}, but the previous site is left in the folder returned, beside the new
     * one, for the caller to delete (a long-lived builder deletes it after telling pages to
     * reload).
     */
    public Optional<Path> commitKeepingOld() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        move(staging, out);
        committed = true;
        return Optional.ofNullable(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            // over an existing file, an atomic move is rename(2), which replaces it
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the new site unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
