package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.graph.Step;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.CapabilityChange;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.EdgeItem;
import org.lineage.render.Parts.Fact;
import org.lineage.render.Parts.Item;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

/** The view of a model page: infobox, lineage, capabilities, claims, analogues. */
final class ModelViews {
    /** How many of the latest steps the inherited-state table shows per capability. */
    static final int SHOWN_STEPS = 3;

    private final EntityViews entities;
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final LineageGraph graph;
    private final PageContext ctx;
    private final Ui t;

    private final Trees trees;

    ModelViews(EntityViews entities, Catalog catalog, PageContext ctx, Trees trees) {
        this.trees = trees;
        this.entities = entities;
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.graph = catalog.graph();
        this.ctx = ctx;
        this.t = ctx.t;
    }

    PageView model(Model m) {
        List<Fact> facts = new ArrayList<>();
        if (!m.aliases().isEmpty()) {
            facts.add(fact("model.aliases", String.join(t.get("list.separator"), m.aliases())));
        }
        m.family()
                .ifPresent(
                        f ->
                                facts.add(
                                        new Fact(
                                                t.get("model.family"),
                                                null,
                                                ctx.link(Kind.FAMILY, f.id()),
                                                null)));
        facts.add(new Fact(t.get("model.organization"), ctx.str(m.organization()), null, null));
        m.released()
                .ifPresent(
                        d ->
                                facts.add(
                                        new Fact(
                                                t.get("model.released"),
                                                ctx.plain(ctx.date(d)),
                                                null,
                                                Dates.machine(d))));
        m.releasedSource()
                .ifPresent(
                        s ->
                                facts.add(
                                        new Fact(
                                                t.get("model.released_source"),
                                                null,
                                                ctx.link(Kind.SOURCE, s.id()),
                                                null)));
        m.releasedEstimate()
                .ifPresent(
                        e -> {
                            facts.add(
                                    new Fact(
                                            t.get("model.released_estimate"),
                                            ctx.plain(ctx.date(e.date())),
                                            null,
                                            Dates.machine(e.date())));
                            facts.add(
                                    new Fact(
                                            t.get("model.released_estimate_source"),
                                            null,
                                            ctx.link(Kind.SOURCE, e.source().id()),
                                            null));
                        });
        m.parameters()
                .ifPresent(
                        p ->
                                facts.add(
                                        fact(
                                                "model.parameters",
                                                p.equals("unknown") ? t.get("value.unknown") : p)));
        m.contextWindow()
                .ifPresent(
                        w -> facts.add(fact("model.context_window", t.format("model.tokens", w))));
        m.access().ifPresent(a -> facts.add(fact("model.access", t.get("access." + a.key()))));
        m.apiName().ifPresent(a -> facts.add(fact("model.api_name", a)));

        List<EdgeItem> parents = new ArrayList<>();
        for (ParentEdge e : graph.parentEdges(m.id())) {
            parents.add(edgeItem(e.model().id(), e));
        }
        List<EdgeItem> children = new ArrayList<>();
        for (String c : graph.children(m.id())) {
            graph.edge(c, m.id()).ifPresent(e -> children.add(edgeItem(c, e)));
        }
        HtmlWriter changes = new HtmlWriter(m.capabilities().size() * 500 + 16);
        for (CapabilityChange c : m.capabilities()) {
            changes.raw("\n            <tr>\n              <td>");
            Fragments.link(changes, ctx.link(Kind.CAPABILITY, c.capability().id()));
            changes.raw("</td>\n              <td>");
            Fragments.changemark(changes, ctx.mark(c.change()));
            changes.raw("</td>\n              <td>");
            ctx.link(Kind.CLAIM, c.claim()).ifPresent(l -> Fragments.link(changes, l));
            changes.raw("</td>\n            </tr>");
        }
        if (!changes.isEmpty()) {
            changes.raw("\n          ");
        }
        List<Map.Entry<String, NetState>> states =
                new ArrayList<>(graph.capabilities(m.id()).entrySet());
        states.sort(
                java.util.Comparator.comparingInt(
                                (Map.Entry<String, NetState> e) -> -e.getValue().state().rank())
                        .thenComparing(e -> ctx.title(kb.capabilities().get(e.getKey())).text()));
        HtmlWriter inherited = new HtmlWriter(states.size() * 700 + 16);
        for (Map.Entry<String, NetState> e : states) {
            NetState s = e.getValue();
            // the latest steps tell where the state comes from; a deep ancestry would otherwise
            // make every row as long as the lineage
            List<Step> all = s.steps();
            int earlier = Math.max(0, all.size() - SHOWN_STEPS);
            inherited
                    .raw("\n            ")
                    .open("tr")
                    .attr("class", s.own() ? "own" : null)
                    .raw("\n              <td>");
            Fragments.link(inherited, ctx.link(Kind.CAPABILITY, e.getKey()));
            inherited.raw("</td>\n              <td>");
            Fragments.changemark(inherited, ctx.mark(s.state()));
            inherited.raw("</td>\n              <td><ol class=\"steps\">");
            if (earlier > 0) {
                inherited
                        .raw("<li class=\"earlier\">")
                        .text(t.format("state.earlier", earlier))
                        .raw("</li>");
            }
            for (Step st : all.subList(earlier, all.size())) {
                inherited.raw("<li>");
                Fragments.link(inherited, ctx.link(Kind.MODEL, st.model()));
                inherited.raw(" ");
                Fragments.markSymbol(inherited, ctx.mark(st.change()));
                inherited.raw("</li>");
            }
            inherited.raw("</ol></td>\n            </tr>");
        }
        if (!inherited.isEmpty()) {
            inherited.raw("\n          ");
        }
        List<Item> analogues = new ArrayList<>();
        for (Ref a : m.analogues()) {
            analogues.add(ctx.item(Kind.MODEL, a.id(), kb.models().get(a.id()).summary()));
        }
        List<Link> analogueOf =
                catalog.analogueOf(m.id()).stream().map(x -> ctx.link(Kind.MODEL, x)).toList();
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.MODEL, m.id()), EntityViews.ids(m.sources()));
        TraceViews traceViews = new TraceViews(catalog, trees, ctx);
        TraceViews.Written traces = traceViews.written(m.id());
        Str title = ctx.title(m);
        Str summary = ctx.str(m.summary());
        return new PageViews.Model(
                title,
                summary,
                PageViews.lead(title, summary),
                facts(facts),
                ctx.f.edges(parents),
                ctx.f.edges(children),
                changes.toHtml(),
                inherited.toHtml(),
                entities.claims(Kind.MODEL, m.id()),
                Fragments.items(analogues),
                ctx.f.linkList(analogueOf),
                ctx.f.prose(body.body()),
                entities.extras(Kind.MODEL, m.id(), body),
                TraceViews.hasLineage(graph, m)
                        ? trees.html(ctx, traceViews.modelTree(m.id()))
                        : Html.EMPTY,
                traces.items(),
                traces.rest(),
                new CompareViews(catalog, ctx).listFor(m.id(), ctx.pairs()));
    }

    /** The infobox's entries, each a term and its value. */
    private static Html facts(List<Fact> facts) {
        HtmlWriter w = new HtmlWriter(facts.size() * 200 + 16);
        for (Fact f : facts) {
            w.raw("\n      <div>\n        <dt>").text(f.label()).raw("</dt>\n        <dd>");
            if (f.link() != null) {
                Fragments.link(w, f.link());
            }
            boolean timed = f.datetime() != null && !f.datetime().isEmpty();
            if (timed) {
                w.open("time").attr("datetime", f.datetime()).text(f.value().text()).close("time");
            } else if (f.value() != null) {
                Fragments.str(w, f.value());
            }
            w.raw("</dd>\n      </div>");
        }
        return w.raw("\n    ").toHtml();
    }

    private Fact fact(String label, String value) {
        return new Fact(t.get(label), ctx.plain(value), null, null);
    }

    private EdgeItem edgeItem(String other, ParentEdge e) {
        return new EdgeItem(
                ctx.link(Kind.MODEL, other),
                ctx.link(Kind.METHOD, e.method().id()),
                ctx.badge(e.confidence()),
                ctx.link(Kind.CLAIM, e.claim()).orElse(null),
                ctx.str(e.note()));
    }
}
