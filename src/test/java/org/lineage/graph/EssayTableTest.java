package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.model.Change;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.ParentEdge;

/**
 * The shipped knowledge base reproduces the summary table of the essay it is built from (section 五,
 * "总结当前阶段 GPT-3.5 的进化历程"): for each model in the table, the capabilities the table names and what
 * the step did to each, and the training method of the step.
 *
 * <p>The table's capability column covers these fourteen abilities; the knowledge base also records
 * abilities from the essay's other sections (impartial responses and refusing improper questions
 * from section 四, the limitations of section 六), which the table does not list, so those rows are
 * outside its comparison. Within the table's models and abilities the match is exact: nothing
 * missing, and nothing extra beyond the few changes in {@link #PROSE}, which the essay's prose
 * states although its table leaves them out.
 */
class EssayTableTest {
    /** The repository's content; {@code -Dlineage.content=DIR} checks another tree. */
    static final Path CONTENT = Path.of(System.getProperty("lineage.content", "content"));

    /** The table's ability words, each with the capability that records it. */
    static final Map<String, String> ABILITIES =
            Map.ofEntries(
                    Map.entry("语言生成", "language-generation"),
                    Map.entry("世界知识", "world-knowledge"),
                    Map.entry("上下文学习", "in-context-learning"),
                    Map.entry("遵循人类的指令", "instruction-following"),
                    Map.entry("泛化到没有见过的任务", "task-generalization"),
                    Map.entry("代码理解", "code-understanding"),
                    Map.entry("代码生成", "code-generation"),
                    Map.entry("复杂推理 / 思维链", "chain-of-thought"),
                    Map.entry("长距离的依赖", "long-range-dependency"),
                    Map.entry("零样本生成", "zero-shot-generation"),
                    Map.entry("遵循人类价值观", "human-alignment"),
                    Map.entry("包含更多细节的生成", "informative-responses"),
                    Map.entry("拒绝知识范围外的问题", "reject-unknown-questions"),
                    Map.entry("建模对话历史的能力", "dialogue-history"));

    /** The table, row by row: model, then each listed change as "symbol ability". */
    static final Map<String, List<String>> TABLE = new LinkedHashMap<>();

    /**
     * Changes the knowledge base records from the essay's prose rather than its table: the
     * conclusions of section 五 name text-davinci-002 as the supervised route to alignment, while
     * the table gives its row no alignment change.
     */
    static final Map<String, List<String>> PROSE = Map.of("text-davinci-002", List.of("+ 遵循人类价值观"));

    /** The training method of each row's step (the first row is pretraining, a root). */
    static final Map<String, Set<String>> METHODS = new LinkedHashMap<>();

    static {
        TABLE.put("davinci", List.of("+ 语言生成", "+ 世界知识", "+ 上下文学习"));
        TABLE.put("davinci-instruct-beta", List.of("+ 遵循人类的指令", "+ 泛化到没有见过的任务"));
        TABLE.put("code-cushman-001", List.of("+ 代码理解", "+ 代码生成"));
        TABLE.put("code-davinci-002", List.of("++ 代码理解", "++ 代码生成", "++ 复杂推理 / 思维链", "+ 长距离的依赖"));
        // "- 推理能力" in this row is the chain-of-thought reasoning of the row above.
        TABLE.put("text-davinci-002", List.of("++ 遵循人类的指令", "- 上下文学习", "- 复杂推理 / 思维链", "++ 零样本生成"));
        TABLE.put("text-davinci-003", List.of("+ 遵循人类价值观", "+ 包含更多细节的生成", "+ 上下文学习", "+ 零样本生成"));
        TABLE.put(
                "chatgpt",
                List.of("++ 遵循人类价值观", "++ 包含更多细节的生成", "++ 拒绝知识范围外的问题", "++ 建模对话历史的能力", "-- 上下文学习"));
        METHODS.put("davinci", Set.of());
        METHODS.put("davinci-instruct-beta", Set.of("instruction-tuning"));
        METHODS.put("code-cushman-001", Set.of("code-training"));
        METHODS.put("code-davinci-002", Set.of("code-and-text-training", "instruction-tuning"));
        METHODS.put("text-davinci-002", Set.of("instruction-tuning"));
        METHODS.put("text-davinci-003", Set.of("rlhf"));
        METHODS.put("chatgpt", Set.of("rlhf-dialogue"));
    }

    static KnowledgeBase kb;
    static LineageGraph graph;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isRegularFile(CONTENT.resolve("site.yaml")), "no content/ here");
        kb = ContentLoader.load(CONTENT, "content/", new Diagnostics());
        graph = LineageGraph.of(kb);
    }

    @Test
    void explicitChangesReproduceTheEssaysSummaryTable() {
        CapabilityMatrix m = CapabilityMatrix.of(kb, graph);
        Map<String, Map<String, String>> expected = new TreeMap<>();
        TABLE.forEach(
                (model, changes) -> {
                    Map<String, String> row = new TreeMap<>();
                    List<String> all = new java.util.ArrayList<>(changes);
                    all.addAll(PROSE.getOrDefault(model, List.of()));
                    for (String c : all) {
                        String[] parts = c.split(" ", 2);
                        row.put(ABILITIES.get(parts[1]), parts[0]);
                    }
                    expected.put(model, row);
                });
        Map<String, Map<String, String>> actual = new TreeMap<>();
        for (String model : TABLE.keySet()) {
            Map<String, String> row = new TreeMap<>();
            for (String cap : ABILITIES.values()) {
                m.cell(cap, model)
                        .filter(CapabilityMatrix.Cell::explicit)
                        .map(CapabilityMatrix.Cell::state)
                        .map(Change::symbol)
                        .ifPresent(s -> row.put(cap, s));
            }
            actual.put(model, row);
        }
        assertEquals(expected, actual);
    }

    @Test
    void eachStepOfTheTableUsesTheTrainingMethodTheEssayNames() {
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        for (String model : METHODS.keySet()) {
            Set<String> methods = new TreeSet<>();
            for (ParentEdge e : graph.parentEdges(model)) {
                methods.add(e.method().id());
            }
            actual.put(model, methods);
        }
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        METHODS.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
        assertEquals(expected, actual);
    }

    @Test
    void theMatrixListsTheTablesModelsParentsFirst() {
        CapabilityMatrix m = CapabilityMatrix.of(kb, graph);
        for (String model : TABLE.keySet()) {
            for (String parent : graph.parents(model)) {
                assertEquals(
                        true,
                        m.models().indexOf(parent) < m.models().indexOf(model),
                        parent + " before " + model);
            }
        }
    }
}
