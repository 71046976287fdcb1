package org.lineage.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.Timings;
import org.lineage.graph.LineageGraph;
import org.lineage.markdown.BodyScan;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;

/** Load, parse bodies, build the graph, run every check: the first half of every build. */
public final class Checker {
    private final MarkdownEngine markdown;

    public Checker(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /** Loads and checks {@code root}, naming files {@code displayRoot + relative path}. */
    public CheckResult run(Path root, String displayRoot) {
        return run(root, displayRoot, new Timings());
    }

    /** As {@link #run(Path, String)}, recording each stage's time in {@code timings}. */
    public CheckResult run(Path root, String displayRoot, Timings timings) {
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb = timings.time("load", () -> ContentLoader.load(root, displayRoot, diags));
        // Parsed bodies are not kept: they cost far more memory than parsing them again.
        Map<EntityKey, List<BodyScan>> scans = new ConcurrentHashMap<>();
        timings.time(
                "parse bodies",
                () ->
                        kb.bodies().entrySet().parallelStream()
                                .forEach(
                                        e -> {
                                            List<BodyScan> list = new ArrayList<>();
                                            for (Body b : e.getValue().values()) {
                                                list.add(
                                                        BodyScan.of(
                                                                markdown.parse(b.markdown()), b));
                                            }
                                            scans.put(e.getKey(), List.copyOf(list));
                                        }));
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
        return new CheckResult(kb, graph, diags.sorted());
    }
}
