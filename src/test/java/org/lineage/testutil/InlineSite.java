package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.markdown.MarkdownEngine;

/**
 * A whole tiny content tree written as one text block: each file starts with a line {@code ---
 * path/in/content}, and the lines after it, up to the next marker, are its content.
 */
public final class InlineSite {
    private InlineSite() {}

    /** Writes the files under {@code root} and returns it. */
    public static Path write(Path root, String spec) {
        try {
            Files.createDirectories(root);
            String path = null;
            StringBuilder body = new StringBuilder();
            for (String line : spec.split("\n", -1)) {
                if (line.startsWith("--- ") && !line.startsWith("--- -")) {
                    flush(root, path, body);
                    path = line.substring(4).trim();
                    body.setLength(0);
                } else if (path != null) {
                    body.append(line).append('\n');
                }
            }
            flush(root, path, body);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Path root, String path, StringBuilder body) throws IOException {
        if (path == null) {
            return;
        }
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        String text = body.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Loads and checks a content tree. */
    public static CheckResult check(Path root) {
        return new Checker(new MarkdownEngine()).run(root, "content/");
    }

    /** The repository's own knowledge base, for tests that check the shipped content. */
    public static Path shippedContent() {
        return Path.of("content");
    }
}
