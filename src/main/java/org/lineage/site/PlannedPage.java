package org.lineage.site;

import org.lineage.model.SitePaths;
import org.lineage.render.PageKey;

/** One page to write: what it is, in which language, and where. */
public record PlannedPage(PageKey key, String lang, String path, String file) {
    /**
     * The page at {@code path}, written to {@code file} under the site root (made once: a build
     * asks for it several times per page).
     */
    public PlannedPage(PageKey key, String lang, String path) {
        this(key, lang, path, SitePaths.file(path));
    }
}
