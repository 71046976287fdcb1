package org.lineage.site;

import java.io.IOException;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a site beside the output folder and swaps it in only when complete: a build that fails,
 * for any reason, leaves the previous output exactly as it was. Files may be written from many
 * threads at once.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private SiteWriter(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
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
        return new SiteWriter(abs, staging);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Writes one file, {@code name} relative to the site root with {@code /} separators. */
    public void write(String name, byte[] bytes) {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("not a path inside the site: " + name);
        }
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!files.add(name)) {
            throw new IllegalStateException("written twice: " + name);
        }
        this.bytes.addAndGet(bytes.length);
    }

    /**
     * Puts {@code existing}, a file of the previous site, into the new one as {@code name}: a hard
     * link where the file system allows it (so an unchanged file keeps its bytes and time), a copy
     * otherwise.
     */
    public void keep(String name, Path existing) {
        Path p = staging.resolve(name).normalize();
        if (!p.startsWith(staging) || p.equals(staging)) {
            throw new IllegalArgumentException("not a path inside the site: " + name);
        }
        long size;
        try {
            Files.createDirectories(p.getParent());
            try {
                Files.createLink(p, existing);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(existing, p, StandardCopyOption.COPY_ATTRIBUTES);
            }
            size = Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!files.add(name)) {
            throw new IllegalStateException("written twice: " + name);
        }
        this.bytes.addAndGet(size);
    }

    /** The folder the new site is written to until it is swapped in. */
    Path staging() {
        return staging;
    }

    /** How many bytes were written in all. */
    public long bytes() {
        return bytes.get();
    }

    /** Every file written so far. */
    public Set<String> files() {
        return Set.copyOf(files);
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
