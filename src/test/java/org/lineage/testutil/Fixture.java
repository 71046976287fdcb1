package org.lineage.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;

/**
 * A small content tree written to a directory and loaded: families, methods, capabilities and
 * models with gains and losses over several parents, an undated model, an analogue, a model with no
 * edge, Chinese names, and names full of XML's special characters.
 */
public record Fixture(KnowledgeBase kb, LineageGraph graph) {

    /** The lineage, as written in {@code parents:} (child: its parents). */
    public static final Map<String, List<String>> PARENTS =
            Map.of(
                    "coder", List.of("root"),
                    "tuner", List.of("root"),
                    "merged", List.of("coder", "tuner"),
                    "late", List.of("merged"),
                    "zh-model", List.of("tuner"));

    public static Fixture load(Path dir) {
        return load(dir, files());
    }

    /** Writes {@code files} (path to text) under {@code dir} and loads them without errors. */
    public static Fixture load(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(dir, "content/", diags);
        LineageGraph graph = LineageGraph.of(kb);
        diags.addAll(graph.problems());
        List<Diagnostic> errors = diags.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, "the fixture loads cleanly");
        return new Fixture(kb, graph);
    }

    public static Map<String, String> files() {
        Map<String, String> f = new TreeMap<>();
        f.put(
                "site.yaml",
                """
                title: {en: "Fixture", zh: "样例"}
                description: {en: "A fixture.", zh: "样例。"}
                base_url: https://example.org/fixture/
                languages: [en, zh]
                license: CC-BY-4.0
                editors: ["Tester"]
                """);
        f.put(
                "families/alpha.yaml",
                """
                name: {en: "Alpha <series> & co", zh: "阿尔法系列"}
                summary: {en: "A family.", zh: "一个系列。"}
                """);
        f.put(
                "families/beta.yaml",
                """
                name: {en: "Beta series", zh: "贝塔系列"}
                summary: {en: "A family.", zh: "一个系列。"}
                """);
        method(f, "pretrain", "Pretraining", "预训练");
        method(f, "tune", "Tuning & <alignment>", "微调与对齐");
        method(f, "merge", "Merging \\\"two\\\" lines", "合并两条谱系");
        capability(f, "talk", "Talking", "对话");
        capability(f, "code", "Coding, \\\"well\\\"", "编程");
        capability(f, "reason", "Reasoning", "推理");
        capability(f, "see", "Seeing", "视觉");
        capability(f, "unused", "Unused", "未用");
        f.put(
                "claims/why.yaml",
                """
                statement: {en: "Why it happened.", zh: "原因。"}
                status: hypothesis
                about: {models: [root]}
                """);
        f.put(
                "models/root.yaml",
                """
                name: "Root 'one' <b>"
                family: alpha
                organization: 'Org <A> & "B"'
                released: 2019
                summary: {en: "Root.", zh: "根。"}
                capabilities:
                  - {capability: talk, change: "+", claim: why}
                  - {capability: reason, change: "+"}
                """);
        f.put(
                "models/coder.yaml",
                """
                name: coder
                family: alpha
                organization: Org A
                released: 2020-05
                summary: {en: "Coder.", zh: "编码者。"}
                parents:
                  - {model: root, method: pretrain, confidence: documented, claim: why}
                capabilities:
                  - {capability: code, change: "+"}
                  - {capability: reason, change: "-", claim: why}
                  - {capability: see, change: "+"}
                """);
        f.put(
                "models/tuner.yaml",
                """
                name: tuner
                family: beta
                organization: Org B
                released: 2020/2021-02
                summary: {en: "Tuner.", zh: "调优者。"}
                parents:
                  - {model: root, method: tune, confidence: hypothesis}
                capabilities:
                  - {capability: talk, change: "++"}
                  - {capability: reason, change: "--"}
                  - {capability: see, change: "+"}
                """);
        f.put(
                "models/merged.yaml",
                """
                name: merged
                family: beta
                organization: Org B
                released: 2021-03
                summary: {en: "Merged.", zh: "合并者。"}
                parents:
                  - {model: coder, method: merge, confidence: educated-guess}
                  - {model: tuner, method: tune, confidence: open-question}
                capabilities:
                  - {capability: code, change: "++"}
                analogues: [open]
                """);
        f.put(
                "models/late.yaml",
                """
                name: late
                family: beta
                organization: Org B
                summary: {en: "Undated.", zh: "日期不详。"}
                parents:
                  - {model: merged, method: tune, confidence: conclusion}
                capabilities:
                  - {capability: reason, change: absent}
                """);
        f.put(
                "models/zh-model.yaml",
                """
                name: {en: "ZH model", zh: "中文模型"}
                family: beta
                organization: {en: "Org B", zh: "乙组织"}
                released: 2021-06
                summary: {en: "Chinese.", zh: "中文。"}
                parents:
                  - {model: tuner, method: tune, confidence: strong-hypothesis}
                """);
        f.put(
                "models/open.yaml",
                """
                name: open
                organization: Open Lab
                released: 2021
                summary: {en: "Open.", zh: "开放。"}
                capabilities:
                  - {capability: talk, change: "+"}
                """);
        f.put(
                "models/lonely.yaml",
                """
                name: lonely
                family: alpha
                organization: Org A
                released: 2022
                summary: {en: "Alone.", zh: "孤独。"}
                """);
        return f;
    }

    private static void method(Map<String, String> f, String id, String en, String zh) {
        f.put(
                "methods/" + id + ".yaml",
                "name: {en: \""
                        + en
                        + "\", zh: \""
                        + zh
                        + "\"}\nsummary: {en: \"M.\", zh: \"M。\"}\n");
    }

    private static void capability(Map<String, String> f, String id, String en, String zh) {
        f.put(
                "capabilities/" + id + ".yaml",
                "name: {en: \""
                        + en
                        + "\", zh: \""
                        + zh
                        + "\"}\nsummary: {en: \"C.\", zh: \"C。\"}\n");
    }
}
