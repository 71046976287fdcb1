package org.lineage.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /**
     * Where the exports go: each file as bytes, and the largest (the whole knowledge base as JSON)
     * as a stream, which by default is gathered into bytes.
     */
    @FunctionalInterface
    public interface Sink {
        /** Takes one file; called from several threads at once. */
        void accept(String name, byte[] bytes);

        /** Takes one file as a stream of bytes; by default gathered and handed to accept. */
        default void accept(String name, Streamed content) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try {
                content.writeTo(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            accept(name, b.toByteArray());
        }
    }

    /**
     * How many entities' JSON is made at a time (in parallel) and written into lineage.json: the
     * JSON of the others is not held meanwhile.
     */
    private static final int BATCH = 256;

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
     * all the files at once, and lineage.json is streamed as its entities' JSON is made, a batch at
     * a time.
     *
     * @param csl whether to write the entities' CSL-JSON too (a site build has each page write its
     *     own, from the citation it shows)
     */
    public static void write(KnowledgeBase kb, LineageGraph graph, Sink sink, boolean csl) {
        write(kb, graph, sink, csl, lang -> List.of());
    }

    /** As above, the search index of each language also finding {@code extra}'s pages. */
    public static void write(
            KnowledgeBase kb,
            LineageGraph graph,
            Sink sink,
            boolean csl,
            java.util.function.Function<String, List<SearchIndex.Extra>> extra) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        // each entity's JSON is made once, for its own file and for lineage.json
        sink.accept(
                "data/lineage.json",
                (Streamed)
                        out ->
                                whole(
                                        kb,
                                        graph,
                                        out,
                                        e -> {
                                            ObjectNode json = EntityJson.of(e, kb, graph, claims);
                                            sink.accept(
                                                    SitePaths.entityJson(e.kind(), e.id()),
                                                    Json.bytes(json));
                                            if (csl && e.kind() != Kind.TERM) {
                                                for (String lang : kb.site().languages()) {
                                                    sink.accept(
                                                            SitePaths.entityCsl(
                                                                    lang, e.kind(), e.id()),
                                                            Json.bytes(
                                                                    PageCitation.of(kb, e, lang)
                                                                            .cslJson()));
                                                }
                                            }
                                            return json;
                                        }));
        sink.accept("data/lineage.schema.json", schema());
        ContentSchemaFiles.files().forEach(sink::accept);
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
    }

    /** The whole knowledge base as one JSON document (held whole: for tests and small sites). */
    public static JsonNode whole(KnowledgeBase kb, LineageGraph graph) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            whole(kb, graph, b, e -> EntityJson.of(e, kb, graph, claims));
            return new ObjectMapper().readTree(b.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the whole knowledge base as one JSON document to {@code out}, each entity's JSON made
     * by {@code json}, a batch at a time in parallel, and written in order.
     */
    private static void whole(
            KnowledgeBase kb,
            LineageGraph graph,
            OutputStream out,
            java.util.function.Function<Entity, ObjectNode> json)
            throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", kb.site().baseUrl() + "data/lineage.schema.json");
            g.writeStringField("format", FORMAT);
            g.writeFieldName("site");
            g.writeTree(site(kb.site()));
            for (Kind k : Kind.values()) {
                g.writeArrayFieldStart(k == Kind.TERM ? "terms" : k.dir());
                List<Entity> all = List.copyOf(kb.entities(k).values());
                for (int i = 0; i < all.size(); i += BATCH) {
                    for (ObjectNode n :
                            all.subList(i, Math.min(all.size(), i + BATCH)).parallelStream()
                                    .map(json)
                                    .toList()) {
                        g.writeTree(n);
                    }
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("edges");
            for (String child : graph.topologicalOrder()) {
                for (ParentEdge e : graph.parentEdges(child)) {
                    ObjectNode x = EntityJson.edge(e);
                    ObjectNode edge = Json.object();
                    edge.put("child", child);
                    edge.put("parent", e.model().id());
                    x.properties()
                            .forEach(
                                    f -> {
                                        if (!f.getKey().equals("model")) {
                                            edge.set(f.getKey(), f.getValue());
                                        }
                                    });
                    g.writeTree(edge);
                }
            }
            g.writeEndArray();
            g.writeFieldName("order");
            g.writeTree(Json.strings(graph.topologicalOrder()));
            g.writeEndObject();
        }
        out.write('\n');
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
