package org.lineage.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.commonmark.node.Node;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
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
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(root, displayRoot, diags);
        Map<EntityKey, Map<String, Node>> docs = new ConcurrentHashMap<>();
        Map<EntityKey, List<BodyScan>> scans = new ConcurrentHashMap<>();
        kb.bodies().entrySet().parallelStream()
                .forEach(
                        e -> {
                            Map<String, Node> byLang = new HashMap<>();
                            List<BodyScan> list = new ArrayList<>();
                            for (Body b : e.getValue().values()) {
                                Node doc = markdown.parse(b.markdown());
                                byLang.put(b.lang(), doc);
                                list.add(BodyScan.of(doc, b));
                            }
                            docs.put(e.getKey(), Map.copyOf(byLang));
                            scans.put(e.getKey(), List.copyOf(list));
                        });
        LineageGraph graph = LineageGraph.of(kb);
        diags.addAll(graph.problems());
        diags.addAll(ReferenceCheck.run(kb));
        diags.addAll(BodyCheck.run(kb, scans));
        Set<String> filesWithErrors =
                diags.sorted().stream()
                        .filter(Diagnostic::isError)
                        .map(d -> d.pos().path())
                        .collect(Collectors.toSet());
        diags.addAll(UsageCheck.run(kb, scans, filesWithErrors));
        return new CheckResult(kb, graph, new TreeMap<>(docs), diags.sorted());
    }
}
