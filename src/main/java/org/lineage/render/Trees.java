package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.EvolutionTree;
import org.lineage.layout.TreeLabels;
import org.lineage.layout.TreeLayout;
import org.lineage.layout.TreeLegend;
import org.lineage.layout.TreeStrings;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.layout.TreeView;
import org.lineage.model.Confidence;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.SitePaths;
import org.lineage.render.TreeParts.LegendGroup;
import org.lineage.render.TreeParts.LegendItem;
import org.lineage.render.TreeParts.TreeFigure;

/**
 * The evolution trees of one build: one {@link EvolutionTree}, the tree's words in each language
 * from the UI strings, and the sizes past which a page draws less. Shared by all rendering threads;
 * holds nothing mutable.
 */
final class Trees {
    /**
     * The most models a model page's tree shows: its ancestors stop a generation short of more (its
     * parents and children are always shown).
     */
    static final int NEIGHBOURHOOD_LIMIT = 12;

    /**
     * The most models a capability page's tree shows: the whole graph up to this size, otherwise
     * the families where the capability changes, otherwise the steps that change it with their
     * parents, earliest first.
     */
    static final int TRACE_LIMIT = 120;

    /** The most models one matrix table holds; a bigger graph has a matrix page per family. */
    static final int MATRIX_LIMIT = 200;

    /**
     * The most capabilities one family's part of a split matrix shows: those its models change most
     * often (a family of hundreds of models may change hundreds of capabilities).
     */
    static final int MATRIX_ROWS = 100;

    /** Above this many models the tree page lists the families before the (large) drawing. */
    static final int OVERVIEW_FIRST = 200;

    private final KnowledgeBase kb;
    private final EvolutionTree evolution;
    private final Map<String, TreeStrings> strings;

    /** Labels in every site language, to size the boxes of a layout that each language draws. */
    private final List<TreeLabels> sizing;

    private final ConcurrentHashMap<String, Shared> shared = new ConcurrentHashMap<>();

    Trees(KnowledgeBase kb, Map<String, Ui> uis) {
        this.kb = kb;
        this.evolution = new EvolutionTree(kb);
        Map<String, TreeStrings> m = new TreeMap<>();
        uis.forEach((lang, t) -> m.put(lang, strings(lang, t)));
        this.strings = Map.copyOf(m);
        List<TreeLabels> l = new ArrayList<>();
        for (String lang : kb.site().languages()) {
            l.add(TreeLabels.of(kb, lang, id -> "", "").withStrings(m.get(lang)));
        }
        this.sizing = List.copyOf(l);
    }

    /** The tree's words in the UI strings of {@code t}: every key, so no built-in text remains. */
    private static TreeStrings strings(String lang, Ui t) {
        TreeStrings s = TreeStrings.defaults(lang);
        for (Key k : Key.values()) {
            s = s.with(k, t.get(messageKey(k)));
        }
        return s;
    }

    /** The UI string that gives the tree's {@code k}: shared words reuse the site's own keys. */
    static String messageKey(Key k) {
        String name = k.name().toLowerCase(Locale.ROOT);
        if (name.startsWith("conf_")) {
            return "confidence."
                    + Confidence.valueOf(name.substring(5).toUpperCase(Locale.ROOT)).key();
        }
        if (name.startsWith("change_")) {
            return "change." + name.substring(7);
        }
        if (k == Key.LIST_SEPARATOR) {
            return "list.separator";
        }
        return "tree." + name;
    }

    /**
     * One drawing a page asks for.
     *
     * @param key names the drawing among the pages of every language (such as {@code nb:davinci}):
     *     they share one layout, sized for all their languages
     * @param prefix the prefix of the drawing's ids, unique on its page
     * @param toggle whether the page offers to show the open-source analogues
     * @param note a sentence on what the tree leaves out, or null
     * @param severalFamilies true when the outside models are outside several families
     */
    record Drawing(
            String key,
            TreeView view,
            String prefix,
            String title,
            String description,
            boolean toggle,
            String note,
            boolean severalFamilies) {}

    /** Draws {@code d} for the page of {@code ctx}. */
    TreeFigure figure(PageContext ctx, Drawing d) {
        TreeStrings words = strings.get(ctx.lang);
        if (d.severalFamilies()) {
            words = words.with(Key.LEGEND_OUTSIDE, ctx.t.get("tree.legend_outside_families"));
        }
        TreeLabels labels =
                TreeLabels.of(
                                kb,
                                ctx.lang,
                                id -> ctx.href(SitePaths.entity(ctx.lang, Kind.MODEL, id)),
                                d.title())
                        .withStrings(words)
                        .withIdPrefix(d.prefix())
                        .withDescription(d.description())
                        .withLegend(false);
        TreeView view = d.view();
        boolean analogues =
                !view.analogues().isEmpty()
                        || view.nodes().stream().anyMatch(n -> n.role() == TreeView.Role.ANALOGUE);
        if (!d.toggle() || !analogues) {
            TreeLayout layout = layout(d.key(), view);
            return new TreeFigure(
                    evolution.svg(view, labels, layout),
                    (int) Math.ceil(layout.width()),
                    null,
                    0,
                    legend(evolution.legend(view, labels)),
                    null,
                    d.note());
        }
        // Analogue links alone can hide in the one drawing; analogue models take room of their
        // own, so the page holds a second drawing with them.
        TreeView plain = view.withoutAnalogueModels();
        boolean models = plain.nodes().size() < view.nodes().size();
        TreeView first = models ? plain : view;
        TreeLayout layout = layout(d.key(), first);
        String svg = evolution.svg(first, labels, layout);
        String alt = null;
        int altWidth = 0;
        if (models) {
            TreeLabels altLabels = labels.withIdPrefix(d.prefix() + "-an");
            TreeLayout altLayout = layout(d.key() + "+analogues", view);
            alt = evolution.svg(view, altLabels, altLayout);
            altWidth = (int) Math.ceil(altLayout.width());
        }
        return new TreeFigure(
                svg,
                (int) Math.ceil(layout.width()),
                alt,
                altWidth,
                legend(evolution.legend(view, labels)),
                d.prefix() + "-analogues",
                d.note());
    }

    /** A figure as the page shows it: the drawing (and the one with analogues), note and legend. */
    Html html(PageContext ctx, TreeFigure f) {
        HtmlWriter w = new HtmlWriter(f.svg().length() + 4096);
        w.open("div").attr("class", f.wide() ? "tree-block wide" : "tree-block").end();
        if (f.toggle() != null) {
            w.open("input")
                    .attr("type", "checkbox")
                    .attr("class", "analogue-toggle")
                    .attr("id", f.toggle())
                    .open("label")
                    .attr("class", "analogue-label")
                    .attr("for", f.toggle())
                    .text(ctx.t.get("tree.toggle"))
                    .close("label");
        }
        w.raw("\n")
                .open("div")
                .attr("class", f.analogueSvg() != null ? "tree-scroll tree-plain" : "tree-scroll")
                .attr("style", "--tree-min: " + f.minWidth() + "px")
                // the SVG writer escapes every text and attribute it writes
                .html(Html.trusted(f.svg()))
                .raw("</div>\n");
        if (f.analogueSvg() != null) {
            w.open("div")
                    .attr("class", "tree-scroll tree-analogues")
                    .attr("style", "--tree-min: " + f.analogueMinWidth() + "px")
                    .html(Html.trusted(f.analogueSvg()))
                    .raw("</div>");
        }
        w.raw("\n");
        if (f.note() != null) {
            w.raw("<p class=\"hint tree-note\">").text(f.note()).raw("</p>");
        }
        w.raw("\n<div class=\"tree-legend\" role=\"group\"")
                .raw(" aria-label=\"")
                .text(ctx.t.get("tree.legend"))
                .raw("\">");
        for (LegendGroup g : f.legend()) {
            w.raw("<p>");
            if (g.heading() != null) {
                w.raw("<strong>").text(g.heading()).raw("</strong>");
            }
            w.raw(" ");
            for (LegendItem i : g.items()) {
                w.open("span")
                        .attr("class", "legend-item " + i.kind())
                        .html(Html.trusted(i.sample()))
                        .raw("<span>")
                        .text(i.label())
                        .raw("</span></span> ");
            }
            w.raw("</p>");
        }
        return w.raw("</div>\n</div>").toHtml();
    }

    /** A layout made for every language, by the first page to ask, and dropped by the last. */
    private record Shared(TreeLayout layout, AtomicInteger pending) {}

    /**
     * The layout of drawing {@code key}: made once for all site languages (the pages of a drawing
     * in each language are planned side by side, so an entry lives briefly).
     */
    private TreeLayout layout(String key, TreeView view) {
        if (sizing.size() == 1) {
            return evolution.layout(view, sizing);
        }
        Shared s =
                shared.computeIfAbsent(
                        key,
                        k ->
                                new Shared(
                                        evolution.layout(view, sizing),
                                        new AtomicInteger(sizing.size())));
        if (s.pending().decrementAndGet() <= 0) {
            shared.remove(key, s);
        }
        return s.layout();
    }

    /**
     * The legend in groups: each heading starts one, and the entries after the lineage edges' line
     * styles (analogues, outside models, this model) make one of their own.
     */
    private static List<LegendGroup> legend(TreeLegend legend) {
        List<LegendGroup> out = new ArrayList<>();
        String heading = null;
        List<LegendItem> items = new ArrayList<>();
        boolean lines = false;
        for (TreeLegend.Entry e : legend.entries()) {
            TreeLegend.Symbol s = e.symbol();
            boolean line =
                    s == TreeLegend.Symbol.SOLID
                            || s == TreeLegend.Symbol.DASHED
                            || s == TreeLegend.Symbol.DOTTED;
            if (s == TreeLegend.Symbol.HEADING || (lines && !line)) {
                if (heading != null || !items.isEmpty()) {
                    out.add(new LegendGroup(heading, List.copyOf(items)));
                }
                heading = s == TreeLegend.Symbol.HEADING ? e.label() : null;
                items.clear();
                lines = false;
                if (s == TreeLegend.Symbol.HEADING) {
                    continue;
                }
            }
            lines = line;
            String kind =
                    s == TreeLegend.Symbol.ANALOGUE || s == TreeLegend.Symbol.ANALOGUE_MODEL
                            ? "legend-analogue"
                            : "legend-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
            items.add(new LegendItem(kind, TreeLegend.sampleSvg(e), e.label()));
        }
        if (heading != null || !items.isEmpty()) {
            out.add(new LegendGroup(heading, List.copyOf(items)));
        }
        return List.copyOf(out);
    }
}
