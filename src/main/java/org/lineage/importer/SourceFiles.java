package org.lineage.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lineage.content.ContentFile;
import org.lineage.content.StrictReader;
import org.lineage.content.YNode;
import org.lineage.content.YNode.YMap;
import org.lineage.content.YNode.YScalar;
import org.lineage.content.YNode.YSeq;
import org.lineage.diag.Diagnostics;

/**
 * Reading the files of a source folder as strictly as content: UTF-8, at most 1 MiB, YAML without
 * anchors, tags or duplicate keys, every problem reported with its position. And reading values the
 * way the source formats write them.
 */
final class SourceFiles {
    private SourceFiles() {}

    /** The files under {@code dir} whose name ends with one of {@code suffixes}, sorted. */
    static List<Path> list(Path dir, String... suffixes) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(
                            p -> {
                                String n = p.getFileName().toString();
                                return Stream.of(suffixes).anyMatch(n::endsWith);
                            })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of {@code file} relative to {@code dir}, with {@code /}. */
    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    static Optional<ContentFile> read(Path file, String display, String rel, Diagnostics diags) {
        return StrictReader.read(file, display, rel, diags);
    }

    /**
     * A value as text: a plain value, the {@code value} of a {@code {value, explanation}} map (as
     * ecosystem-graphs writes annotated values), or the items of a list joined by commas; empty for
     * nothing, an empty string or a value marked unknown.
     */
    static Optional<String> text(Optional<YNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        YNode n = node.get();
        if (n instanceof YScalar s) {
            return s.isNull() || s.value().isBlank()
                    ? Optional.empty()
                    : Optional.of(s.value().strip());
        }
        if (n instanceof YMap m) {
            return text(m.entry("value").map(YNode.YEntry::value));
        }
        if (n instanceof YSeq q) {
            List<String> items =
                    q.items().stream()
                            .map(i -> text(Optional.of(i)))
                            .flatMap(Optional::stream)
                            .toList();
            return items.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", items));
        }
        return Optional.empty();
    }

    /** The value of {@code key} in {@code map}. */
    static Optional<YNode> get(YMap map, String key) {
        return map.entry(key).map(YNode.YEntry::value);
    }

    /** The items of a list value as scalars; a single scalar counts as a list of one. */
    static List<YScalar> scalars(Optional<YNode> node) {
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YScalar s) {
            return s.isNull() || s.value().isBlank() ? List.of() : List.of(s);
        }
        if (node.get() instanceof YSeq q) {
            return q.items().stream()
                    .filter(i -> i instanceof YScalar s && !s.isNull() && !s.value().isBlank())
                    .map(i -> (YScalar) i)
                    .toList();
        }
        return List.of();
    }
}
