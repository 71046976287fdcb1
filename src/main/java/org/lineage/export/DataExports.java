package org.lineage.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.lineage.graph.CapabilityMatrix;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.MatrixCsv;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.ParentEdge;
import org.lineage.model.SiteConfig;
import org.lineage.model.SitePaths;

/**
 * Every machine-readable file under {@code /data/}: the whole knowledge base as JSON with its
 * schema, one JSON file per entity, the sources as BibTeX, the graph as DOT and GraphML, and a
 * CSL-JSON citation per page; and the content files' JSON Schemas under {@code /schema/content/}.
 * Deterministic: same content, same bytes.
 */
public final class DataExports {
    /** Bumped when lineage.json changes incompatibly. */
    public static final String FORMAT = "lineage-kb/1";

    /** A file about the whole knowledge base that readers download: its name, path and type. */
    public record Download(String name, String path, String mediaType) {}

    /** The whole-knowledge-base files, in the order the home page lists them. */
    public static final java.util.List<Download> DOWNLOADS =
            java.util.List.of(
                    new Download("lineage", "data/lineage.json", "application/json"),
                    new Download("schema", "data/lineage.schema.json", "application/schema+json"),
                    new Download("sources", "data/sources.bib", "application/x-bibtex"),
                    new Download("matrix", "data/matrix.csv", "text/csv"),
                    new Download("summary", "data/summary.csv", "text/csv"),
                    new Download("summary_json", "data/summary.json", "application/json"),
                    new Download("dot", "data/lineage.dot", "text/vnd.graphviz"),
                    new Download("graphml", "data/lineage.graphml", "application/graphml+xml"));

    private DataExports() {}

    /** Site-relative path to file content, all in memory (for tests and small sites). */
    public static SortedMap<String, byte[]> files(KnowledgeBase kb, LineageGraph graph) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        write(
                kb,
                graph,
                (name, bytes) -> {
                    synchronized (out) {
                        out.put(name, bytes);
                    }
                },
                true);
        return out;
    }

    /** The path of every file {@link #write} writes, without writing any. */
    public static SortedSet<String> names(KnowledgeBase kb) {
        SortedSet<String> out = new TreeSet<>();
        for (Download d : DOWNLOADS) {
            out.add(d.path());
        }
        out.addAll(ContentSchemaFiles.files().keySet());
        for (String lang : kb.site().languages()) {
            out.add(SearchIndex.path(lang));
        }
        kb.all()
                .forEach(
                        e -> {
                            out.add(SitePaths.entityJson(e.kind(), e.id()));
                            if (e.kind() != Kind.TERM) {
                                for (String lang : kb.site().languages()) {
                                    out.add(SitePaths.entityCsl(lang, e.kind(), e.id()));
                                }
                            }
                        });
        return out;
    }

    /**
     * Hands every file to {@code sink} as soon as it is made, from several threads: nothing holds
     * all the files at once.
     *
     * @param csl whether to write the entities' CSL-JSON too (a site build has each page write its
     *     own, from the citation it shows)
     */
    public static void write(
            KnowledgeBase kb, LineageGraph graph, BiConsumer<String, byte[]> sink, boolean csl) {
        write(kb, graph, sink, csl, lang -> List.of());
    }

    /** As above, the search index of each language also finding {@code extra}'s pages. */
    public static void write(
            KnowledgeBase kb,
            LineageGraph graph,
            BiConsumer<String, byte[]> sink,
            boolean csl,
            java.util.function.Function<String, List<SearchIndex.Extra>> extra) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        // each entity's JSON is made once, for its own file and for lineage.json
        List<Entity> all = kb.all().toList();
        List<ObjectNode> nodes =
                all.parallelStream().map(e -> EntityJson.of(e, kb, graph, claims)).toList();
        Map<Entity, ObjectNode> byEntity = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byEntity.put(all.get(i), nodes.get(i));
        }
        sink.accept(
                "data/lineage.json",
                Json.bytes(
                        whole(
                                kb,
                                graph,
                                // kb.all() is every kind's entities, so each is in the map
                                e -> java.util.Objects.requireNonNull(byEntity.get(e)))));
        sink.accept("data/lineage.schema.json", schema());
        ContentSchemaFiles.files().forEach(sink);
        sink.accept("data/sources.bib", Bibtex.sources(kb).getBytes(StandardCharsets.UTF_8));
        sink.accept(
                "data/lineage.dot", GraphFormats.dot(kb, graph).getBytes(StandardCharsets.UTF_8));
        sink.accept(
                "data/matrix.csv",
                MatrixCsv.write(CapabilityMatrix.of(kb, graph), kb)
                        .getBytes(StandardCharsets.UTF_8));
        SummaryTable summary = SummaryTable.of(kb, graph);
        sink.accept("data/summary.csv", summary.csv(kb).getBytes(StandardCharsets.UTF_8));
        sink.accept("data/summary.json", Json.bytes(summary.json(kb)));
        sink.accept(
                "data/lineage.graphml",
                GraphFormats.graphml(kb, graph).getBytes(StandardCharsets.UTF_8));
        for (String lang : kb.site().languages()) {
            sink.accept(
                    SearchIndex.path(lang),
                    Json.compact(SearchIndex.of(kb, lang, extra.apply(lang)))
                            .getBytes(StandardCharsets.UTF_8));
        }
        all.parallelStream()
                .forEach(
                        e -> {
                            sink.accept(
                                    SitePaths.entityJson(e.kind(), e.id()),
                                    Json.bytes(byEntity.get(e)));
                            if (csl && e.kind() != Kind.TERM) {
                                for (String lang : kb.site().languages()) {
                                    sink.accept(
                                            SitePaths.entityCsl(lang, e.kind(), e.id()),
                                            Json.bytes(PageCitation.of(kb, e, lang).cslJson()));
                                }
                            }
                        });
    }

    /** The whole knowledge base as one JSON document. */
    public static ObjectNode whole(KnowledgeBase kb, LineageGraph graph) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        return whole(kb, graph, e -> EntityJson.of(e, kb, graph, claims));
    }

    /** As above, with each entity's JSON made by {@code json}. */
    private static ObjectNode whole(
            KnowledgeBase kb,
            LineageGraph graph,
            java.util.function.Function<Entity, ObjectNode> json) {
        ObjectNode root = Json.object();
        root.put("$schema", kb.site().baseUrl() + "data/lineage.schema.json");
        root.put("format", FORMAT);
        root.set("site", site(kb.site()));
        for (Kind k : Kind.values()) {
            ArrayNode arr = root.putArray(k == Kind.TERM ? "terms" : k.dir());
            for (Entity e : kb.entities(k).values()) {
                arr.add(json.apply(e));
            }
        }
        ArrayNode edges = root.putArray("edges");
        for (String child : graph.topologicalOrder()) {
            for (ParentEdge e : graph.parentEdges(child)) {
                ObjectNode x = EntityJson.edge(e);
                ObjectNode edge = edges.addObject();
                edge.put("child", child);
                edge.put("parent", e.model().id());
                x.properties()
                        .forEach(
                                f -> {
                                    if (!f.getKey().equals("model")) {
                                        edge.set(f.getKey(), f.getValue());
                                    }
                                });
            }
        }
        root.set("order", Json.strings(graph.topologicalOrder()));
        return root;
    }

    private static ObjectNode site(SiteConfig s) {
        ObjectNode o = Json.object();
        o.set("title", Json.text(s.title()));
        o.set("description", Json.text(s.description()));
        o.put("base_url", s.baseUrl());
        o.set("languages", Json.strings(s.languages()));
        o.put("license", s.license());
        Json.putOpt(o, "repository", s.repository());
        o.set("editors", Json.strings(s.editors()));
        Json.putOpt(o, "version", s.version());
        Json.putOpt(o, "released", s.released());
        return o;
    }

    private static byte[] schema() {
        try (InputStream in =
                DataExports.class.getResourceAsStream("/schema/lineage.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("lineage.schema.json missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
