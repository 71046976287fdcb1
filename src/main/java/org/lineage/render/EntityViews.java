package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import org.lineage.graph.LineageGraph;
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
import org.lineage.render.PageViews.Erratum;
import org.lineage.render.PageViews.EvidenceGroup;
import org.lineage.render.PageViews.EvidenceItem;
import org.lineage.render.PageViews.FamilyModel;
import org.lineage.render.PageViews.Holder;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.ChangeItem;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.EdgeRow;
import org.lineage.render.Parts.External;
import org.lineage.render.Parts.Extras;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.LinkGroup;
import org.lineage.render.Parts.Str;

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
        return new Extras(
                body.references(),
                ctx.editHref(kind.dir() + "/" + id + ".yaml"),
                ctx.groups(catalog.mentionedIn(new EntityKey(kind, id))));
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

    List<ClaimItem> claims(Kind kind, String id) {
        return catalog.claimsAbout(new EntityKey(kind, id)).stream().map(ctx::claimItem).toList();
    }

    private PageView capability(Capability c) {
        List<ChangeItem> changes =
                catalog.changesOf(c.id()).stream().map(x -> changeItem(x, Kind.MODEL)).toList();
        List<Holder> holders =
                catalog.holdersOf(c.id()).stream()
                        .map(
                                h ->
                                        new Holder(
                                                ctx.link(Kind.MODEL, h.model()),
                                                ctx.mark(h.state().state())))
                        .toList();
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.CAPABILITY, c.id()), ids(c.sources()));
        return new PageViews.Capability(
                ctx.title(c),
                ctx.str(c.summary()),
                changes,
                holders,
                claims(Kind.CAPABILITY, c.id()),
                body.body(),
                extras(Kind.CAPABILITY, c.id(), body),
                graph.topologicalOrder().isEmpty()
                        ? null
                        : new TraceViews(catalog, trees, ctx).capabilityTree(c.id()));
    }

    private PageView method(Method m) {
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.METHOD, m.id()), ids(m.sources()));
        return new PageViews.Method(
                ctx.title(m),
                ctx.str(m.summary()),
                catalog.edgesBy(m.id()).stream().map(this::edgeRow).toList(),
                claims(Kind.METHOD, m.id()),
                body.body(),
                extras(Kind.METHOD, m.id(), body));
    }

    private PageView claim(Claim c) {
        PageContext.RenderedBody body =
                ctx.body(new EntityKey(Kind.CLAIM, c.id()), Catalog.evidenceSources(c));
        List<EvidenceGroup> groups = new ArrayList<>();
        for (Stance s : Stance.values()) {
            List<EvidenceItem> items = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                if (e.stance() != s) {
                    continue;
                }
                int n = e.source().map(r -> body.numbers().getOrDefault(r.id(), 0)).orElse(0);
                items.add(
                        new EvidenceItem(
                                ctx.str(e.note()),
                                ctx.link(Kind.SOURCE, e.source()).orElse(null),
                                n,
                                n > 0 ? PageContext.REF + n : null));
            }
            if (!items.isEmpty()) {
                groups.add(new EvidenceGroup(s.key(), t.get("stance." + s.key()), items));
            }
        }
        List<Erratum> errata = new ArrayList<>();
        for (Correction k : c.corrections()) {
            errata.add(
                    new Erratum(
                            ctx.date(k.date()),
                            Dates.machine(k.date()),
                            ctx.str(k.before()),
                            ctx.str(k.after()),
                            k.credit().orElse(null)));
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
        return new PageViews.Claim(
                ctx.title(c),
                ctx.title(c),
                ctx.badge(c.status()),
                groups,
                errata,
                aboutGroups,
                catalog.edgesArguedBy(c.id()).stream().map(this::edgeRow).toList(),
                catalog.changesArguedBy(c.id()).stream()
                        .map(x -> changeItem(x, Kind.MODEL))
                        .toList(),
                body.body(),
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
        String authors = ctx.authors(s.authors(), 3);
        return new PageViews.Source(
                ctx.plain(s.title()),
                authors == null ? null : ctx.plain(authors + ", " + s.year()),
                t.get("source.type." + s.type().key()),
                ctx.authors(s.authors(), Integer.MAX_VALUE),
                date,
                s.venue().orElse(null),
                links,
                ctx.groups(catalog.citing(s.id())),
                body.body(),
                extras(Kind.SOURCE, s.id(), body));
    }

    private PageView family(Family f) {
        PageContext.RenderedBody body = ctx.body(new EntityKey(Kind.FAMILY, f.id()), List.of());
        List<FamilyModel> models = new ArrayList<>();
        for (String id : catalog.modelsOf(f.id())) {
            Model m = kb.models().get(id);
            Str org = ctx.str(m.organization());
            models.add(
                    new FamilyModel(
                            ctx.link(Kind.MODEL, id),
                            m.released().map(ctx::date).orElse(null),
                            m.released().map(Dates::machine).orElse(null),
                            org));
        }
        return new PageViews.Family(
                ctx.title(f),
                ctx.str(f.summary()),
                models,
                claims(Kind.FAMILY, f.id()),
                body.body(),
                extras(Kind.FAMILY, f.id(), body),
                new Link(
                        ctx.href(SitePaths.familyTree(ctx.lang, f.id())),
                        t.get("family.tree"),
                        null),
                GraphPages.familyFigure(catalog, trees, ctx, f.id()));
    }
}
