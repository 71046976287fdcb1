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
import org.lineage.diag.Diagnostics;
import org.lineage.diag.Timings;
import org.lineage.graph.LineageGraph;
import org.lineage.html.Html;
import org.lineage.markdown.BodyRenderer;
import org.lineage.markdown.BodyScan;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/** Load, parse bodies, build the graph, run every check: the first half of every build. */
public final class Checker {
    private final MarkdownEngine markdown;
    private final BodyRendering rendering;

    /** A checker that renders no body ({@code check}). */
    public Checker(MarkdownEngine markdown) {
        this(markdown, BodyRendering.NONE);
    }

    /** A checker that also renders every body without problems, as it parses it. */
    public Checker(MarkdownEngine markdown, BodyRendering rendering) {
        this.markdown = markdown;
        this.rendering = rendering;
    }

    /** Loads and checks {@code root}, naming files {@code displayRoot + relative path}. */
    public CheckResult run(Path root, String displayRoot) {
        return run(root, displayRoot, new Timings());
    }

    /** As {@link #run(Path, String)}, recording each stage's time in {@code timings}. */
    public CheckResult run(Path root, String displayRoot, Timings timings) {
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb = timings.time("load", () -> ContentLoader.load(root, displayRoot, diags));
        // Each body is parsed once, here: the tree is scanned and rendered, then dropped (parsed
        // trees cost far more memory than their HTML).
        Map<EntityKey, Map<String, BodyDoc>> docs = timings.time("parse bodies", () -> bodies(kb));
        Map<EntityKey, List<BodyScan>> scans = new HashMap<>();
        docs.forEach(
                (key, byLang) ->
                        scans.put(key, byLang.values().stream().map(BodyDoc::scan).toList()));
        LineageGraph graph = timings.time("lineage graph", () -> LineageGraph.of(kb));
        timings.time(
                "checks",
                () -> {
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
                });
        return new CheckResult(kb, graph, diags.sorted(), docs);
    }

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
        return new TreeMap<>(docs);
    }

    private BodyDoc doc(EntityKey owner, Body b, KnowledgeBase kb) {
        Node document = markdown.parse(b.markdown());
        BodyScan scan = BodyScan.of(document, b);
        // a body with a problem fails the build; one nested too deeply must not be walked again
        Html html =
                scan.problems().isEmpty() ? rendering.render(document, owner, b, kb) : Html.EMPTY;
        return new BodyDoc(scan, html, BodyRenderer.citedSources(document));
    }
}
