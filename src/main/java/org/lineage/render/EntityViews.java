package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lineage.graph.LineageGraph;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.markdown.ExternalUrl;
import org.lineage.model.Capability;
import org.lineage.model.Claim;
import org.lineage.model.Correction;
import org.lineage.model.EntityKey;
import org.lineage.model.Evidence;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.model.SitePaths;
import org.lineage.model.Source;
import org.lineage.model.Stance;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.ChangeItem;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.EdgeRow;
import org.lineage.render.Parts.External;
import org.lineage.render.Parts.Extras;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.LinkGroup;
import org.lineage.render.Parts.Str;
import org.lineage.render.TreeParts.TreeFigure;

/** The views of entity pages: model, capability, method, claim, source, family. */
final class EntityViews {
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final LineageGraph graph;
    private final PageContext ctx;
    private final Ui t;
    private final Trees trees;

    EntityViews(Catalog catalog, Trees trees, PageContext ctx) {
        this.catalog = catalog;
        this.trees = trees;
        this.kb = catalog.kb();
        this.graph = catalog.graph();
        this.ctx = ctx;
        this.t = ctx.t;
    }

    PageView entity(Kind kind, String id) {
        return switch (kind) {
            case MODEL -> new ModelViews(this, catalog, ctx, trees).model(kb.models().get(id));
            case CAPABILITY -> capability(kb.capabilities().get(id));
            case METHOD -> method(kb.methods().get(id));
            case CLAIM -> claim(kb.claims().get(id));
            case SOURCE -> source(kb.sources().get(id));
            case FAMILY -> family(kb.families().get(id));
            default -> throw new IllegalArgumentException(kind + " has no entity page");
        };
    }

    Extras extras(Kind kind, String id, PageContext.RenderedBody body) {
        return extras(kind, id, body, null);
    }

    /**
     * The page's extras; the entities of kind {@code shownElsewhere} are left out of "mentioned in"
     * because the page lists them in a section of their own.
     */
    Extras extras(Kind kind, String id, PageContext.RenderedBody body, Kind shownElsewhere) {
        List<EntityKey> mentions =
                catalog.mentionedIn(new EntityKey(kind, id)).stream()
                        .filter(k -> k.kind() != shownElsewhere)
                        .toList();
        String yaml = kind.dir() + "/" + id + ".yaml";
        // the page's text lives in the body of its language when it shows one
        boolean ownBody = body.body() != null && !body.body().fallback();
        return new Extras(
                PageContext.references(body.references()),
                ctx.editHref(ownBody ? kind.dir() + "/" + id + "." + ctx.lang + ".md" : yaml),
                ownBody ? ctx.editHref(yaml) : null,
                ctx.mentionedIn(mentions),
                ctx.mentionedFolded(mentions));
    }

    static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private EdgeRow edgeRow(Catalog.Edge e) {
        ParentEdge pe = e.edge();
        return new EdgeRow(
                ctx.link(Kind.MODEL, e.child()),
                ctx.link(Kind.MODEL, pe.model().id()),
                ctx.link(Kind.METHOD, pe.method().id()),
                ctx.badge(pe.confidence()),
                ctx.link(Kind.CLAIM, pe.claim()).orElse(null));
    }

    private ChangeItem changeItem(Catalog.Change c, Kind subject) {
        Model m = kb.models().get(c.model());
        Link subj =
                subject == Kind.MODEL
                        ? ctx.link(Kind.MODEL, c.model())
                        : ctx.link(Kind.CAPABILITY, c.change().capability().id());
        return new ChangeItem(
                subj,
                ctx.mark(c.change().change()),
                ctx.link(Kind.CLAIM, c.change().claim()).orElse(null),
                m.released().map(ctx::date).orElse(null));
    }

    Html claims(Kind kind, String id) {
        List<ClaimItem> items =
                catalog.claimsAbout(new EntityKey(kind, id)).stream().map(ctx::claimItem).toList();
        return items.isEmpty() ? Html.EMPTY : ctx.f.claims(items);
    }

    private PageView capability(Capability c) {
        List<ChangeItem> changes =
                catalog.changesOf(c.id()).stream().map(x -> changeItem(x, Kind.MODEL)).toList();
        HtmlWriter holders = new HtmlWriter();
        for (Catalog.Holder h : catalog.holdersOf(c.id())) {
            holders.raw("<li>");
            Fragments.link(holders, ctx.link(Kind.MODEL, h.model()));
            holders.raw(" ");
            Fragments.markSymbol(holders, ctx.mark(h.state().state()));
            holders.raw("</li>");
        }
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.CAPABILITY, c.id()), ids(c.sources()));
        Str title = ctx.title(c);
        Str summary = ctx.str(c.summary());
        return new PageViews.Capability(
                title,
                summary,
                PageViews.lead(title, summary),
                changes.isEmpty() ? Html.EMPTY : ctx.f.changeTable(changes),
                holders.toHtml(),
                claims(Kind.CAPABILITY, c.id()),
                ctx.f.prose(body.body()),
                extras(Kind.CAPABILITY, c.id(), body),
                graph.topologicalOrder().isEmpty()
                        ? Html.EMPTY
                        : trees.html(
                                ctx, new TraceViews(catalog, trees, ctx).capabilityTree(c.id())));
    }

    private PageView method(Method m) {
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.METHOD, m.id()), ids(m.sources()));
        List<EdgeRow> edges = catalog.edgesBy(m.id()).stream().map(this::edgeRow).toList();
        Str title = ctx.title(m);
        Str summary = ctx.str(m.summary());
        return new PageViews.Method(
                title,
                summary,
                PageViews.lead(title, summary),
                edges.isEmpty() ? Html.EMPTY : ctx.f.edgeTable(edges),
                claims(Kind.METHOD, m.id()),
                ctx.f.prose(body.body()),
                extras(Kind.METHOD, m.id(), body));
    }

    private PageView claim(Claim c) {
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.CLAIM, c.id()), Catalog.evidenceSources(c));
        HtmlWriter evidence = new HtmlWriter(c.evidence().size() * 400 + 64);
        for (Stance s : Stance.values()) {
            boolean any = false;
            for (Evidence e : c.evidence()) {
                if (e.stance() != s) {
                    continue;
                }
                if (!any) {
                    // groups after the first repeat the indentation the template gives the first
                    evidence.raw(evidence.isEmpty() ? "" : "\n    ")
                            .open("div")
                            .attr("class", "stance stance-" + s.key())
                            .raw("\n      <h3>")
                            .text(t.get("stance." + s.key()))
                            .raw("</h3>\n      <ul>");
                    any = true;
                }
                int n = e.source().map(r -> body.numbers().getOrDefault(r.id(), 0)).orElse(0);
                Str note = ctx.str(e.note());
                evidence.raw("\n        <li>")
                        .open("span")
                        .attr("lang", note.lang())
                        .text(note.text())
                        .close("span");
                Optional<Link> source = ctx.link(Kind.SOURCE, e.source());
                if (source.isPresent()) {
                    evidence.raw(" <span class=\"evidence-source\">(");
                    Fragments.link(evidence, source.get());
                    if (n > 0) {
                        evidence.raw("<sup class=\"cite\">[")
                                .open("a")
                                .attr("href", "#" + PageContext.REF + n)
                                .text(Integer.toString(n))
                                .raw("</a>]</sup>");
                    }
                    evidence.raw(")</span>");
                }
                evidence.raw("</li>");
            }
            if (any) {
                evidence.raw("\n      </ul>\n    </div>");
            }
        }
        HtmlWriter errata = new HtmlWriter();
        for (Correction k : c.corrections()) {
            String date = ctx.date(k.date());
            String datetime = Dates.machine(k.date());
            errata.raw("\n      <li>\n        <p class=\"erratum-date\">");
            if (!datetime.isEmpty()) {
                errata.open("time").attr("datetime", datetime).text(date).close("time");
            } else {
                errata.text(date);
            }
            if (k.credit().isPresent()) {
                errata.raw(" · <span>")
                        .text(t.format("claim.credit", k.credit().get()))
                        .raw("</span>");
            }
            Str before = ctx.str(k.before());
            Str after = ctx.str(k.after());
            errata.raw("</p>\n        <dl class=\"before-after\">\n          <dt>")
                    .text(t.get("claim.before"))
                    .raw("</dt><dd>")
                    .open("del")
                    .attr("lang", before.lang())
                    .text(before.text())
                    .raw("</del></dd>\n          <dt>")
                    .text(t.get("claim.after"))
                    .raw("</dt><dd>")
                    .open("ins")
                    .attr("lang", after.lang())
                    .text(after.text())
                    .raw("</ins></dd>\n        </dl>\n      </li>");
        }
        if (!c.corrections().isEmpty()) {
            errata.raw("\n    ");
        }
        List<EntityKey> about = new ArrayList<>();
        c.about().references().forEach(r -> about.add(new EntityKey(r.kind(), r.ref().id())));
        List<LinkGroup> aboutGroups = ctx.groups(about);
        List<Link> terms = new ArrayList<>();
        for (Ref r : c.about().of(Kind.TERM)) {
            terms.add(ctx.link(Kind.TERM, r.id()));
        }
        if (!terms.isEmpty()) {
            aboutGroups = new ArrayList<>(aboutGroups);
            aboutGroups.add(new LinkGroup(t.get("kind.glossary"), terms, false));
        }
        List<EdgeRow> edges = catalog.edgesArguedBy(c.id()).stream().map(this::edgeRow).toList();
        List<ChangeItem> changes =
                catalog.changesArguedBy(c.id()).stream()
                        .map(x -> changeItem(x, Kind.MODEL))
                        .toList();
        HtmlWriter status = new HtmlWriter(128);
        ctx.f.badge(status, ctx.badge(c.status()));
        return new PageViews.Claim(
                ctx.title(c),
                ctx.title(c),
                status.toHtml(),
                evidence.toHtml(),
                errata.toHtml(),
                PageContext.groupList(aboutGroups, 4),
                edges.isEmpty() ? Html.EMPTY : ctx.f.edgeTable(edges),
                changes.isEmpty() ? Html.EMPTY : ctx.f.changeTable(changes),
                ctx.f.prose(body.body()),
                extras(Kind.CLAIM, c.id(), body));
    }

    private PageView source(Source s) {
        PageContext.RenderedBody body = ctx.body(new EntityKey(Kind.SOURCE, s.id()), List.of());
        List<External> links = new ArrayList<>();
        s.arxiv()
                .ifPresent(
                        a ->
                                links.add(
                                        new External(
                                                "arXiv",
                                                ExternalUrl.encode("https://arxiv.org/abs/" + a),
                                                a)));
        s.doi()
                .ifPresent(
                        d ->
                                links.add(
                                        new External(
                                                "DOI",
                                                ExternalUrl.encode("https://doi.org/" + d),
                                                d)));
        s.url()
                .filter(u -> links.stream().noneMatch(l -> l.href().equals(ExternalUrl.encode(u))))
                .ifPresent(
                        u ->
                                links.add(
                                        new External(
                                                t.get("source.url"), ExternalUrl.encode(u), u)));
        String date =
                s.month()
                        .map(
                                mo ->
                                        ctx.date(
                                                org.lineage.model.DateSpec.of(
                                                        new org.lineage.model.PartialDate(
                                                                s.year(), mo, 0))))
                        .orElse(Integer.toString(s.year()));
        String authors = ctx.authors(s, 3);
        HtmlWriter linkItems = new HtmlWriter(256);
        for (External l : links) {
            linkItems
                    .raw("<li><span>")
                    .text(l.label())
                    .raw("</span>: ")
                    .open("a")
                    .attr("class", "external")
                    .attr("href", l.href())
                    .text(l.text())
                    .raw("</a></li>");
        }
        return new PageViews.Source(
                ctx.plain(s.title()),
                authors == null ? null : ctx.plain(authors + ", " + s.year()),
                t.get("source.type." + s.type().key()),
                ctx.authors(s, Integer.MAX_VALUE),
                date,
                s.venue().orElse(null),
                linkItems.toHtml(),
                PageContext.groupList(ctx.groups(catalog.citing(s.id())), 4),
                ctx.f.prose(body.body()),
                extras(Kind.SOURCE, s.id(), body));
    }

    private PageView family(Family f) {
        PageContext.RenderedBody body = ctx.body(new EntityKey(Kind.FAMILY, f.id()), List.of());
        HtmlWriter models = new HtmlWriter();
        for (String id : catalog.modelsOf(f.id())) {
            Model m = kb.models().get(id);
            models.raw("<tr><td>");
            Fragments.link(models, ctx.link(Kind.MODEL, id));
            models.raw("</td><td class=\"nowrap\">");
            if (m.released().isPresent()) {
                String date = ctx.date(m.released().get());
                String datetime = Dates.machine(m.released().get());
                if (datetime.isEmpty()) {
                    models.text(date);
                } else {
                    models.open("time").attr("datetime", datetime).text(date).close("time");
                }
            }
            models.raw("</td><td>");
            Fragments.str(models, ctx.str(m.organization()));
            models.raw("</td></tr>");
        }
        Str title = ctx.title(f);
        Str summary = ctx.str(f.summary());
        TreeFigure figure = GraphPages.familyFigure(catalog, trees, ctx, f.id());
        return new PageViews.Family(
                title,
                summary,
                PageViews.lead(title, summary),
                models.toHtml(),
                claims(Kind.FAMILY, f.id()),
                ctx.f.prose(body.body()),
                extras(Kind.FAMILY, f.id(), body),
                Fragments.link(
                        new Link(
                                ctx.href(SitePaths.familyTree(ctx.lang, f.id())),
                                t.get("family.tree"),
                                null)),
                figure == null ? Html.EMPTY : trees.html(ctx, figure));
    }
}
