package org.lineage.site;

import java.util.Map;
import java.util.Optional;
import org.lineage.export.PageCitation;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.SiteView;
import org.lineage.render.Templates;
import org.lineage.render.Views;

/** One page, from its view to its HTML, with the CSL-JSON of its citation when it is cited. */
final class PageRender {
    private PageRender() {}

    /** A rendered page and, when it is cited, its CSL-JSON file (site path and bytes). */
    record Page(String html, Optional<Map.Entry<String, byte[]>> csl) {}

    static Page render(Views views, Templates templates, PlannedPage p) {
        if (Views.isRedirect(p.key())) {
            return new Page(views.redirect(p.key(), p.lang()), Optional.empty());
        }
        PageView page = views.page(p.key(), p.lang());
        Optional<PageCitation> citation = views.citation(p.key(), p.lang());
        SiteView frame = views.site(p.key(), p.lang(), page, citation);
        String html =
                templates.render(p.key().template(), page, frame, views.ui(p.lang()), p.file());
        return new Page(html, Views.cslFile(p.key(), p.lang(), citation));
    }
}
