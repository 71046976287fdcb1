package org.lineage.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.lineage.graph.CapabilityMatrix;
import org.lineage.graph.FamilyOverview;
import org.lineage.graph.LineageGraph;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.Lanes;
import org.lineage.layout.TreeView;
import org.lineage.layout.TreeViews;
import org.lineage.model.Change;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.SitePaths;
import org.lineage.render.PageViews.MatrixTable;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Mark;
import org.lineage.render.Parts.Str;
import org.lineage.render.TreeParts.FamilyRow;
import org.lineage.render.TreeParts.TreeFigure;

/**
 * The pages of the lineage as a whole: the evolution tree ({@code /<lang>/tree/}), each family's
 * tree, and the capability matrix ({@code /<lang>/matrix/}), split by family when the graph is too
 * big for one table.
 */
public final class GraphPages {
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final LineageGraph graph;
    private final Trees trees;
    private final PageContext ctx;
    private final Ui t;

    GraphPages(Catalog catalog, Trees trees, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.graph = catalog.graph();
        this.trees = trees;
        this.ctx = ctx;
        this.t = ctx.t;
    }

    /**
     * The tree and matrix pages a knowledge base has: the whole tree, one tree per family, the
     * matrix, and one matrix page per family when the models are too many for one table.
     */
    public static List<PageKey> keys(KnowledgeBase kb) {
        List<PageKey> keys = new ArrayList<>();
        keys.add(new PageKey.Tree());
        for (String f : kb.families().keySet()) {
            keys.add(new PageKey.FamilyTree(f));
        }
        keys.add(new PageKey.Matrix());
        if (matrixSplit(kb)) {
            for (String f : kb.families().keySet()) {
                keys.add(new PageKey.FamilyMatrix(f));
            }
        }
        return keys;
    }

    static boolean matrixSplit(KnowledgeBase kb) {
        return kb.models().size() > Trees.MATRIX_LIMIT;
    }

    PageView tree() {
        int n = graph.topologicalOrder().size();
        TreeFigure figure = null;
        String note = null;
        if (TreeViews.wholeTreeFits(graph) && n > 0) {
            TreeView whole = TreeViews.whole(kb, graph);
            figure =
                    trees.figure(
                            ctx,
                            new Trees.Drawing(
                                    "whole",
                                    1,
                                    whole,
                                    "tree",
                                    t.get("tree.svg_title_whole"),
                                    t.get("tree.svg_desc_whole"),
                                    true,
                                    true,
                                    spineStart(trees, whole),
                                    true,
                                    null,
                                    false));
        } else if (n > 0) {
            note = t.format("tree.too_big", n);
        }
        FamilyOverview overview = FamilyOverview.of(kb, graph);
        List<FamilyRow> families = familyRows(overview, f -> SitePaths.familyTree(ctx.lang, f));
        Str title = ctx.plain(t.get("tree.heading"));
        Str summary = ctx.plain(t.get("tree.intro"));
        return new PageViews.Tree(
                title,
                summary,
                PageViews.lead(title, summary),
                figure == null ? Html.EMPTY : trees.html(ctx, figure),
                note,
                familyTable(families),
                overview.unaffiliated() > 0
                        ? t.format("tree.no_family", overview.unaffiliated())
                        : null,
                n > Trees.OVERVIEW_FIRST,
                Html.EMPTY);
    }

    /**
     * The spine of the evolution tree for the home page: the whole tree's main story without the
     * analogues, drawn as on the tree page; empty when the whole tree does not fit one drawing.
     */
    Html spine() {
        if (!TreeViews.wholeTreeFits(graph) || graph.topologicalOrder().isEmpty()) {
            return Html.EMPTY;
        }
        List<String> main =
                graph.topologicalOrder().stream()
                        .filter(m -> trees.lanes().lane(m) == Lanes.Lane.MAIN)
                        .toList();
        TreeView view = TreeViews.members(kb, graph, main).withoutAnalogues();
        return trees.html(
                ctx,
                trees.figure(
                        ctx,
                        new Trees.Drawing(
                                "spine",
                                1,
                                view,
                                "home",
                                t.get("tree.svg_title_whole"),
                                t.get("tree.svg_desc_whole"),
                                false,
                                true,
                                spineStart(trees, view),
                                false,
                                null,
                                false)));
    }

    PageView familyTree(String family) {
        Str name = ctx.title(kb.families().get(family));
        List<String> members = catalog.modelsOf(family);
        TreeFigure figure = familyFigure(catalog, trees, ctx, family);
        List<Link> related = new ArrayList<>();
        Link page = ctx.link(Kind.FAMILY, family);
        related.add(new Link(page.href(), t.get("tree.family_page"), null));
        related.add(new Link(ctx.href(SitePaths.tree(ctx.lang)), t.get("tree.whole_link"), null));
        related.add(
                new Link(
                        ctx.href(
                                matrixSplit(kb)
                                        ? SitePaths.familyMatrix(ctx.lang, family)
                                        : SitePaths.matrix(ctx.lang)),
                        t.get("matrix.heading"),
                        null));
        Str title = new Str(t.format("tree.family_heading", name.text()), name.lang());
        Str summary = ctx.plain(t.get("tree.family_intro"));
        return new PageViews.Tree(
                title,
                summary,
                PageViews.lead(title, summary),
                figure == null ? Html.EMPTY : trees.html(ctx, figure),
                members.isEmpty() ? t.get("family.none") : null,
                Html.EMPTY,
                null,
                false,
                related(related));
    }

    /**
     * The tree of {@code family}, its outside parents and its analogues (hidden until asked for):
     * drawn on the family's tree page and on its page, from one layout; null for a family with no
     * model.
     */
    static TreeFigure familyFigure(Catalog catalog, Trees trees, PageContext ctx, String family) {
        KnowledgeBase kb = catalog.kb();
        LineageGraph graph = catalog.graph();
        List<String> members = catalog.modelsOf(family);
        if (members.isEmpty()) {
            return null;
        }
        Str name = ctx.title(kb.families().get(family));
        TreeView view =
                TreeViews.withAnalogueModels(kb, graph, TreeViews.members(kb, graph, members));
        return trees.figure(
                ctx,
                new Trees.Drawing(
                        "family:" + family,
                        2,
                        view,
                        "tree",
                        ctx.t.format("tree.svg_title_family", name.text()),
                        ctx.t.get("tree.svg_desc_family"),
                        true,
                        trees.lanes().isSeries(family),
                        spineStart(trees, view),
                        true,
                        null,
                        false));
    }

    /**
     * Where a phone's screen first looks: the view's first member on the main line, in lineage
     * order.
     */
    private static String spineStart(Trees trees, TreeView view) {
        return view.nodes().stream()
                .filter(n -> n.role() == TreeView.Role.MEMBER)
                .filter(n -> trees.lanes().lane(n.model()) == Lanes.Lane.MAIN)
                .map(TreeView.Node::model)
                .findFirst()
                .orElse(null);
    }

    PageView matrix() {
        List<MatrixTable> tables = new ArrayList<>();
        List<FamilyRow> families = List.of();
        String intro;
        if (!matrixSplit(kb)) {
            intro = t.get("matrix.intro");
            CapabilityMatrix m = CapabilityMatrix.of(kb, graph);
            tables.add(table("matrix-table", t.get("matrix.caption"), m, m.capabilities(), null));
        } else {
            intro = t.format("matrix.split_intro", kb.models().size());
            families =
                    familyRows(
                            FamilyOverview.of(kb, graph), f -> SitePaths.familyMatrix(ctx.lang, f));
            List<String> loose = new ArrayList<>();
            for (Model m : kb.models().values()) {
                if (m.family().filter(f -> kb.families().containsKey(f.id())).isEmpty()) {
                    loose.add(m.id());
                }
            }
            if (!loose.isEmpty()) {
                tables.add(changedBy("matrix-unaffiliated", t.get("matrix.unaffiliated"), loose));
            }
        }
        Str title = ctx.plain(t.get("matrix.heading"));
        Str summary = ctx.plain(intro);
        return new PageViews.Matrix(
                title,
                summary,
                PageViews.lead(title, summary),
                tables,
                legend(),
                familyTable(families),
                Html.EMPTY);
    }

    PageView familyMatrix(String family) {
        Str name = ctx.title(kb.families().get(family));
        List<MatrixTable> tables = new ArrayList<>();
        List<String> members = catalog.modelsOf(family);
        if (!members.isEmpty()) {
            tables.add(
                    changedBy(
                            "matrix-table",
                            t.format("matrix.family_caption", name.text()),
                            members));
        }
        List<Link> related = new ArrayList<>();
        related.add(new Link(ctx.href(SitePaths.matrix(ctx.lang)), t.get("matrix.all"), null));
        related.add(
                new Link(
                        ctx.href(SitePaths.familyTree(ctx.lang, family)),
                        t.format("tree.svg_title_family", name.text()),
                        null));
        Str title = new Str(t.format("matrix.family_heading", name.text()), name.lang());
        Str summary =
                ctx.plain(members.isEmpty() ? t.get("family.none") : t.get("matrix.family_intro"));
        return new PageViews.Matrix(
                title,
                summary,
                PageViews.lead(title, summary),
                tables,
                legend(),
                Html.EMPTY,
                related(related));
    }

    /**
     * The models' table, its rows the capabilities that some of them change themselves: at most
     * {@link Trees#MATRIX_ROWS}, those changed by the most of them, in table order.
     */
    private MatrixTable changedBy(String id, String caption, List<String> models) {
        CapabilityMatrix m = CapabilityMatrix.of(kb, graph, models);
        Map<String, Map<String, Change>> changed = m.explicitChanges();
        List<String> rows = m.capabilities().stream().filter(changed::containsKey).toList();
        String note = t.format("matrix.rows_changed", rows.size());
        if (rows.size() > Trees.MATRIX_ROWS) {
            List<String> most = new ArrayList<>(rows);
            most.sort(Comparator.comparingInt((String c) -> -changed.get(c).size()));
            Set<String> kept = new HashSet<>(most.subList(0, Trees.MATRIX_ROWS));
            note = t.format("matrix.rows_most", Trees.MATRIX_ROWS, rows.size());
            rows = rows.stream().filter(kept::contains).toList();
        }
        return table(id, caption, m, rows, note);
    }

    private MatrixTable table(
            String id, String caption, CapabilityMatrix m, List<String> capabilities, String note) {
        // the series first, each a group of columns under its name; the other models last
        java.util.Set<String> series = org.lineage.graph.Series.of(kb);
        Map<String, List<String>> byFamily = new java.util.LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String x : m.models()) {
            java.util.Optional<String> f =
                    org.lineage.graph.Series.familyOf(kb, kb.models().get(x))
                            .filter(series::contains);
            if (f.isPresent()) {
                byFamily.computeIfAbsent(f.get(), k -> new ArrayList<>()).add(x);
            } else {
                rest.add(x);
            }
        }
        List<String> order = new ArrayList<>();
        byFamily.values().forEach(order::addAll);
        order.addAll(rest);
        HtmlWriter models = new HtmlWriter(m.models().size() * 160 + 256);
        models.raw("<tr><td class=\"corner\"></td>");
        for (Map.Entry<String, List<String>> e : byFamily.entrySet()) {
            models.open("th")
                    .attr("scope", "colgroup")
                    .attr("colspan", e.getValue().size())
                    .attr("class", "family")
                    .end();
            Fragments.link(models, ctx.link(Kind.FAMILY, e.getKey()));
            models.raw("</th>");
        }
        if (!rest.isEmpty()) {
            models.open("th")
                    .attr("scope", "colgroup")
                    .attr("colspan", rest.size())
                    .attr("class", "family")
                    .end()
                    .text(t.get(byFamily.isEmpty() ? "kind.models" : "matrix.others"))
                    .raw("</th>");
        }
        models.raw("</tr>\n        <tr><th scope=\"col\" class=\"corner\">")
                .text(t.get("col.capability"))
                .raw("</th>");
        for (String x : order) {
            models.raw("<th scope=\"col\" class=\"model\">");
            Fragments.link(models, ctx.link(Kind.MODEL, x));
            models.raw("</th>");
        }
        models.raw("</tr>");
        Map<String, String> names = new HashMap<>();
        HtmlWriter rows = new HtmlWriter(capabilities.size() * m.models().size() * 80 + 64);
        for (String cap : capabilities) {
            rows.raw("<tr><th scope=\"row\">");
            Fragments.link(rows, ctx.link(Kind.CAPABILITY, cap));
            rows.raw("</th>");
            for (String model : order) {
                var c = m.cell(cap, model);
                if (c.isEmpty()) {
                    rows.raw("<td></td>");
                    continue;
                }
                String from =
                        names.computeIfAbsent(
                                c.get().step().model(), x -> ctx.title(kb.models().get(x)).text());
                cell(rows, c.get(), from);
            }
            rows.raw("</tr>");
        }
        return new MatrixTable(id, caption, models.toHtml(), rows.toHtml(), note);
    }

    /** One cell: the state's symbol, linking to the claim that argues the deciding step. */
    private void cell(HtmlWriter w, CapabilityMatrix.Cell c, String from) {
        String symbol = symbol(c.state());
        String label = t.get("change." + c.state().key());
        String title =
                c.explicit()
                        ? t.format("matrix.cell_own", label)
                        : t.format("matrix.cell_inherited", label, from);
        String href =
                c.step()
                        .claim()
                        .map(cl -> ctx.href(SitePaths.entity(ctx.lang, Kind.CLAIM, cl)))
                        .orElse(null);
        String tag = href != null ? "a" : "span";
        w.open("td")
                .attr("class", (c.explicit() ? "own" : "inherited") + " mark-" + c.state().key())
                .open(tag)
                .attr("href", href)
                .attr("title", title)
                .text(c.explicit() ? symbol : "(" + symbol + ")")
                .close(tag)
                .raw("</td>");
    }

    /** The family overview as a table; empty without families. */
    private Html familyTable(List<FamilyRow> rows) {
        if (rows.isEmpty()) {
            return Html.EMPTY;
        }
        HtmlWriter w = new HtmlWriter(rows.size() * 300 + 400);
        w.raw("<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">")
                .text(t.get("col.family"))
                .raw("</th><th scope=\"col\" class=\"num\">")
                .text(t.get("col.models"))
                .raw("</th><th scope=\"col\">")
                .text(t.get("col.years"))
                .raw("</th><th scope=\"col\">")
                .text(t.get("col.from_families"))
                .raw("</th></tr></thead>\n<tbody>");
        for (FamilyRow r : rows) {
            w.raw("<tr><td>");
            Fragments.link(w, r.page());
            w.raw("</td><td class=\"num\">")
                    .text(Integer.toString(r.models()))
                    .raw("</td><td class=\"nowrap\">")
                    .text(r.years())
                    .raw("</td><td>");
            if (!r.from().isEmpty()) {
                w.raw("<ul class=\"inline\">").html(Fragments.linkItems(r.from())).raw("</ul>");
            }
            w.raw("</td></tr>");
        }
        return w.raw("</tbody>\n</table></div>").toHtml();
    }

    /** Links to the pages around; empty without any. */
    private static Html related(List<Link> links) {
        if (links.isEmpty()) {
            return Html.EMPTY;
        }
        return new HtmlWriter()
                .raw("<ul class=\"inline related\">")
                .html(Fragments.linkItems(links))
                .raw("</ul>")
                .toHtml();
    }

    /**
     * A state's symbol in a cell: {@code absent} is a word, so it is said in the page's language.
     */
    private String symbol(Change c) {
        return c == Change.ABSENT ? t.get("tree.badge_absent") : c.symbol();
    }

    private List<Mark> legend() {
        List<Mark> out = new ArrayList<>();
        for (Change c : Change.values()) {
            out.add(new Mark(c.key(), symbol(c), t.get("change." + c.key())));
        }
        return out;
    }

    private List<FamilyRow> familyRows(FamilyOverview overview, UnaryOperator<String> path) {
        Set<String> known = new HashSet<>(kb.families().keySet());
        List<FamilyRow> rows = new ArrayList<>();
        for (FamilyOverview.Row r : overview.families()) {
            Str name = ctx.title(kb.families().get(r.family()));
            String years = null;
            if (r.firstYear().isPresent()) {
                int a = r.firstYear().getAsInt();
                int b = r.lastYear().getAsInt();
                years =
                        a == b
                                ? Integer.toString(a)
                                : t.format("date.range", Integer.toString(a), Integer.toString(b));
            }
            List<Link> from = new ArrayList<>();
            r.parentFamilies()
                    .forEach(
                            (f, count) -> {
                                if (known.contains(f)) {
                                    Str n = ctx.title(kb.families().get(f));
                                    from.add(
                                            new Link(
                                                    ctx.href(path.apply(f)),
                                                    t.format("tree.from_family", n.text(), count),
                                                    n.lang()));
                                }
                            });
            rows.add(
                    new FamilyRow(
                            new Link(ctx.href(path.apply(r.family())), name.text(), name.lang()),
                            r.models(),
                            years,
                            from));
        }
        return rows;
    }
}
