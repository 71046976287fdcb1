package org.lineage.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.graph.Trace;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.layout.Lanes;
import org.lineage.layout.TreeView;
import org.lineage.layout.TreeViews;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;
import org.lineage.render.Parts.Link;
import org.lineage.render.TreeParts.TraceItem;
import org.lineage.render.TreeParts.TracePath;
import org.lineage.render.TreeParts.TraceStep;
import org.lineage.render.TreeParts.Traces;
import org.lineage.render.TreeParts.TreeFigure;

/**
 * The trees and traces on entity pages: a model's neighbourhood and how it got each ability, a
 * capability traced along the lineage. Each costs only what the page shows, never the whole graph
 * (except a capability's tree in a graph small enough to draw whole).
 */
final class TraceViews {
    /** The most lines of descent shown per ability. */
    static final int SHOWN_PATHS = 2;

    /** A line longer than this shows its changed steps, its ends, and counts the others. */
    static final int FULL_PATH = 8;

    /**
     * The most steps a model page's traces show in all, in a graph small enough to draw whole on a
     * capability page ({@link Trees#TRACE_LIMIT}): enough for every ability of the deepest model of
     * a curated knowledge base. The abilities past the budget are counted in one sentence (their
     * latest steps are in the inherited-state table, their trees on their capability pages).
     */
    static final int STEP_BUDGET = 100;

    /**
     * The step budget in a larger graph, where models inherit dozens of abilities over long
     * ancestries: the strongest few abilities are traced.
     */
    static final int LARGE_STEP_BUDGET = 16;

    /** The most models a capability's tree shows when it draws the steps that change it. */
    static final int STEPS_LIMIT = 60;

    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final LineageGraph graph;
    private final Trees trees;
    private final PageContext ctx;
    private final Ui t;

    TraceViews(Catalog catalog, Trees trees, PageContext ctx) {
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.graph = catalog.graph();
        this.trees = trees;
        this.ctx = ctx;
        this.t = ctx.t;
    }

    /** A model's ancestors (as many generations as fit), children and analogues; it highlighted. */
    TreeFigure modelTree(String model) {
        TreeView view =
                TreeViews.withAnalogueModels(
                        kb,
                        graph,
                        TreeViews.neighbourhoodWithin(kb, graph, model, Trees.NEIGHBOURHOOD_LIMIT),
                        List.of(model));
        // every member but the model and its children is an ancestor
        long shownAncestors =
                view.nodes().stream().filter(n -> n.role() == TreeView.Role.MEMBER).count()
                        - 1
                        - graph.children(model).size();
        int ancestors = graph.ancestors(model).size();
        String note =
                ancestors > shownAncestors
                        ? t.format("tree.nb_cut", ancestors - shownAncestors)
                        : null;
        String name = ctx.title(kb.models().get(model)).text();
        return trees.figure(
                ctx,
                new Trees.Drawing(
                        "nb:" + model,
                        1,
                        view,
                        "nb",
                        t.format("tree.svg_title_model", name),
                        t.format("tree.svg_desc_model", name),
                        true,
                        trees.lanes().lane(model) == Lanes.Lane.MAIN,
                        model,
                        true,
                        note,
                        false));
    }

    /**
     * A capability traced along the lineage: the whole graph when small enough, otherwise the
     * families where it changes, otherwise the steps that change it with their parents.
     */
    TreeFigure capabilityTree(String capability) {
        List<String> changers =
                catalog.changesOf(capability).stream().map(Catalog.Change::model).toList();
        TreeView view;
        String note = null;
        boolean outsideFamilies = false;
        if (graph.topologicalOrder().size() <= Trees.TRACE_LIMIT) {
            view = TreeViews.whole(kb, graph);
        } else {
            Set<String> families = new LinkedHashSet<>();
            Set<String> members = new LinkedHashSet<>();
            for (String m : changers) {
                Optional<String> f = kb.models().get(m).family().map(Ref::id);
                if (f.isPresent() && kb.families().containsKey(f.get())) {
                    if (families.add(f.get())) {
                        members.addAll(catalog.modelsOf(f.get()));
                    }
                } else {
                    members.add(m);
                }
            }
            // the view of the changers' families, drawn when it is small; it has at least as
            // many models as the families, so larger ones are not built (at 10,000 models a
            // capability's families can hold thousands, and building their view cost more than
            // the rest of the page)
            TreeView byFamily =
                    changers.isEmpty() || members.size() > Trees.TRACE_LIMIT
                            ? null
                            : TreeViews.members(kb, graph, members);
            if (byFamily != null && byFamily.nodes().size() <= Trees.TRACE_LIMIT) {
                view = byFamily;
                outsideFamilies = true;
                List<String> names = new ArrayList<>();
                for (String f : families) {
                    names.add(ctx.title(kb.families().get(f)).text());
                }
                note =
                        families.isEmpty()
                                ? null
                                : t.format(
                                        "tree.trace_families",
                                        String.join(t.get("list.separator"), names));
            } else {
                view = TreeViews.withParents(kb, graph, changers, STEPS_LIMIT);
                Set<String> shown = new HashSet<>();
                view.nodes().forEach(n -> shown.add(n.model()));
                long drawn = changers.stream().filter(shown::contains).count();
                note =
                        drawn < changers.size()
                                ? t.format("tree.trace_steps_cut", drawn, changers.size())
                                : t.format("tree.trace_steps", changers.size());
            }
        }
        view = view.withoutAnalogues().tracing(graph, capability);
        String name = ctx.title(kb.capabilities().get(capability)).text();
        return trees.figure(
                ctx,
                new Trees.Drawing(
                        "trace:" + capability,
                        1,
                        view,
                        "trace",
                        t.format("tree.svg_title_trace", name),
                        t.format("tree.svg_desc_trace", name),
                        true,
                        true,
                        null,
                        false,
                        note,
                        outsideFamilies));
    }

    /**
     * How {@code model} got each ability, in the order of the inherited-state table (strongest
     * first, then by name), for as many abilities as the page's step budget allows; a trace is
     * computed only for those.
     */
    /** The traces as the entries of the page's list, and the sentence counting the rest. */
    record Written(Html items, String rest) {}

    /** {@link #traces(String)}, written. */
    Written written(String model) {
        Traces tr = traces(model);
        if (tr.items().isEmpty()) {
            return new Written(Html.EMPTY, tr.rest());
        }
        HtmlWriter w = new HtmlWriter(tr.items().size() * 3000);
        for (TraceItem item : tr.items()) {
            w.raw("\n      ")
                    .open("li")
                    .attr("class", item.own() ? "own" : null)
                    .raw("\n        <details>\n          <summary>")
                    .open("span")
                    .attr("class", "trace-cap")
                    .attr("lang", item.capability().lang())
                    .text(item.capability().text())
                    .raw("</span> ");
            Fragments.changemark(w, item.state());
            w.raw(" <span class=\"trace-origin\">")
                    .text(item.origin())
                    .raw(" · ")
                    .text(item.lines())
                    .raw("</span></summary>\n          <div class=\"trace-body\">")
                    .raw("\n            <p class=\"trace-link\">");
            Fragments.link(w, item.capability());
            w.raw("</p>");
            for (TracePath p : item.paths()) {
                w.raw("\n            <div class=\"trace-path\">\n              ");
                if (p.label() != null) {
                    w.raw("<p class=\"trace-line\">").text(p.label()).raw("</p>");
                }
                w.raw("\n              <ol class=\"path\">");
                for (TraceStep s : p.steps()) {
                    w.raw("\n                ")
                            .open("li")
                            .attr(
                                    "class",
                                    s.skipped() != null
                                            ? "skipped"
                                            : (s.current() ? "current" : null));
                    step(w, s);
                    w.raw("</li>");
                }
                w.raw("\n              </ol>\n            </div>");
            }
            w.raw("\n            ");
            if (item.more() != null) {
                w.raw("<p class=\"hint\">").text(item.more()).raw("</p>");
            }
            w.raw("\n          </div>\n        </details>\n      </li>");
        }
        return new Written(w.raw("\n    ").toHtml(), tr.rest());
    }

    private void step(HtmlWriter w, TraceStep s) {
        if (s.skipped() != null) {
            w.text(s.skipped());
            return;
        }
        if (s.method() != null) {
            w.raw("<span class=\"via\">").text(t.get("edge.via"));
            Fragments.link(w, s.method());
            w.raw(" ");
            ctx.f.badge(w, s.confidence());
            if (s.edgeClaim() != null) {
                w.raw(" <span class=\"argued\">").text(t.get("trace.argued"));
                Fragments.link(w, s.edgeClaim());
                w.raw("</span>");
            }
            w.raw("</span>");
        }
        w.raw("<span class=\"step\">");
        Fragments.link(w, s.model());
        if (s.change() != null) {
            w.raw(" ");
            Fragments.changemark(w, s.change());
        }
        if (s.claim() != null) {
            w.raw(" <span class=\"argued\">").text(t.get("trace.argued"));
            Fragments.link(w, s.claim());
            w.raw("</span>");
        }
        w.raw("</span>");
    }

    private Traces traces(String model) {
        List<Map.Entry<String, NetState>> states = Origins.sorted(graph, model, kb, ctx);
        int budget =
                graph.topologicalOrder().size() <= Trees.TRACE_LIMIT
                        ? STEP_BUDGET
                        : LARGE_STEP_BUDGET;
        List<TraceItem> out = new ArrayList<>();
        for (Map.Entry<String, NetState> e : states) {
            if (budget <= 0) {
                break;
            }
            Trace tr = Trace.of(graph, model, e.getKey());
            List<TracePath> paths = new ArrayList<>();
            int n = Math.min(SHOWN_PATHS, tr.paths().size());
            for (int i = 0; i < n && (i == 0 || budget > 0); i++) {
                List<TraceStep> steps = steps(tr.paths().get(i), model);
                budget -= steps.size();
                paths.add(
                        new TracePath(
                                tr.pathCount() > 1
                                        ? t.format("trace.line", i + 1, tr.pathCount())
                                        : null,
                                steps));
            }
            out.add(
                    new TraceItem(
                            ctx.link(Kind.CAPABILITY, tr.capability()),
                            ctx.mark(e.getValue().state()),
                            e.getValue().own(),
                            new Origins(ctx, model).text(e.getValue()),
                            t.format("trace.lines", tr.pathCount()),
                            paths,
                            tr.pathCount() > paths.size()
                                    ? t.format("trace.more", tr.pathCount() - paths.size())
                                    : null));
        }
        int rest = states.size() - out.size();
        return new Traces(out, rest > 0 ? t.format("trace.rest", rest) : null);
    }

    /** The steps of one line; a long line keeps its ends and changes and counts the rest. */
    private List<TraceStep> steps(Trace.Path path, String model) {
        List<Trace.PathStep> all = path.steps();
        List<TraceStep> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < all.size(); i++) {
            Trace.PathStep s = all.get(i);
            boolean keep =
                    all.size() <= FULL_PATH
                            || i == 0
                            || i == all.size() - 1
                            || s.change().isPresent();
            if (!keep) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                out.add(skippedStep(skipped));
                skipped = 0;
            }
            out.add(step(s, model));
        }
        return out;
    }

    private TraceStep skippedStep(int n) {
        return new TraceStep(
                null, null, null, null, null, null, false, t.format("trace.skipped", n));
    }

    private TraceStep step(Trace.PathStep s, String model) {
        Optional<Trace.Via> via = s.via();
        Link edgeClaim = via.flatMap(Trace.Via::claim).map(this::claimLink).orElse(null);
        return new TraceStep(
                ctx.link(Kind.MODEL, s.model()),
                s.change().map(ctx::mark).orElse(null),
                s.claim().map(c -> claimLink(c)).orElse(null),
                via.map(v -> ctx.link(Kind.METHOD, v.method())).orElse(null),
                via.map(v -> ctx.badge(v.confidence())).orElse(null),
                edgeClaim,
                s.model().equals(model),
                null);
    }

    /**
     * A claim linked by its statement, so that the link says what it leads to; the traces are
     * folded, so the statements cost no room until a reader opens one.
     */
    private Link claimLink(String id) {
        return ctx.link(Kind.CLAIM, id);
    }

    /** Whether a model page has a lineage to draw (a model alone draws nothing useful). */
    static boolean hasLineage(LineageGraph graph, Model m) {
        return !graph.parents(m.id()).isEmpty()
                || !graph.children(m.id()).isEmpty()
                || !m.analogues().isEmpty();
    }
}
