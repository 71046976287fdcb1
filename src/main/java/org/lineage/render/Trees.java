package org.lineage.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.lineage.export.Json;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.EvolutionTree;
import org.lineage.layout.Lanes;
import org.lineage.layout.LayoutCache;
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
import org.lineage.render.TreeParts.Choice;
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
    private final ConcurrentHashMap<String, String> scriptLabels = new ConcurrentHashMap<>();

    Trees(KnowledgeBase kb, Map<String, Ui> uis, LayoutCache layouts) {
        this.kb = kb;
        this.evolution = new EvolutionTree(kb, layouts);
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
        if (name.startsWith("access_")) {
            return "access." + name.substring(7).replace('_', '-');
        }
        return "tree." + name;
    }

    /**
     * One drawing a page asks for.
     *
     * @param key names the drawing among the pages of every language (such as {@code nb:davinci}):
     *     they share one layout, sized for all their languages
     * @param pages how many pages of one language draw it (they all share the layout)
     * @param prefix the prefix of the drawing's ids, unique on its page
     * @param toggle whether the page hides the analogues until the reader asks for them
     * @param hideLane whether that hides the analogue lane too, not just the models the view added
     *     as analogues
     * @param focus the model a phone's screen opens centred on, or null
     * @param filter whether the figure offers to highlight the steps that changed a capability
     * @param note a sentence on what the tree leaves out, or null
     * @param severalFamilies true when the outside models are outside several families
     */
    record Drawing(
            String key,
            int pages,
            TreeView view,
            String prefix,
            String title,
            String description,
            boolean toggle,
            boolean hideLane,
            String focus,
            boolean filter,
            String note,
            boolean severalFamilies) {}

    /** Where each model belongs: the series of the spine, or the analogue lane. */
    Lanes lanes() {
        return evolution.lanes();
    }

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
        TreeView plain = d.toggle() ? evolution.withoutAnalogues(view, d.hideLane()) : view;
        List<Choice> filter = d.filter() ? capabilities(ctx, view) : List.of();
        String id = d.prefix() + "-figure";
        String script = scriptLabels(ctx.t);
        List<LegendGroup> legend = legend(evolution.legend(view, labels));
        if (plain.nodes().size() == view.nodes().size()) {
            TreeLayout layout = layout(d.key(), d.pages(), view);
            return new TreeFigure(
                    id,
                    evolution.svg(view, labels, layout),
                    (int) Math.ceil(layout.width()),
                    null,
                    0,
                    legend,
                    null,
                    null,
                    d.note(),
                    d.focus(),
                    filter,
                    script,
                    ctx.href("assets/tree.js"));
        }
        // The analogues take room of their own, so the page holds a second drawing with them.
        TreeLayout layout = layout(d.key(), d.pages(), plain);
        String svg = evolution.svg(plain, labels, layout);
        TreeLabels altLabels = labels.withIdPrefix(d.prefix() + "-an");
        TreeLayout altLayout = layout(d.key() + "+analogues", d.pages(), view);
        String alt = evolution.svg(view, altLabels, altLayout);
        Set<String> shown = new HashSet<>();
        plain.nodes().forEach(n -> shown.add(n.model()));
        List<String> hidden =
                view.nodes().stream()
                        .map(TreeView.Node::model)
                        .filter(m -> !shown.contains(m))
                        .toList();
        boolean otherLabs = hidden.stream().allMatch(evolution.lanes()::fromAnotherLab);
        return new TreeFigure(
                id,
                svg,
                (int) Math.ceil(layout.width()),
                alt,
                (int) Math.ceil(altLayout.width()),
                legend,
                d.prefix() + "-analogues",
                ctx.t.format(otherLabs ? "tree.toggle_other_labs" : "tree.toggle", hidden.size()),
                d.note(),
                d.focus(),
                filter,
                script,
                ctx.href("assets/tree.js"));
    }

    /**
     * The capabilities that the models of {@code view} change, by name: what the figure's filter
     * offers.
     */
    private List<Choice> capabilities(PageContext ctx, TreeView view) {
        Set<String> ids = new HashSet<>();
        for (TreeView.Node n : view.nodes()) {
            kb.models().get(n.model()).capabilities().forEach(c -> ids.add(c.capability().id()));
        }
        List<Choice> out = new ArrayList<>();
        for (String c : ids) {
            if (kb.capabilities().containsKey(c)) {
                out.add(new Choice(c, ctx.titleOf(Kind.CAPABILITY, c).text()));
            }
        }
        out.sort(Comparator.comparing(Choice::text).thenComparing(Choice::value));
        return out;
    }

    /** The words {@code tree.js} writes, as a JSON object, made once per language. */
    private String scriptLabels(Ui t) {
        return scriptLabels.computeIfAbsent(
                t.lang(),
                lang -> {
                    ObjectNode o = Json.object();
                    for (String k :
                            List.of(
                                    "selected",
                                    "open",
                                    "clear",
                                    "filtered",
                                    "filtered_none",
                                    "separator")) {
                        o.put(k, t.get(k.equals("separator") ? "list.separator" : "tree.js_" + k));
                    }
                    return Json.compact(o);
                });
    }

    /**
     * A figure as the page shows it: the tools the script enables (filter, zoom, help), the
     * analogue toggle, the drawing (and the one with analogues), status, note and legend.
     */
    Html html(PageContext ctx, TreeFigure f) {
        Ui t = ctx.t;
        HtmlWriter w = new HtmlWriter(f.svg().length() + 4096);
        w.open("figure")
                .attr("id", f.id())
                .attr("class", f.wide() ? "tree-block wide" : "tree-block")
                .attr("data-focus", f.focus())
                .attr("data-labels", f.labels())
                .raw("\n")
                .open("div")
                .attr("class", "tree-tools")
                .flag("hidden")
                .end();
        if (!f.capabilities().isEmpty()) {
            w.open("label")
                    .attr("class", "tree-filter-label")
                    .attr("for", f.filterId())
                    .text(t.get("tree.filter"))
                    .close("label")
                    .raw(" ")
                    .open("select")
                    .attr("class", "tree-filter")
                    .attr("id", f.filterId())
                    .open("option")
                    .attr("value", "")
                    .text(t.get("tree.filter_none"))
                    .close("option");
            for (Choice c : f.capabilities()) {
                w.open("option").attr("value", c.value()).text(c.text()).close("option");
            }
            w.close("select").raw(" ");
        }
        w.open("span")
                .attr("class", "tree-zoom")
                .attr("role", "group")
                .attr("aria-label", t.get("tree.zoom"));
        zoomButton(w, "out", t.get("tree.zoom_out"), "\u2212");
        zoomButton(w, "reset", t.get("tree.zoom_reset"), "100%");
        zoomButton(w, "in", t.get("tree.zoom_in"), "+");
        w.close("span")
                .raw("\n<p class=\"hint tree-help\">")
                .text(t.get("tree.explore_hint"))
                .raw("</p></div>\n");
        if (f.toggle() != null) {
            w.open("input")
                    .attr("type", "checkbox")
                    .attr("class", "analogue-toggle")
                    .attr("id", f.toggle())
                    .open("label")
                    .attr("class", "analogue-label")
                    .attr("for", f.toggle())
                    .text(f.toggleLabel())
                    .close("label")
                    .raw("\n");
        }
        w.raw("<p class=\"hint tree-cue\" hidden>")
                .text(t.get("tree.scroll_cue"))
                .raw("</p>\n")
                .open("div")
                .attr("class", f.analogueSvg() != null ? "tree-scroll tree-plain" : "tree-scroll")
                // the SVG writer escapes every text and attribute it writes
                .html(Html.trusted(f.svg()))
                .raw("</div>\n");
        if (f.analogueSvg() != null) {
            w.raw("<div class=\"tree-scroll tree-analogues\">")
                    .html(Html.trusted(f.analogueSvg()))
                    .raw("</div>\n");
        }
        w.raw("<p class=\"tree-status\" role=\"status\"></p>\n");
        if (f.note() != null) {
            w.raw("<p class=\"hint tree-note\">").text(f.note()).raw("</p>\n");
        }
        w.open("div")
                .attr("class", "tree-legend")
                .attr("role", "group")
                .attr("aria-label", t.get("tree.legend"))
                .end();
        for (LegendGroup g : f.legend()) {
            w.raw("<p>");
            if (g.heading() != null) {
                w.raw("<strong>").text(g.heading()).raw("</strong>");
            }
            w.raw(" ");
            for (LegendItem i : g.items()) {
                w.open("span")
                        .attr("class", "legend-item " + i.kind())
                        // legend samples are drawn by the SVG writer
                        .html(Html.trusted(i.sample()))
                        .raw("<span>")
                        .text(i.label())
                        .raw("</span></span> ");
            }
            w.raw("</p>");
        }
        return w.raw("</div>\n")
                .open("script")
                .attr("src", f.script())
                .flag("defer")
                .close("script")
                .raw("\n</figure>")
                .toHtml();
    }

    private static void zoomButton(HtmlWriter w, String zoom, String label, String text) {
        w.open("button")
                .attr("type", "button")
                .attr("data-zoom", zoom)
                .attr("aria-label", label)
                .text(text)
                .close("button");
    }

    /** A layout made for every language, by the first page to ask, and dropped by the last. */
    private record Shared(TreeLayout layout, AtomicInteger pending) {}

    /**
     * The layout of drawing {@code key}: made once for all site languages (the pages of a drawing
     * in each language are planned side by side, so an entry lives briefly).
     */
    private TreeLayout layout(String key, int pages, TreeView view) {
        if (sizing.size() == 1) {
            return evolution.layout(view, sizing);
        }
        Shared s =
                shared.computeIfAbsent(
                        key,
                        k ->
                                new Shared(
                                        evolution.layout(view, sizing),
                                        new AtomicInteger(pages * sizing.size())));
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
                    s == TreeLegend.Symbol.ANALOGUE_MODEL
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
