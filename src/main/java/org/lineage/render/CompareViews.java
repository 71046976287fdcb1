package org.lineage.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.graph.ComparePairs;
import org.lineage.graph.ComparePairs.Pair;
import org.lineage.graph.Comparison;
import org.lineage.graph.Comparison.CapabilityRow;
import org.lineage.graph.Comparison.PathEdge;
import org.lineage.graph.Step;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Change;
import org.lineage.model.DateSpec;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

/**
 * The comparison of two models ({@code /<lang>/compare/<a>/<b>/}), the picker that compares any two
 * in the browser ({@code /<lang>/compare/}), and the list of a model's comparisons on its page. The
 * markup of a comparison carries its facts in {@code data-} attributes, the same ones {@code
 * compare.js} writes, so a test can hold the two side by side.
 */
final class CompareViews {
    /** Above this many pairs the picker's page lists no pairs, only where to find them. */
    static final int LISTED_PAIRS = 1000;

    /** Above this many models the picker offers no list of ids to choose from. */
    static final int LISTED_MODELS = 2000;

    /** The infobox facts a comparison shows, in order. */
    static final List<String> FACTS =
            List.of(
                    "family",
                    "organization",
                    "released",
                    "parameters",
                    "context_window",
                    "access",
                    "api_name");

    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final PageContext ctx;
    private final Ui t;

    CompareViews(Catalog catalog, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.ctx = ctx;
        this.t = ctx.t;
    }

    PageView compare(String a, String b) {
        Comparison c = catalog.comparison(a, b);
        Link la = ctx.link(Kind.MODEL, a);
        Link lb = ctx.link(Kind.MODEL, b);
        Str title = ctx.plain(t.format("compare.heading", la.text(), lb.text()));
        Str summary = ctx.plain(t.get("compare.intro"));
        List<Link> related = new ArrayList<>();
        related.add(la);
        related.add(lb);
        related.add(
                new Link(
                        ctx.href(SitePaths.comparePicker(ctx.lang)), t.get("compare.other"), null));
        Capabilities caps = capabilities(c);
        return new PageViews.Compare(
                title,
                summary,
                PageViews.lead(title, summary),
                la,
                lb,
                common(c),
                CompareTree.svg(c, ctx),
                facts(kb.models().get(a), kb.models().get(b)),
                caps.rows(),
                caps.lists(),
                path(c.pathA(), "a", a, c.common()),
                path(c.pathB(), "b", b, c.common()),
                claims(a, b),
                Fragments.linkItems(related));
    }

    private Html common(Comparison c) {
        HtmlWriter w = new HtmlWriter(256);
        w.open("p").attr("class", "compare-common").attr("data-common", c.common().orElse(""));
        if (c.common().isEmpty()) {
            w.text(t.get("compare.no_common"));
        } else {
            w.text(t.get("compare.common")).raw(" ");
            Fragments.link(w, ctx.link(Kind.MODEL, c.common().get()));
        }
        return w.close("p").toHtml();
    }

    /** The infobox's facts, one row per fact either model gives, the differing ones marked. */
    private Html facts(Model a, Model b) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String k : FACTS) {
            rows.put(k, new String[] {factValue(k, a), factValue(k, b)});
        }
        HtmlWriter w = new HtmlWriter(2048);
        rows.forEach(
                (k, v) -> {
                    if (v[0].isEmpty() && v[1].isEmpty()) {
                        return;
                    }
                    w.raw("\n      ")
                            .open("tr")
                            .attr("data-fact", k)
                            .attr("class", v[0].equals(v[1]) ? null : "differs")
                            .end();
                    w.open("th").attr("scope", "row").text(t.get("model." + k)).close("th");
                    factCell(w, k, v[0], a);
                    factCell(w, k, v[1], b);
                    w.raw("</tr>");
                });
        return w.raw("\n    ").toHtml();
    }

    private void factCell(HtmlWriter w, String key, String value, Model m) {
        w.open("td").attr("data-value", value).end();
        if (value.isEmpty()) {
            w.text(t.get("compare.none"));
        } else if (key.equals("family")) {
            Fragments.link(w, ctx.link(Kind.FAMILY, value));
        } else if (key.equals("released")) {
            DateSpec d = m.released().orElseThrow();
            if (Dates.machine(d).isEmpty()) {
                w.text(ctx.date(d));
            } else {
                w.open("time").attr("datetime", Dates.machine(d)).text(ctx.date(d)).close("time");
            }
        } else if (key.equals("access")) {
            w.text(t.get("access." + value));
        } else if (key.equals("context_window")) {
            w.text(t.format("model.tokens", Integer.parseInt(value)));
        } else if (key.equals("parameters") && value.equals("unknown")) {
            w.text(t.get("value.unknown"));
        } else {
            w.text(value);
        }
        w.close("td");
    }

    /** A fact's machine value as {@code compare.js} reads it from the model's JSON; "" if none. */
    private String factValue(String key, Model m) {
        Optional<String> v =
                switch (key) {
                    case "family" -> m.family().map(Ref::id);
                    case "organization" -> Optional.of(ctx.str(m.organization()).text());
                    case "released" -> m.released().map(Object::toString);
                    case "parameters" -> m.parameters();
                    case "context_window" -> m.contextWindow().map(String::valueOf);
                    case "access" -> m.access().map(x -> x.key());
                    case "api_name" -> m.apiName();
                    default -> throw new IllegalArgumentException(key);
                };
        return v.orElse("");
    }

    /**
     * How many differing capabilities a comparison shows with the steps that made them differ; the
     * others follow in one row with their two states only. Two models far apart in a large
     * knowledge base can differ in hundreds of capabilities, and the steps of each would make the
     * page the largest of the site; each model's page traces them all.
     */
    static final int FULL_ROWS = 30;

    /**
     * The capabilities' table rows, and the one-line lists below the table.
     *
     * @param rows one row for each capability shown in full (empty when the two differ in none)
     * @param lists the other differences and the abilities held alike, each a paragraph of its own
     *     (outside the table, so that on a narrow screen they wrap in the page's width instead of
     *     the table's)
     */
    private record Capabilities(Html rows, Html lists) {}

    /**
     * Each capability the two hold differently, with its state in both and the steps on only one
     * line that changed it, up to {@link #FULL_ROWS}; then a list of the other differences and
     * their two states; then one naming those held alike, with their common state. A knowledge base
     * can have hundreds of capabilities, and most pairs differ in few of them.
     */
    private Capabilities capabilities(Comparison c) {
        // by id, as the comparison lists them
        List<CapabilityRow> rows = c.capabilities();
        HtmlWriter w = new HtmlWriter(rows.size() * 120 + 64);
        List<CapabilityRow> alike = new ArrayList<>();
        List<CapabilityRow> more = new ArrayList<>();
        int full = 0;
        for (CapabilityRow r : rows) {
            if (!r.differs()) {
                alike.add(r);
                continue;
            }
            if (full == FULL_ROWS) {
                more.add(r);
                continue;
            }
            full++;
            w.raw("\n      ")
                    .open("tr")
                    .attr("data-cap", r.capability())
                    .attr("data-a", r.stateA().map(Change::symbol).orElse(""))
                    .attr("data-b", r.stateB().map(Change::symbol).orElse(""))
                    .attr("class", "differs")
                    .end();
            w.open("th").attr("scope", "row");
            Fragments.link(w, ctx.link(Kind.CAPABILITY, r.capability()));
            w.close("th");
            state(w, r.stateA());
            state(w, r.stateB());
            steps(w, r.onlyA(), "a");
            steps(w, r.onlyB(), "b");
            w.raw("</tr>");
        }
        HtmlWriter lists = new HtmlWriter((more.size() + alike.size()) * 64 + 64);
        String separator = t.get("compare.alike_separator");
        // the lists below are sized for ids and names of a few dozen characters: a page may list
        // hundreds of them
        if (!more.isEmpty()) {
            String none = t.get("compare.none");
            StringBuilder data = new StringBuilder(more.size() * 24);
            StringBuilder names = new StringBuilder(more.size() * 48);
            for (CapabilityRow r : more) {
                if (data.length() > 0) {
                    data.append(' ');
                    names.append(separator);
                }
                String x = r.stateA().map(Change::symbol).orElse("");
                String y = r.stateB().map(Change::symbol).orElse("");
                data.append(r.capability()).append(':').append(x).append(':').append(y);
                // in words, each state as the marks show it ("absent" is a sign, not an English
                // word)
                names.append(ctx.titleOf(Kind.CAPABILITY, r.capability()).text())
                        .append(' ')
                        .append(r.stateA().map(s -> ctx.mark(s).symbol()).orElse(none))
                        .append(" \u2192 ")
                        .append(r.stateB().map(s -> ctx.mark(s).symbol()).orElse(none));
            }
            lists.raw("\n    ")
                    .open("p")
                    .attr("class", "compare-more")
                    .attr("data-more", data.toString())
                    .end()
                    .text(t.format("compare.more_differ", more.size()))
                    .raw(" ")
                    .text(names.toString())
                    .raw("</p>");
        }
        if (!alike.isEmpty()) {
            StringBuilder ids = new StringBuilder(alike.size() * 16);
            StringBuilder names = new StringBuilder(alike.size() * 40);
            for (CapabilityRow r : alike) {
                if (ids.length() > 0) {
                    ids.append(' ');
                    names.append(separator);
                }
                ids.append(r.capability());
                names.append(ctx.titleOf(Kind.CAPABILITY, r.capability()).text());
                r.stateA().ifPresent(s -> names.append(' ').append(ctx.mark(s).symbol()));
            }
            lists.raw("\n    ")
                    .open("p")
                    .attr("class", "compare-alike")
                    .attr("data-alike", ids.toString())
                    .end()
                    .text(t.format("compare.alike", alike.size()))
                    .raw(" ")
                    .text(names.toString())
                    .raw("</p>");
        }
        return new Capabilities(full == 0 ? Html.EMPTY : w.raw("\n    ").toHtml(), lists.toHtml());
    }

    private void state(HtmlWriter w, Optional<Change> s) {
        w.raw("<td>");
        if (s.isPresent()) {
            Fragments.changemark(w, ctx.mark(s.get()));
        } else {
            w.text(t.get("compare.none"));
        }
        w.raw("</td>");
    }

    private void steps(HtmlWriter w, List<Step> steps, String side) {
        w.open("td").attr("class", "compare-steps").attr("data-side", side).end();
        boolean first = true;
        for (Step s : steps) {
            if (!first) {
                w.raw(" ");
            }
            first = false;
            w.open("span")
                    .attr("class", "compare-step")
                    .attr("data-step", s.model() + " " + s.change().symbol())
                    .end();
            Fragments.link(w, ctx.link(Kind.MODEL, s.model()));
            w.raw(" ");
            Fragments.markSymbol(w, ctx.mark(s.change()));
            w.raw("</span>");
        }
        w.raw("</td>");
    }

    /**
     * The steps down from the nearest common ancestor to {@code model} (side {@code side}), each
     * with its training method; when the model is that ancestor, a line saying so instead.
     */
    private Html path(List<PathEdge> edges, String side, String model, Optional<String> common) {
        if (common.isEmpty()) {
            // no line leads down to either: the sentence above says there is no common ancestor
            return Html.EMPTY;
        }
        HtmlWriter w = new HtmlWriter(edges.size() * 300 + 64);
        if (edges.isEmpty()) {
            // the model is the common ancestor itself: a line saying so, not an empty list
            return w.open("p")
                    .attr("class", "hint compare-path-note")
                    .attr("data-side", side)
                    .end()
                    .text(t.format("compare.is_common", ctx.link(Kind.MODEL, model).text()))
                    .close("p")
                    .toHtml();
        }
        w.open("ol").attr("class", "compare-path").attr("data-side", side).end();
        for (PathEdge e : edges) {
            w.raw("\n        ")
                    .open("li")
                    .attr("data-edge", e.edge().model().id() + " " + e.child())
                    .attr("data-method", e.edge().method().id())
                    .attr("data-confidence", e.edge().confidence().key())
                    .end();
            Fragments.link(w, ctx.link(Kind.MODEL, e.edge().model().id()));
            w.raw(" → ");
            Fragments.link(w, ctx.link(Kind.MODEL, e.child()));
            w.raw(": ");
            Fragments.link(w, ctx.link(Kind.METHOD, e.edge().method().id()));
            w.raw(" ");
            ctx.f.badge(w, ctx.badge(e.edge().confidence()));
            w.raw("</li>");
        }
        return w.raw("\n      ").close("ol").toHtml();
    }

    /** The claims about either model, strongest first, each saying which of the two it is about. */
    private Html claims(String a, String b) {
        List<String> about = new ArrayList<>(catalog.claimsAbout(new EntityKey(Kind.MODEL, a)));
        List<String> aboutB = catalog.claimsAbout(new EntityKey(Kind.MODEL, b));
        for (String id : aboutB) {
            if (!about.contains(id)) {
                about.add(id);
            }
        }
        about.sort(
                Comparator.comparing((String id) -> kb.claims().get(id).status())
                        .thenComparing(Comparator.naturalOrder()));
        List<String> aboutA = catalog.claimsAbout(new EntityKey(Kind.MODEL, a));
        HtmlWriter w = new HtmlWriter(about.size() * 300 + 64);
        w.raw("<ul class=\"claims compare-claims\">");
        for (String id : about) {
            boolean x = aboutA.contains(id);
            boolean y = aboutB.contains(id);
            String which = x && y ? "both" : x ? "a" : "b";
            w.raw("\n        ")
                    .open("li")
                    .attr("data-claim", id)
                    .attr("data-status", kb.claims().get(id).status().key())
                    .attr("data-about", which)
                    .end();
            ctx.f.badge(w, ctx.badge(kb.claims().get(id).status()));
            w.raw(" ");
            Fragments.link(w, ctx.link(Kind.CLAIM, id));
            w.raw(" <span class=\"compare-about\">")
                    .text(t.get("compare.about_" + which))
                    .raw("</span></li>");
        }
        if (!about.isEmpty()) {
            w.raw("\n      ");
        }
        return w.raw("</ul>").toHtml();
    }

    /** The other order of a pair: where its page is. */
    PageView swapped(String a, String b) {
        Link target =
                new Link(
                        ctx.href(SitePaths.compare(ctx.lang, a, b)),
                        t.format(
                                "compare.heading",
                                ctx.link(Kind.MODEL, a).text(),
                                ctx.link(Kind.MODEL, b).text()),
                        null);
        return new PageViews.Redirect(ctx.plain(target.text()), null, target);
    }

    /** The picker: two model ids, the script that compares them, and the pages to go to. */
    PageView picker(ComparePairs pairs) {
        Str title = ctx.plain(t.get("compare.picker_heading"));
        Str summary = ctx.plain(t.get("compare.picker_intro"));
        HtmlWriter options = new HtmlWriter(kb.models().size() * 48 + 16);
        if (kb.models().size() <= LISTED_MODELS) {
            for (Model m : kb.models().values()) {
                options.raw("\n    ")
                        .open("option")
                        .attr("value", m.id())
                        .text(ctx.title(m).text())
                        .close("option");
            }
        }
        HtmlWriter list = new HtmlWriter(64);
        String note = null;
        if (pairs.all().size() <= LISTED_PAIRS) {
            for (Pair p : pairs.all()) {
                list.raw("\n      <li>");
                Fragments.link(list, pairLink(p));
                list.raw("</li>");
            }
        } else {
            note = t.format("compare.too_many", pairs.all().size());
        }
        return new PageViews.ComparePicker(
                title,
                summary,
                PageViews.lead(title, summary),
                ctx.href(""),
                kb.site().defaultLanguage(),
                labels(t),
                ctx.href("assets/compare.js"),
                options.toHtml(),
                list.toHtml(),
                note,
                ctx.href(SitePaths.index(ctx.lang, Kind.MODEL)));
    }

    /** The link to a pair's page, named for both models. */
    Link pairLink(Pair p) {
        return new Link(
                ctx.href(SitePaths.compare(ctx.lang, p.a(), p.b())),
                t.format(
                        "compare.heading",
                        ctx.link(Kind.MODEL, p.a()).text(),
                        ctx.link(Kind.MODEL, p.b()).text()),
                null);
    }

    /** A model page's list of the comparisons it is in, or empty. */
    Html listFor(String model, ComparePairs pairs) {
        List<Pair> mine = pairs.of(model);
        if (mine.isEmpty()) {
            return Html.EMPTY;
        }
        HtmlWriter w = new HtmlWriter(mine.size() * 160);
        for (Pair p : mine) {
            Link other = ctx.link(Kind.MODEL, p.other(model));
            // the name alone is shown, in a run-on list under the heading "Compare with"; the
            // accessible name says what the link does
            w.raw("\n      <li>")
                    .open("a")
                    .attr("href", ctx.href(SitePaths.compare(ctx.lang, p.a(), p.b())))
                    .attr("aria-label", t.format("compare.with", other.text()))
                    .attr("lang", other.lang())
                    .text(other.text())
                    .close("a")
                    .raw("</li>");
        }
        return w.raw("\n    ").toHtml();
    }

    /**
     * The picker's words, as one JSON object for {@code compare.js}, keyed as in the UI strings.
     */
    private static String labels(Ui t) {
        var o = org.lineage.export.Json.object();
        List<String> keys = new ArrayList<>();
        for (String k :
                List.of(
                        "common",
                        "no_common",
                        "none",
                        "unknown_model",
                        "same_model",
                        "loading",
                        "failed",
                        "about_a",
                        "about_b",
                        "about_both",
                        "heading",
                        "alike",
                        "alike_separator",
                        "more_differ",
                        "prerendered",
                        "is_common")) {
            keys.add("compare." + k);
        }
        for (String k : FACTS) {
            keys.add("model." + k);
        }
        for (org.lineage.model.Confidence c : org.lineage.model.Confidence.values()) {
            keys.add("confidence." + c.key());
        }
        for (Change c : Change.values()) {
            keys.add("change." + c.key());
        }
        for (org.lineage.model.Access a : org.lineage.model.Access.values()) {
            keys.add("access." + a.key());
        }
        keys.add("value.unknown");
        keys.add("model.tokens");
        keys.add("section.facts");
        keys.add("section.capabilities");
        keys.forEach(k -> o.put(k, t.get(k)));
        // the picker cuts its table where the static pages do
        o.put("full_rows", FULL_ROWS);
        return org.lineage.export.Json.compact(o);
    }
}
