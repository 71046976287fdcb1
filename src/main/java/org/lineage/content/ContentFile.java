package org.lineage.content;

import org.lineage.diag.SourcePos;

/**
 * A content file read strictly: valid UTF-8, byte-order mark removed, line endings normalised.
 *
 * @param displayPath the path shown in diagnostics, e.g. {@code content/models/davinci.yaml}
 * @param relPath the path relative to the content root, always with {@code /}
 */
public record ContentFile(String displayPath, String relPath, String text) {
    public SourcePos pos(int line, int column) {
        return new SourcePos(displayPath, line, column);
    }

    public SourcePos whole() {
        return SourcePos.file(displayPath);
    }
}
