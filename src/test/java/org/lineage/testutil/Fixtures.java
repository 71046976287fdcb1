package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture trees under {@code src/test/resources/fixtures}: one valid base tree, and invalid
 * cases that each overlay a few files on it (and may delete some), with the diagnostics they must
 * produce in {@code expect.txt}.
 *
 * <p>{@code expect.txt}: {@code # comment} lines; {@code delete REL} removes a base file; {@code
 * SEVERITY CODE REL[:LINE:COL]} expects one diagnostic (no position: the file as a whole),
 * optionally followed by indented {@code message: TEXT} and {@code hint: TEXT} lines that the
 * diagnostic's message or hint must contain.
 */
public final class Fixtures {
    private Fixtures() {}

    /** One expected diagnostic. */
    public record Expected(
            String severity, String code, String pos, List<String> message, List<String> hint) {
        /** {@code severity code displayRoot+pos}, the form tests compare. */
        public String key(String displayRoot) {
            return severity + " " + code + " " + displayRoot + pos;
        }
    }

    /** An invalid case: its overlay folder, the files it deletes, the diagnostics it expects. */
    public record Case(String name, Path dir, List<String> deletes, List<Expected> expected) {
        /** Writes base + overlay - deletes to {@code into/content} and returns that folder. */
        public Path materialize(Path into) {
            Path content = copyValid(into);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path rel = dir.relativize(p);
                    if (rel.toString().equals("expect.txt")) {
                        continue;
                    }
                    Path target = content.resolve(rel.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
                for (String d : deletes) {
                    Files.delete(content.resolve(d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return content;
        }

        /** The overlay's files, relative to the content root. */
        public List<String> overlayFiles() {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(r -> !r.equals("expect.txt"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid base tree (read-only: copy it before changing anything). */
    public static Path valid() {
        return root().resolve("valid");
    }

    /** Copies the valid tree to {@code into/content} and returns that folder. */
    public static Path copyValid(Path into) {
        Path content = into.resolve("content");
        copyTree(valid(), content);
        return content;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every invalid case, by name. */
    public static List<Case> invalidCases() {
        try (Stream<Path> dirs = Files.list(root().resolve("invalid"))) {
            return dirs.filter(Files::isDirectory).sorted().map(Fixtures::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Case invalidCase(String name) {
        return load(root().resolve("invalid").resolve(name));
    }

    private static Case load(Path dir) {
        List<String> deletes = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<String> message = null;
        List<String> hint = null;
        String[] head = null;
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve("expect.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String t = line.strip();
            if (line.startsWith(" ")) {
                if (head == null) {
                    throw new IllegalArgumentException(
                            dir + ": detail before a diagnostic: " + line);
                }
                if (t.startsWith("message: ")) {
                    message.add(t.substring("message: ".length()));
                } else if (t.startsWith("hint: ")) {
                    hint.add(t.substring("hint: ".length()));
                } else {
                    throw new IllegalArgumentException(dir + ": unknown detail: " + line);
                }
                continue;
            }
            if (head != null) {
                expected.add(new Expected(head[0], head[1], head[2], message, hint));
                head = null;
            }
            String[] parts = t.split(" ", 3);
            if (parts[0].equals("delete")) {
                deletes.add(t.substring("delete ".length()));
            } else if (parts.length == 3
                    && (parts[0].equals("error") || parts[0].equals("warning"))) {
                head = parts;
                message = new ArrayList<>();
                hint = new ArrayList<>();
            } else {
                throw new IllegalArgumentException(dir + ": cannot read: " + line);
            }
        }
        if (head != null) {
            expected.add(new Expected(head[0], head[1], head[2], message, hint));
        }
        return new Case(dir.getFileName().toString(), dir, deletes, expected);
    }
}
