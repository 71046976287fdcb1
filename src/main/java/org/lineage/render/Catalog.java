package org.lineage.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lineage.check.BodyDoc;
import org.lineage.check.CheckResult;
import org.lineage.graph.Comparison;
import org.lineage.graph.History;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.markdown.BodyScan;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Claim;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.Evidence;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Reads;
import org.lineage.model.Ref;

/**
 * The relations pages show that no record holds directly, each computed once in one pass over the
 * knowledge base: who mentions whom, which claims are about what, which steps changed each
 * capability, which edges used each method, which models each family has, what cites each source.
 */
public final class Catalog {
    /** One lineage edge: the child, and the edge as the child wrote it. */
    public record Edge(String child, ParentEdge edge) {}

    /** One capability change made by one model. */
    public record Change(String model, CapabilityChange change) {}

    /** A model that holds a capability, and how. */
    public record Holder(String model, NetState state) {}

    private final KnowledgeBase kb;
    private final LineageGraph graph;
    private final CheckResult checked;
    private final Map<EntityKey, Set<EntityKey>> mentions = new HashMap<>();
    private final Map<String, Set<EntityKey>> citedBy = new HashMap<>();
    private final Map<EntityKey, Set<String>> cites = new HashMap<>();
    private final Map<EntityKey, List<String>> claimsAbout = new HashMap<>();
    private final Map<String, List<Change>> changes = new HashMap<>();
    private final Map<String, List<Holder>> holders = new HashMap<>();
    private final Map<String, List<Edge>> methodEdges = new HashMap<>();
    private final Map<String, List<String>> familyModels = new HashMap<>();
    private final Map<String, List<String>> analogueOf = new HashMap<>();
    private final Map<String, List<Edge>> edgesArgued = new HashMap<>();

    /** Each year's {@link #asOf}, until the page of every language has used it. */
    private final Reads.Memo<Integer, Then> asOf;

    private final Map<String, List<Change>> changesArgued = new HashMap<>();

    /** Each pair's {@link #comparison}, until the page of every language has used it. */
    private final Reads.Memo<List<String>, Comparison> comparisons;

    private Catalog(CheckResult checked) {
        this.kb = checked.kb();
        this.asOf = new Reads.Memo<>(kb.site().languages().size());
        this.comparisons = new Reads.Memo<>(kb.site().languages().size());
        this.graph = checked.graph();
        this.checked = checked;
        indexBodies();
        indexSources();
        for (Claim c : kb.claims().values()) {
            for (Entity.TypedRef r : c.about().references()) {
                claimsAbout
                        .computeIfAbsent(
                                new EntityKey(r.kind(), r.ref().id()), k -> new ArrayList<>())
                        .add(c.id());
            }
        }
        Comparator<String> strongestFirst =
                Comparator.comparing((String id) -> kb.claims().get(id).status())
                        .thenComparing(Comparator.naturalOrder());
        claimsAbout.values().forEach(l -> l.sort(strongestFirst));
        for (String id : graph.topologicalOrder()) {
            Model m = kb.models().get(id);
            m.family()
                    .ifPresent(
                            f ->
                                    familyModels
                                            .computeIfAbsent(f.id(), k -> new ArrayList<>())
                                            .add(id));
            for (ParentEdge e : graph.parentEdges(id)) {
                Edge edge = new Edge(id, e);
                methodEdges.computeIfAbsent(e.method().id(), k -> new ArrayList<>()).add(edge);
                e.claim()
                        .ifPresent(
                                cl ->
                                        edgesArgued
                                                .computeIfAbsent(cl.id(), k -> new ArrayList<>())
                                                .add(edge));
            }
            for (CapabilityChange c : m.capabilities()) {
                Change ch = new Change(id, c);
                changes.computeIfAbsent(c.capability().id(), k -> new ArrayList<>()).add(ch);
                c.claim()
                        .ifPresent(
                                cl ->
                                        changesArgued
                                                .computeIfAbsent(cl.id(), k -> new ArrayList<>())
                                                .add(ch));
            }
            for (Map.Entry<String, NetState> s : graph.capabilities(id).entrySet()) {
                if (s.getValue().state().holds()) {
                    holders.computeIfAbsent(s.getKey(), k -> new ArrayList<>())
                            .add(new Holder(id, s.getValue()));
                }
            }
            for (Ref a : m.analogues()) {
                analogueOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(id);
            }
        }
    }

    /**
     * Indexes {@code checked}; linear in the size of the knowledge base. What bodies link to and
     * cite comes from the check's one parse of each body.
     */
    public static Catalog of(CheckResult checked) {
        return new Catalog(checked);
    }

    /** What one body links to and cites. */
    private record Outgoing(EntityKey owner, List<EntityKey> links, List<String> cites) {}

    private void indexBodies() {
        List<Outgoing> all = new ArrayList<>();
        checked.bodies()
                .forEach(
                        (key, byLang) ->
                                byLang.values().forEach(d -> all.add(outgoing(key, d.scan()))));
        for (Outgoing o : all) {
            for (EntityKey l : o.links()) {
                if (!l.equals(o.owner())) {
                    mentions.computeIfAbsent(l, k -> new TreeSet<>()).add(o.owner());
                }
            }
            for (String c : o.cites()) {
                citedBy.computeIfAbsent(c, k -> new TreeSet<>()).add(o.owner());
                cites.computeIfAbsent(o.owner(), k -> new TreeSet<>()).add(c);
            }
        }
    }

    private static Outgoing outgoing(EntityKey owner, BodyScan scan) {
        return new Outgoing(
                owner,
                scan.entityLinks().stream().map(BodyScan.Located::value).toList(),
                scan.citations().stream().map(BodyScan.Located::value).toList());
    }

    private void indexSources() {
        kb.all()
                .forEach(
                        e -> {
                            for (Entity.TypedRef r : e.references()) {
                                if (r.kind() == Kind.SOURCE) {
                                    EntityKey owner = new EntityKey(e.kind(), e.id());
                                    citedBy.computeIfAbsent(r.ref().id(), k -> new TreeSet<>())
                                            .add(owner);
                                    cites.computeIfAbsent(owner, k -> new TreeSet<>())
                                            .add(r.ref().id());
                                }
                            }
                        });
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public LineageGraph graph() {
        return graph;
    }

    /** The knowledge base as it stood at the end of a year, and its lineage (no states). */
    public record Then(KnowledgeBase kb, LineageGraph graph) {}

    /**
     * The knowledge base at the end of {@code year} ({@link History#asOf}) and its lineage: made
     * once for the pages of every language that show it (a build asks once per language; another
     * asker makes it again).
     */
    public Then asOf(int year) {
        return asOf.get(
                year,
                () -> {
                    KnowledgeBase then = History.asOf(kb, year);
                    return new Then(then, LineageGraph.lineageOnly(then));
                });
    }

    /**
     * The comparison of two models ({@link Comparison#of}): made once for the pages of every
     * language that show it, as {@link #asOf} is.
     */
    public Comparison comparison(String a, String b) {
        return comparisons.get(List.of(a, b), () -> Comparison.of(graph, a, b));
    }

    /** The body of an entity in one language, if it has one. */
    public java.util.Optional<BodyDoc> document(EntityKey key, String lang) {
        Reads.note(Reads.body(key, lang));
        return checked.body(key, lang);
    }

    /** Entities whose body links to {@code key}, by kind then id. */
    public List<EntityKey> mentionedIn(EntityKey key) {
        return List.copyOf(mentions.getOrDefault(key, Collections.emptySet()));
    }

    /** Entities that cite a source, in their YAML or their bodies, by kind then id. */
    public List<EntityKey> citing(String source) {
        return List.copyOf(citedBy.getOrDefault(source, Collections.emptySet()));
    }

    /** Sources an entity cites, in its YAML or its bodies, by id. */
    public List<String> sourcesCitedBy(EntityKey key) {
        return List.copyOf(cites.getOrDefault(key, Collections.emptySet()));
    }

    /** Claims about an entity, strongest status first. */
    public List<String> claimsAbout(EntityKey key) {
        return claimsAbout.getOrDefault(key, List.of());
    }

    /** Every change of a capability, in lineage order. */
    public List<Change> changesOf(String capability) {
        return changes.getOrDefault(capability, List.of());
    }

    /** Models holding a capability (any state but absent), in lineage order. */
    public List<Holder> holdersOf(String capability) {
        return holders.getOrDefault(capability, List.of());
    }

    /** Lineage edges that used a method, in the lineage order of the child. */
    public List<Edge> edgesBy(String method) {
        return methodEdges.getOrDefault(method, List.of());
    }

    /** A family's models, in lineage order. */
    public List<String> modelsOf(String family) {
        return familyModels.getOrDefault(family, List.of());
    }

    /** Models that name {@code model} as their analogue, in lineage order. */
    public List<String> analogueOf(String model) {
        return analogueOf.getOrDefault(model, List.of());
    }

    /** Lineage edges a claim argues. */
    public List<Edge> edgesArguedBy(String claim) {
        return edgesArgued.getOrDefault(claim, List.of());
    }

    /** Capability changes a claim argues. */
    public List<Change> changesArguedBy(String claim) {
        return changesArgued.getOrDefault(claim, List.of());
    }

    /** Every evidence source of a claim, in order, once each. */
    static List<String> evidenceSources(Claim c) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Evidence e : c.evidence()) {
            e.source().ifPresent(s -> out.add(s.id()));
        }
        return new ArrayList<>(out);
    }

    /** Claims grouped by status, for the home page's "open questions". */
    public Map<String, List<String>> claimsByStatus() {
        Map<String, List<String>> m = new TreeMap<>();
        kb.claims()
                .values()
                .forEach(
                        c ->
                                m.computeIfAbsent(c.status().key(), k -> new ArrayList<>())
                                        .add(c.id()));
        return m;
    }
}
