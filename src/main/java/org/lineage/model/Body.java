package org.lineage.model;

import org.lineage.diag.SourcePos;

/**
 * A Markdown body in one language.
 *
 * @param start the position of the Markdown's first line in its file (after any front matter), so
 *     that positions inside the Markdown map back to the file
 */
public record Body(String lang, String markdown, SourcePos start) {}
