package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;

/**
 * Whether diagnostics point where a contributor can look: a file or folder that exists, and either
 * the file as a whole or a line and column inside its text (line endings and byte-order mark
 * treated as the reader treats them; one line or column past the end is allowed, for "the file ends
 * here").
 */
public final class Positions {
    private Positions() {}

    /** What is wrong with each diagnostic's position, if anything, for a tree on disk. */
    public static List<String> problems(List<Diagnostic> diags, Path root, String displayRoot) {
        List<String> bad = new ArrayList<>();
        for (Diagnostic d : diags) {
            SourcePos p = d.pos();
            if (!p.path().startsWith(displayRoot)) {
                bad.add(d + ": not under " + displayRoot);
                continue;
            }
            String rel = p.path().substring(displayRoot.length());
            Path file = rel.isEmpty() ? root : root.resolve(rel);
            if (!Files.exists(file)) {
                bad.add(d + ": no such file");
                continue;
            }
            String within = Files.isRegularFile(file) ? inside(p, read(file)) : "";
            if (Files.isDirectory(file) && p.line() != 0) {
                bad.add(d + ": a line in a folder");
            } else if (!within.isEmpty()) {
                bad.add(d + ": " + within);
            }
        }
        return bad;
    }

    /** Why {@code p} is not a position in {@code text}, or empty. */
    public static String inside(SourcePos p, String text) {
        if (p.line() == 0) {
            return p.column() == 0 ? "" : "a column without a line";
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (p.line() > lines.length + 1) {
            return "line " + p.line() + " of " + lines.length;
        }
        int length = p.line() <= lines.length ? lines[p.line() - 1].length() : 0;
        if (p.column() < 1 || p.column() > length + 1) {
            return "column " + p.column() + " of a line of " + length + " characters";
        }
        return "";
    }

    private static String read(Path file) {
        try {
            // decoded leniently: a file that is not UTF-8 is still measured in lines
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
