package org.lineage.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.lineage.export.Json;
import org.lineage.export.SearchIndex;
import org.lineage.model.Confidence;
import org.lineage.model.Kind;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;

/** The view of the search page, which {@code assets/search.js} brings to life. */
final class SearchViews {
    /** The kinds the index holds, as the script names them, with their index pages. */
    private static final List<Kind> KINDS =
            List.of(
                    Kind.MODEL,
                    Kind.FAMILY,
                    Kind.CAPABILITY,
                    Kind.METHOD,
                    Kind.CLAIM,
                    Kind.SOURCE,
                    Kind.TERM,
                    Kind.PAGE);

    private SearchViews() {}

    static PageView search(PageContext ctx) {
        Ui t = ctx.t;
        ObjectNode labels = Json.object();
        labels.put("count", t.get("search.count"));
        labels.put("error", t.get("search.error"));
        ObjectNode status = labels.putObject("status");
        for (Confidence c : Confidence.values()) {
            status.put(c.key(), t.get("confidence." + c.key()));
        }
        ObjectNode kinds = labels.putObject("kinds");
        for (Kind k : KINDS) {
            kinds.put(k.singular(), t.get("search.kind." + k.singular()));
        }
        kinds.put("compare", t.get("search.kind.compare"));
        kinds.put("edition", t.get("search.kind.edition"));
        List<Link> browse = new ArrayList<>();
        for (Kind k : KINDS) {
            if (k == Kind.PAGE) {
                continue;
            }
            String target = k == Kind.TERM ? ctx.lang + "/glossary/" : SitePaths.index(ctx.lang, k);
            browse.add(new Link(ctx.href(target), t.get("kind." + k.dir()), null));
        }
        return new PageViews.Search(
                ctx.plain(t.get("search.title")),
                ctx.plain(t.get("search.intro")),
                ctx.href(""),
                ctx.href(SearchIndex.path(ctx.lang)),
                Json.compact(labels),
                ctx.href("assets/search.js"),
                Fragments.linkItems(browse));
    }
}
