package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.EdgeItem;
import org.lineage.render.Parts.Fact;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;
import org.lineage.render.TreeParts.TreeFigure;

/** The view of a model page: infobox, lineage, capabilities, claims, analogues. */
final class ModelViews {
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
        List<String> aliases = shownAliases(ctx.title(m).text(), m.aliases(), ctx.lang);
        if (!aliases.isEmpty()) {
            facts.add(fact("model.aliases", String.join(t.get("list.separator"), aliases)));
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
        List<Map.Entry<String, NetState>> abilities = Origins.sorted(graph, m.id(), kb, ctx);
        Html glance = glance(m.id(), abilities);
        boolean relatedBeside = abilities.size() <= GLANCE_ROOM;
        List<Link> analogues =
                m.analogues().stream().map(a -> ctx.link(Kind.MODEL, a.id())).toList();
        List<Link> analogueOf =
                catalog.analogueOf(m.id()).stream().map(x -> ctx.link(Kind.MODEL, x)).toList();
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.MODEL, m.id()), EntityViews.ids(m.sources()));
        TraceViews traceViews = new TraceViews(catalog, trees, ctx);
        TraceViews.Written traces = traceViews.written(m.id());
        TreeFigure figure = TraceViews.hasLineage(graph, m) ? traceViews.modelTree(m.id()) : null;
        Str title = ctx.title(m);
        Str summary = ctx.str(m.summary());
        Html claims = claims(m.id());
        Html prose = ctx.f.prose(body.body());
        Parts.Extras extras = entities.extras(Kind.MODEL, m.id(), body, Kind.CLAIM);
        Html compare = new CompareViews(catalog, ctx).listFor(m.id(), ctx.pairs());
        // in the order the page shows them: the body with what sits beside it, the lineage with the
        // related models beside the figure when they are not beside the body, then the rest
        List<Toc.Entry> toc = new ArrayList<>(Toc.headings(prose));
        List<Toc.Entry> related = new ArrayList<>();
        if (!analogues.isEmpty() || !analogueOf.isEmpty()) {
            related.add(Toc.section("analogues", t.get("section.analogues")));
        }
        if (!compare.isEmpty()) {
            related.add(Toc.section("compare", t.get("compare.section")));
        }
        if (relatedBeside) {
            toc.addAll(related);
        }
        if (!extras.mentionedIn().isEmpty()) {
            toc.add(Toc.section("mentioned", t.get("section.mentioned")));
        }
        toc.add(Toc.section("lineage", t.get("section.lineage")));
        if (!relatedBeside) {
            toc.addAll(related);
        }
        if (!traces.items().isEmpty()) {
            toc.add(Toc.section("traces", t.get("section.traces")));
        }
        if (!claims.isEmpty()) {
            toc.add(Toc.section("claims", t.get("section.model_claims")));
        }
        if (!extras.references().isEmpty()) {
            toc.add(Toc.section("references", t.get("section.references")));
        }
        return new PageViews.Model(
                title,
                summary,
                PageViews.lead(title, summary),
                facts(facts),
                ctx.f.edges(parents),
                ctx.f.edges(children),
                glance,
                claims,
                ctx.f.linkList(analogues),
                ctx.f.linkList(analogueOf),
                prose,
                extras,
                figure == null ? Html.EMPTY : trees.html(ctx, figure),
                traces.items(),
                traces.rest(),
                Toc.items(toc),
                compare,
                relatedBeside);
    }

    /**
     * The abilities at a glance: each capability the model has, strongest first, with its net
     * state, the step where it entered the lineage and the step that last set the state this model
     * has. Rows the model changed itself are marked.
     */
    private Html glance(String model, List<Map.Entry<String, NetState>> states) {
        HtmlWriter w = new HtmlWriter(states.size() * 400 + 16);
        for (Map.Entry<String, NetState> e : states) {
            NetState s = e.getValue();
            w.raw("\n        ")
                    .open("tr")
                    .attr("class", s.own() ? "own" : null)
                    .raw("<th scope=\"row\">");
            Fragments.link(w, ctx.link(Kind.CAPABILITY, e.getKey()));
            w.raw("</th><td>");
            Fragments.changemark(w, ctx.mark(s.state()));
            w.raw("</td><td>");
            new Origins(ctx, model).write(w, s, true);
            w.raw("</td></tr>");
        }
        if (!w.isEmpty()) {
            w.raw("\n      ");
        }
        return w.toHtml();
    }

    /**
     * The claims of the page, each once: those about the model, strongest first, then those that
     * only mention it.
     */
    private Html claims(String model) {
        EntityKey key = new EntityKey(Kind.MODEL, model);
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        catalog.claimsAbout(key).forEach(ids::add);
        List<String> mentioning = new ArrayList<>();
        for (EntityKey k : catalog.mentionedIn(key)) {
            if (k.kind() == Kind.CLAIM && !ids.contains(k.id())) {
                mentioning.add(k.id());
            }
        }
        mentioning.sort(
                java.util.Comparator.comparing((String id) -> kb.claims().get(id).status())
                        .thenComparing(java.util.Comparator.naturalOrder()));
        ids.addAll(mentioning);
        List<Parts.ClaimItem> items = ids.stream().map(ctx::claimItem).toList();
        return items.isEmpty() ? Html.EMPTY : ctx.f.claims(items, CLAIMS_SHOWN);
    }

    /**
     * How many claims a model page lists before folding the rest away: the strongest ones about the
     * model come first, and two columns of two fit beside each other on a desktop.
     */
    static final int CLAIMS_SHOWN = 4;

    /**
     * How many abilities a model may have for its analogues and comparisons to go under its facts,
     * beside the body: a longer "at a glance" table already fills that column on a desktop, and
     * they go beside the lineage figure instead.
     */
    static final int GLANCE_ROOM = 8;

    /** A word of English prose: lower-case letters only, as in "initial" or "supervised". */
    private static final java.util.regex.Pattern PROSE_WORD =
            java.util.regex.Pattern.compile("(^|[\\s(])[a-z]{2,}($|[\\s)])");

    /**
     * The aliases the infobox shows. Aliases are also what search matches, so they hold spellings
     * ("chatgpt") and English descriptions ("initial GPT-3"): the infobox leaves out those that
     * only change the name's case, and on pages in other languages than English those that read as
     * English words rather than names.
     */
    static List<String> shownAliases(String name, List<String> aliases, String lang) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            if (a.equalsIgnoreCase(name)) {
                continue;
            }
            if (!lang.equals("en") && (PROSE_WORD.matcher(a).find() || a.contains("("))) {
                continue;
            }
            out.add(a);
        }
        return out;
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
