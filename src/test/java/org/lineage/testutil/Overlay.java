package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a content tree, as bytes: the fuzz input of the whole-tree target. A line {@code ---
 * PATH} starts a file that replaces or adds {@code PATH} (the bytes up to the next such line, which
 * need not be UTF-8); a line {@code --- delete PATH} removes one. Input that does not start with
 * {@code --- } is the new content of one default file. Paths are one or two plain names (letters,
 * digits, {@code . _ -}); others are ignored, so that no input writes outside the tree.
 */
public record Overlay(List<Change> changes) {
    /** At most this many changes are applied; the rest is ignored. */
    public static final int MAX_CHANGES = 8;

    private static final byte[] MARK = "--- ".getBytes(StandardCharsets.US_ASCII);

    /** One file written ({@code bytes} present) or deleted. */
    public record Change(String path, Optional<byte[]> bytes) {}

    public Overlay {
        changes = List.copyOf(changes);
    }

    public static Overlay parse(byte[] input, String defaultFile) {
        List<Change> changes = new ArrayList<>();
        if (!startsWith(input, 0)) {
            if (input.length > 0) {
                changes.add(new Change(defaultFile, Optional.of(input)));
            }
            return new Overlay(changes);
        }
        int at = 0;
        while (at < input.length && changes.size() < MAX_CHANGES) {
            int eol = indexOf(input, (byte) '\n', at);
            int headerEnd = eol < 0 ? input.length : eol;
            String header =
                    new String(
                                    input,
                                    at + MARK.length,
                                    headerEnd - at - MARK.length,
                                    StandardCharsets.UTF_8)
                            .strip();
            int bodyStart = eol < 0 ? input.length : eol + 1;
            int next = nextMark(input, bodyStart);
            byte[] body = Arrays.copyOfRange(input, bodyStart, next);
            boolean delete = header.startsWith("delete ");
            String path = delete ? header.substring("delete ".length()).strip() : header;
            if (path.matches("[A-Za-z0-9._-]{1,64}(/[A-Za-z0-9._-]{1,64})?")
                    && Arrays.stream(path.split("/")).noneMatch(s -> s.matches("\\.+"))) {
                changes.add(new Change(path, delete ? Optional.empty() : Optional.of(body)));
            }
            at = next;
        }
        return new Overlay(changes);
    }

    /**
     * Applies the changes to {@code root}, a copy of {@code base}; closing the result puts {@code
     * root} back as {@code base} has it. A change that the file system refuses (a file where a
     * folder is, ...) is skipped: it says nothing about the program.
     */
    public Applied applyTo(Path root, Path base) {
        List<String> touched = new ArrayList<>();
        for (Change c : changes) {
            Path p = root.resolve(c.path());
            try {
                if (c.bytes().isEmpty()) {
                    if (Files.isRegularFile(p)) {
                        Files.delete(p);
                        touched.add(c.path());
                    }
                } else if (!Files.isDirectory(p)) {
                    Files.createDirectories(p.getParent());
                    Files.write(p, c.bytes().get());
                    touched.add(c.path());
                }
            } catch (IOException e) {
                // skipped, see above
            }
        }
        return new Applied(root, base, touched);
    }

    /** Changes applied to a tree; {@link #close()} undoes them. */
    public record Applied(Path root, Path base, List<String> touched) implements AutoCloseable {
        @Override
        public void close() {
            try {
                for (String rel : touched) {
                    Path p = root.resolve(rel);
                    Path original = base.resolve(rel);
                    if (Files.isRegularFile(original)) {
                        Files.createDirectories(p.getParent());
                        Files.copy(original, p, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(p);
                        Path dir = p.getParent();
                        if (!dir.equals(root)
                                && !Files.exists(base.resolve(root.relativize(dir)))) {
                            deleteTree(dir);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes a folder and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes a)
                            throws IOException {
                        Files.delete(f);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static boolean startsWith(byte[] input, int at) {
        if (input.length - at < MARK.length) {
            return false;
        }
        for (int i = 0; i < MARK.length; i++) {
            if (input[at + i] != MARK[i]) {
                return false;
            }
        }
        return true;
    }

    /** The start of the next {@code ---} line at or after {@code from}, or the end. */
    private static int nextMark(byte[] input, int from) {
        for (int i = from; i < input.length; i++) {
            if ((i == from || input[i - 1] == '\n') && startsWith(input, i)) {
                return i;
            }
        }
        return input.length;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
