package org.lineage.check;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.lineage.content.ContentLoader;
import org.lineage.content.LoadMemo;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.diag.Timings;
import org.lineage.graph.LineageGraph;
import org.lineage.html.Html;
import org.lineage.markdown.BodyRenderer;
import org.lineage.markdown.BodyScan;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;

/** Load, parse bodies, build the graph, run every check: the first half of every build. */
public final class Checker {
    private final MarkdownEngine markdown;
    private final BodyRendering rendering;

    /** Null, or what the last run read (see {@link #remembering}). */
    private final LoadMemo files;

    private final Map<String, BodyMemo> bodyMemo;

    /**
     * A body as last parsed: its text and place, what its HTML depended on besides them ({@link
     * #dependsOn}), and the result.
     */
    private record BodyMemo(String markdown, SourcePos start, String dependsOn, BodyDoc doc) {}

    /** A checker that renders no body ({@code check}). */
    public Checker(MarkdownEngine markdown) {
        this(markdown, BodyRendering.NONE);
    }

    /** A checker that also renders every body without problems, as it parses it. */
    public Checker(MarkdownEngine markdown, BodyRendering rendering) {
        this(markdown, rendering, false);
    }

    private Checker(MarkdownEngine markdown, BodyRendering rendering, boolean remember) {
        this.markdown = markdown;
        this.rendering = rendering;
        this.files = remember ? new LoadMemo() : null;
        this.bodyMemo = remember ? new ConcurrentHashMap<>() : null;
    }

    /**
     * A checker for one long-lived builder ({@code serve}'s): each run takes every content file and
     * body that is unchanged since the last run (by its bytes, and for a body by what its HTML
     * depends on) from memory instead of parsing it again. The results are the same as a fresh
     * checker's.
     */
    public Checker remembering() {
        return new Checker(markdown, rendering, true);
    }

    /**
     * A {@link #remembering} checker's next run reads content file {@code rel} (relative to the
     * content folder) again, even if unchanged, and hands back a new entity for it.
     */
    public void forget(String rel) {
        if (files != null) {
            files.forget(rel);
        }
    }

    /** Loads and checks {@code root}, naming files {@code displayRoot + relative path}. */
    public CheckResult run(Path root, String displayRoot) {
        return run(root, displayRoot, new Timings());
    }

    /** As {@link #run(Path, String)}, recording each stage's time in {@code timings}. */
    public CheckResult run(Path root, String displayRoot, Timings timings) {
        return run(root, displayRoot, timings, null);
    }

    /**
     * As above; a {@link #remembering} checker takes each file's digest from {@code digests} (hex
     * SHA-256 of its bytes by its path relative to {@code root}, as the caller has just read them)
     * instead of reading and digesting the file again. Null: none known.
     */
    public CheckResult run(
            Path root, String displayRoot, Timings timings, Map<String, String> digests) {
        return run(root, displayRoot, timings, digests, false);
    }

    /**
     * As above; with {@code sameListing} the caller vouches that no file or folder came or went in
     * the content tree since this {@link #remembering} checker's last run, which then takes the
     * tree's listing from that run instead of listing the folders again.
     */
    public CheckResult run(
            Path root,
            String displayRoot,
            Timings timings,
            Map<String, String> digests,
            boolean sameListing) {
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb =
                timings.time(
                        "load",
                        () ->
                                files == null
                                        ? ContentLoader.load(root, displayRoot, diags)
                                        : ContentLoader.load(
                                                root,
                                                displayRoot,
                                                diags,
                                                files,
                                                digests,
                                                sameListing));
        // Each body is parsed once, here: the tree is scanned and rendered, then dropped (parsed
        // trees cost far more memory than their HTML).
        Map<EntityKey, List<BodyScan>> scans = new HashMap<>();
        Map<EntityKey, Map<String, BodyDoc>> docs =
                timings.time(
                        "parse bodies",
                        () -> {
                            Map<EntityKey, Map<String, BodyDoc>> d = bodies(kb);
                            d.forEach(
                                    (key, byLang) ->
                                            scans.put(
                                                    key,
                                                    byLang.values().stream()
                                                            .map(BodyDoc::scan)
                                                            .toList()));
                            return d;
                        });
        LineageGraph graph = timings.time("lineage graph", () -> graph(kb));
        List<Diagnostic> sorted =
                timings.time(
                        "checks",
                        () -> {
                            check(kb, graph, scans, diags);
                            return diags.sorted();
                        });
        return new CheckResult(kb, graph, sorted, docs);
    }

    /** Runs every check of {@code kb} into {@code diags}. */
    private static void check(
            KnowledgeBase kb,
            LineageGraph graph,
            Map<EntityKey, List<BodyScan>> scans,
            Diagnostics diags) {
        diags.addAll(graph.problems());
        diags.addAll(ReferenceCheck.run(kb));
        diags.addAll(BodyCheck.run(kb, scans));
        diags.addAll(TranslationCheck.run(kb));
        // a broken file's entity is a placeholder, and a file still being filled in
        // is work in progress: neither is told that nothing refers to it yet
        Set<String> exempt =
                diags.sorted().stream()
                        .filter(d -> d.isError() || d.code().equals("fill-me"))
                        .map(d -> d.pos().path())
                        .collect(Collectors.toSet());
        diags.addAll(UsageCheck.run(kb, scans, exempt));
    }

    /**
     * The lineage graph of {@code kb}; a {@link #remembering} checker keeps the last one while
     * every model is the very object it was built from (the graph is made of the models alone).
     */
    private LineageGraph graph(KnowledgeBase kb) {
        if (files == null) {
            return LineageGraph.of(kb);
        }
        synchronized (files) {
            if (lastGraph == null || !kb.sameEntities(lastGraph.kb(), Kind.MODEL)) {
                lastGraph = new Graphed(kb, LineageGraph.of(kb));
            }
            return lastGraph.graph();
        }
    }

    /** A graph and the knowledge base it was built from. */
    private record Graphed(KnowledgeBase kb, LineageGraph graph) {}

    /** With {@link #files}: the last graph built. */
    private Graphed lastGraph;

    private Map<EntityKey, Map<String, BodyDoc>> bodies(KnowledgeBase kb) {
        Map<EntityKey, Map<String, BodyDoc>> docs = new ConcurrentHashMap<>();
        kb.bodies().entrySet().parallelStream()
                .forEach(
                        e -> {
                            Map<String, BodyDoc> byLang = new TreeMap<>();
                            e.getValue()
                                    .forEach((lang, b) -> byLang.put(lang, doc(e.getKey(), b, kb)));
                            docs.put(e.getKey(), Collections.unmodifiableMap(byLang));
                        });
        if (bodyMemo != null) {
            Set<String> present = new java.util.HashSet<>();
            kb.bodies()
                    .forEach((k, byLang) -> byLang.keySet().forEach(l -> present.add(key(k, l))));
            bodyMemo.keySet().retainAll(present);
        }
        return new TreeMap<>(docs);
    }

    private static String key(EntityKey owner, String lang) {
        return owner.kind().dir() + "/" + owner.id() + "/" + lang;
    }

    private BodyDoc doc(EntityKey owner, Body b, KnowledgeBase kb) {
        String key = key(owner, b.lang());
        if (bodyMemo != null) {
            BodyMemo m = bodyMemo.get(key);
            if (m != null
                    && m.markdown().equals(b.markdown())
                    && m.start().equals(b.start())
                    && m.dependsOn().equals(dependsOn(m.doc().scan(), kb))) {
                return m.doc();
            }
        }
        Node document = markdown.parse(b.markdown());
        BodyScan scan = BodyScan.of(document, b);
        // a body with a problem fails the build; one nested too deeply must not be walked again
        Html html =
                scan.problems().isEmpty() ? rendering.render(document, owner, b, kb) : Html.EMPTY;
        BodyDoc doc = new BodyDoc(scan, html, BodyRenderer.citedSources(document));
        if (bodyMemo != null) {
            bodyMemo.put(key, new BodyMemo(b.markdown(), b.start(), dependsOn(scan, kb), doc));
        }
        return doc;
    }

    /**
     * What a body's HTML may take from the rest of the knowledge base ({@link BodyRendering}'s
     * contract): whether each entity it links to and each source it cites exists, the statement of
     * each claim it links to (a link worded only "claim" shows it), and the languages.
     */
    private static String dependsOn(BodyScan scan, KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append(kb.site().languages()).append(kb.site().defaultLanguage()).append('\n');
        for (BodyScan.Located<EntityKey> l : scan.entityLinks()) {
            EntityKey k = l.value();
            b.append(k.kind().dir()).append(':').append(k.id()).append('=');
            b.append(kb.find(k.kind(), k.id()).isPresent() ? '1' : '0');
            if (k.kind() == org.lineage.model.Kind.CLAIM && kb.claims().containsKey(k.id())) {
                for (String lang : kb.site().languages()) {
                    b.append('\0')
                            .append(
                                    kb.claims()
                                            .get(k.id())
                                            .statement()
                                            .in(lang, kb.site().defaultLanguage()));
                }
            }
            b.append('\n');
        }
        for (BodyScan.Located<String> c : scan.citations()) {
            b.append("@").append(c.value()).append('=');
            b.append(kb.sources().containsKey(c.value()) ? '1' : '0').append('\n');
        }
        return b.toString();
    }
}
