package org.lineage.diag;

import java.util.Comparator;

/**
 * A position in a content file: the path as shown to the contributor, and a 1-based line and
 * column. Line 0 means "the file as a whole".
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {
    private static final Comparator<SourcePos> ORDER =
            Comparator.comparing(SourcePos::path)
                    .thenComparingInt(SourcePos::line)
                    .thenComparingInt(SourcePos::column);

    public SourcePos {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** The position of a whole file. */
    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    /** The same file at another position. */
    public SourcePos at(int line, int column) {
        return new SourcePos(path, line, column);
    }

    @Override
    public int compareTo(SourcePos o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return line == 0 ? path : path + ":" + line + ":" + Math.max(column, 1);
    }
}
