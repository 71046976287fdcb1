package org.lineage.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.lineage.model.Reads;
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

        /**
         * Keeps file {@code name} as the last build wrote it, if it can; false: it cannot (the file
         * is gone or changed), and the caller writes it.
         */
        default boolean keep(String name) {
            return false;
        }
    }

    /**
     * How many entities' JSON is made at a time (in parallel) and written into lineage.json: the
     * JSON of the others is not held meanwhile.
     */
    private static final int BATCH = 256;

    /**
     * Parts of the exports that a long-lived builder may keep from its last build: each is made by
     * a function of the knowledge base, and the builder knows (by what the function read) whether
     * its value would be the same.
     */
    public interface Parts {
        /**
         * {@code make}'s value, or the value it gave before when nothing it read has changed;
         * {@code key} names the part (a file's name, or a record standing for one entity's part of
         * a file).
         */
        <T> T get(Object key, java.util.function.Supplier<T> make);

        /**
         * How many parts were made (not taken from before) so far, or -1 when nothing is kept: a
         * file made of parts none of which was made again is the file it was.
         */
        default int made() {
            return -1;
        }

        /** Makes every part afresh. */
        Parts NONE =
                new Parts() {
                    @Override
                    public <T> T get(Object key, java.util.function.Supplier<T> make) {
                        return make.get();
                    }
                };
    }

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
        names(kb, out);
        return out;
    }

    /** Adds the path of every file {@link #write} writes to {@code out}. */
    public static void names(KnowledgeBase kb, java.util.Collection<String> out) {
        for (Download d : DOWNLOADS) {
            out.add(d.path());
        }
        out.addAll(ContentSchemaFiles.files().keySet());
        List<String> languages = kb.site().languages();
        for (String lang : languages) {
            out.add(SearchIndex.path(lang));
        }
        for (Kind k : Kind.values()) {
            for (String id : kb.entities(k).keySet()) {
                out.add(SitePaths.entityJson(k, id));
                if (k != Kind.TERM) {
                    for (String lang : languages) {
                        out.add(SitePaths.entityCsl(lang, k, id));
                    }
                }
            }
        }
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
        write(kb, graph, sink, csl, extra, Parts.NONE);
    }

    /** As above, taking what {@code parts} keeps instead of making it again. */
    public static void write(
            KnowledgeBase kb,
            LineageGraph graph,
            Sink sink,
            boolean csl,
            java.util.function.Function<String, List<SearchIndex.Extra>> extra,
            Parts parts) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        // each entity's JSON is made once, for its own file and for lineage.json
        java.util.function.Function<Entity, Nested> entity =
                e -> {
                    String file = SitePaths.entityJson(e.kind(), e.id());
                    Nested json =
                            parts.get(
                                    file,
                                    reading(
                                            e,
                                            () ->
                                                    Nested.of(
                                                            Json.bytes(
                                                                    EntityJson.of(
                                                                            e, kb, graph,
                                                                            claims)))));
                    sink.accept(file, json.file());
                    if (csl && e.kind() != Kind.TERM) {
                        for (String lang : kb.site().languages()) {
                            sink.accept(
                                    SitePaths.entityCsl(lang, e.kind(), e.id()),
                                    Json.bytes(PageCitation.of(kb, e, lang).cslJson()));
                        }
                    }
                    return json;
                };
        if (parts.made() >= 0) {
            // the parts are kept anyway: every entity's first, then lineage.json only if one
            // of them, or what the rest of it is made from (what every page shares), changed
            int before = parts.made();
            parts.get("data/lineage.json", () -> Boolean.TRUE);
            List<Entity> order = kb.all().toList();
            List<Nested> made = order.parallelStream().map(entity).toList();
            Map<Entity, Nested> all = new java.util.IdentityHashMap<>(2 * order.size());
            for (int i = 0; i < order.size(); i++) {
                all.put(order.get(i), made.get(i));
            }
            if (parts.made() != before || !sink.keep("data/lineage.json")) {
                sink.accept("data/lineage.json", (Streamed) out -> whole(kb, graph, out, all::get));
            }
        } else {
            sink.accept("data/lineage.json", (Streamed) out -> whole(kb, graph, out, entity));
        }
        sink.accept("data/lineage.schema.json", schema());
        ContentSchemaFiles.files().forEach(sink::accept);
        sink.accept(
                "data/sources.bib", parts.get("data/sources.bib", () -> utf8(Bibtex.sources(kb))));
        sink.accept(
                "data/lineage.dot",
                parts.get("data/lineage.dot", () -> utf8(GraphFormats.dot(kb, graph))));
        sink.accept(
                "data/matrix.csv",
                parts.get(
                        "data/matrix.csv",
                        () -> utf8(MatrixCsv.write(CapabilityMatrix.of(kb, graph), kb))));
        List<byte[]> summary =
                parts.get(
                        "data/summary",
                        () -> {
                            SummaryTable table = SummaryTable.of(kb, graph);
                            return List.of(utf8(table.csv(kb)), Json.bytes(table.json(kb)));
                        });
        sink.accept("data/summary.csv", summary.get(0));
        sink.accept("data/summary.json", summary.get(1));
        sink.accept(
                "data/lineage.graphml",
                parts.get("data/lineage.graphml", () -> utf8(GraphFormats.graphml(kb, graph))));
        for (String lang : kb.site().languages()) {
            sink.accept(
                    SearchIndex.path(lang),
                    utf8(
                            SearchIndex.compact(
                                    kb,
                                    lang,
                                    parts.get(
                                            SearchIndex.path(lang),
                                            () -> SearchIndex.items(extra.apply(lang))),
                                    e ->
                                            parts.get(
                                                    new SearchIndex.EntryKey(
                                                            lang, e.kind(), e.id()),
                                                    reading(
                                                            e,
                                                            () ->
                                                                    Json.compact(
                                                                            SearchIndex.entry(
                                                                                    kb, e,
                                                                                    lang)))))));
        }
    }

    /**
     * {@code make}, noting first that it reads {@code e} (handed to it, not looked up): what it
     * makes shows {@code e}'s facts, and a part kept must be made again when they change.
     */
    private static <T> java.util.function.Supplier<T> reading(
            Entity e, java.util.function.Supplier<T> make) {
        return () -> {
            Reads.note(Reads.entity(e.kind(), e.id()));
            return make.get();
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The whole knowledge base as one JSON document (held whole: for tests and small sites). */
    public static JsonNode whole(KnowledgeBase kb, LineageGraph graph) {
        Map<String, List<String>> claims = EntityJson.claimsAboutModels(kb);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            whole(kb, graph, b, e -> Nested.of(Json.bytes(EntityJson.of(e, kb, graph, claims))));
            return Json.read(b.toByteArray());
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
            java.util.function.Function<Entity, Nested> json)
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
                    for (Nested n :
                            all.subList(i, Math.min(all.size(), i + BATCH)).parallelStream()
                                    .map(json)
                                    .toList()) {
                        // the generator writes what goes before a value (a comma, a line end
                        // and the indent), then the value's bytes go straight to the stream
                        g.writeRawValue("");
                        g.flush();
                        out.write(n.nested());
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

    /**
     * An entity's JSON as its own file has it ({@link Json#bytes}), and as it stands in
     * lineage.json, two levels down (in the array of its kind, in the document): the same text
     * indented four spaces more, without the file's final newline. No string in JSON holds a raw
     * line end, and no byte of a character in UTF-8 but the line end itself is one, so every line
     * end is the indenter's.
     */
    record Nested(byte[] file, byte[] nested) {
        static Nested of(byte[] file) {
            int lines = 0;
            for (int i = 0; i < file.length - 1; i++) {
                if (file[i] == '\n') {
                    lines++;
                }
            }
            byte[] nested = new byte[file.length - 1 + 4 * lines];
            int o = 0;
            for (int i = 0; i < file.length - 1; i++) {
                nested[o++] = file[i];
                if (file[i] == '\n') {
                    for (int k = 0; k < 4; k++) {
                        nested[o++] = ' ';
                    }
                }
            }
            return new Nested(file, nested);
        }
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
