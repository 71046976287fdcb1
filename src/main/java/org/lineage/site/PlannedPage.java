package org.lineage.site;

import org.lineage.model.SitePaths;
import org.lineage.render.PageKey;

/** One page to write: what it is, in which language, and where. */
public record PlannedPage(PageKey key, String lang, String path) {
    /** The file under the site root. */
    public String file() {
        return SitePaths.file(path);
    }
}
