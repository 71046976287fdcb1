package org.lineage.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.model.Confidence;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Source;

/**
 * Importing the ecosystem-graphs fixture: what is mapped, and how each awkward entry is reported.
 */
class EcosystemGraphsImportTest {
    @TempDir Path tmp;

    private KnowledgeBase imported() {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.ecosystem(content);
        return ImportRun.check(content).kb();
    }

    private static List<String> parents(KnowledgeBase kb, String model) {
        return kb.models().get(model).parents().stream().map(e -> e.model().id()).toList();
    }

    @Test
    void mapsModelsFamiliesSourcesAndEdges() {
        KnowledgeBase kb = imported();
        Model neox = kb.models().get("gpt-neox-20b");
        assertEquals("GPT-NeoX-20B", neox.name().neutral().orElseThrow());
        assertEquals("eleutherai", neox.family().orElseThrow().id());
        assertEquals("EleutherAI", neox.organization().neutral().orElseThrow());
        assertEquals("2022-02-02", neox.released().orElseThrow().toString());
        assertEquals(Optional.of("20B"), neox.parameters());
        assertEquals("OPEN_WEIGHTS", neox.access().orElseThrow().name());
        assertEquals(
                "GPT-NeoX-20B is an open-sourced autoregressive large language model.",
                neox.summary().byLanguage().get("en"));
        assertFalse(neox.summary().byLanguage().containsKey("zh"), "the source is English only");

        ParentEdge e = neox.parents().get(0);
        assertEquals("gpt-j-6b", e.model().id());
        assertEquals("unspecified-derivation", e.method().id());
        assertEquals(Confidence.HYPOTHESIS, e.confidence());
        assertTrue(e.note().orElseThrow().byLanguage().get("en").contains("eleutherai.yaml"));
        assertTrue(e.note().orElseThrow().byLanguage().containsKey("zh"));

        assertEquals(
                List.of("arxiv-2204.06745", "huggingface.co-eleutherai-gpt-neox-20b"),
                neox.sources().stream().map(r -> r.id()).toList());
        Source paper = kb.sources().get("arxiv-2204.06745");
        assertEquals("paper", paper.type().key());
        assertEquals(2022, paper.year());
        assertEquals(Optional.of(4), paper.month());
        assertEquals(Optional.of("2204.06745"), paper.arxiv());
        Source card = kb.sources().get("huggingface.co-eleutherai-gpt-neox-20b");
        assertEquals("documentation", card.type().key());
        assertEquals(2022, card.year(), "the year of the model, which the page does not tell");
        assertEquals(
                "blog", kb.sources().get("openai.com-blog-instruction-following").type().key());

        assertEquals(
                Set.of(
                        "eleutherai",
                        "openai",
                        "loop-lab",
                        "ai21-labs",
                        "star-org",
                        "hunter-lab",
                        "baidu",
                        "ai",
                        "alibaba",
                        "gooseai",
                        "quiet-lab"),
                kb.families().keySet());
        assertEquals(Set.of("unspecified-derivation"), kb.methods().keySet());
        assertEquals(List.of("gpt-3"), parents(kb, "instructgpt"));
        assertEquals(List.of("gpt-3"), parents(kb, "codex"), "GitHub code is not a model");
    }

    @Test
    void theImportChecksWithoutErrorsAndWarnsOnlyOfGaps() {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.ecosystem(content);
        CheckResult r = ImportRun.check(content);
        assertEquals(0, r.errors(), () -> r.diagnostics().toString());
        Set<String> codes = Set.of("missing-translation", "unreferenced", "fill-me");
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(codes.contains(d.code()), d.toString());
        }
        assertTrue(
                r.diagnostics().stream()
                        .anyMatch(
                                d ->
                                        d.code().equals("missing-translation")
                                                && d.pos()
                                                        .path()
                                                        .equals("content/models/gpt-3.yaml")),
                "English-only summaries are missing their translation");
        assertTrue(
                r.diagnostics().stream()
                        .anyMatch(
                                d ->
                                        d.code().equals("fill-me")
                                                && d.pos()
                                                        .path()
                                                        .equals("content/models/goose.yaml")),
                "a model without a description gets a placeholder, not a made-up summary");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "import-unmapped | source/FMT_schemas.yaml | not a list of assets",
                "import-unmapped | source/awkward.yaml:2:3 | without a name",
                "import-unmapped | source/awkward.yaml:5:3 | 'Typeless' has no type",
                "import-value | source/awkward.yaml:12:17 | date 'June 2021' left out",
                "import-value | source/awkward.yaml:13:8 | address 'goose.ai' left out",
                "import-value | source/awkward.yaml:14:9 | size '8x7B parameters' left out",
                "import-value | source/awkward.yaml:16:11 | access 'Available to some' left out",
                "import-value | source/awkward.yaml:22:8 | a source needs a year",
                "import-dependency | source/awkward.yaml:23:18 | 'Nonexistent Model'",
                "import-unmapped | source/chinese.yaml:2:3 | no id can be read off the name '文心一言'",
                "import-cycle | source/cycle.yaml:14:18 | (beta -> alpha -> beta)",
                "import-cycle | source/cycle.yaml:21:18 | (ouroboros -> ouroboros)",
                "import-duplicate | source/duplicates.yaml:9:3 | 'Jurassic-1' is listed again",
                "import-dependency | source/duplicates.yaml:29:18 | 'Orion' names 2 models",
                "import-value | source/eleutherai.yaml:45:9 | several sizes",
                "import-value | source/eleutherai.yaml:44:8 | a source needs a year",
                "import-dependency | source/openai.yaml:45:25 | 'GitHub code'",
            })
    void reportsEachEntryEdgeAndValueItLeavesOut(String code, String pos, String words) {
        Importer.Report r = ImportRun.ecosystem(ImportRun.emptyContent(tmp));
        Diagnostic d =
                r.diagnostics().stream()
                        .filter(x -> x.code().equals(code) && x.pos().toString().equals(pos))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                code + " at " + pos + " in " + ImportRun.keys(r)));
        assertTrue(d.message().contains(words), d.message());
        assertFalse(d.isError());
    }

    @Test
    void reportsNothingElse() {
        Importer.Report r = ImportRun.ecosystem(ImportRun.emptyContent(tmp));
        assertEquals(17, r.diagnostics().size(), () -> String.join("\n", ImportRun.keys(r)));
        assertFalse(r.failed());
    }

    @Test
    void countsWhatItLeavesOutByDesign() {
        Importer.Report r = ImportRun.ecosystem(ImportRun.emptyContent(tmp));
        Map<String, Integer> left = r.leftOut();
        assertEquals(4, left.get("dependencies on a dataset: not lineage edges"), left.toString());
        assertEquals(2, left.get("assets of type 'dataset': not imported (only models are)"));
        assertEquals(1, left.get("assets of type 'application': not imported (only models are)"));
        assertEquals(4, left.get("license: not imported (the content format has no such field)"));
        assertEquals(
                3, left.get("access: 'limited' (an API, or access for chosen partners) left out"));
        assertEquals(2, left.get("released: no date in the source"));
        assertEquals(Map.of("application", 1, "dataset", 2, "model", 20), r.assets());
    }

    @Test
    void aDependencyOnADatasetIsNoEdge() {
        KnowledgeBase kb = imported();
        assertEquals(List.of(), parents(kb, "gpt-j-6b"), "The Pile is a dataset");
        assertEquals(List.of("gpt-j-6b"), parents(kb, "gpt-neox-20b"));
        assertFalse(kb.models().containsKey("the-pile"));
        assertFalse(kb.models().containsKey("chatgpt-app"));
    }

    @Test
    void aCycleLosesTheEdgeThatClosesIt() {
        KnowledgeBase kb = imported();
        assertEquals(List.of("beta"), parents(kb, "alpha"));
        assertEquals(List.of(), parents(kb, "beta"));
        assertEquals(List.of(), parents(kb, "ouroboros"));
    }

    @Test
    void duplicateNamesAreKeptApartOrReported() {
        KnowledgeBase kb = imported();
        assertTrue(kb.models().containsKey("jurassic-1"));
        assertEquals(
                "A 178B-parameter language model.",
                kb.models().get("jurassic-1").summary().byLanguage().get("en"),
                "the first entry wins");
        assertEquals("Star Org", kb.models().get("star-org-orion").organization().neutral().get());
        assertEquals(
                "Hunter Lab", kb.models().get("hunter-lab-orion").organization().neutral().get());
        assertFalse(kb.models().containsKey("orion"));
        assertEquals(List.of(), parents(kb, "orion-chat"), "'Orion' is ambiguous: no guess");
    }

    @Test
    void nonLatinNamesNeedAnIdAndKeepTheirName() {
        KnowledgeBase kb = imported();
        assertFalse(
                kb.models().values().stream().anyMatch(m -> m.title("en", "en").equals("文心一言")));
        assertEquals("Qwen（通义千问）", kb.models().get("qwen").name().neutral().get());
        assertEquals("智谱 AI", kb.families().get("ai").name().neutral().get());

        Path content = tmp.resolve("again");
        ImportRun.emptyContent(content);
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS,
                        ImportRun.FIXTURES.resolve("ecosystem-graphs/assets"),
                        content.resolve("content"),
                        Map.of("文心一言", "ernie-bot", "百度", "baidu-cn", "智谱 AI", "zhipu-ai"),
                        false,
                        false);
        assertTrue(ImportRun.keys(r).stream().noneMatch(k -> k.contains("chinese.yaml:2:3")));
        KnowledgeBase again = ImportRun.check(content.resolve("content")).kb();
        Model ernie = again.models().get("ernie-bot");
        assertEquals("文心一言", ernie.name().neutral().get());
        assertEquals("baidu-cn", ernie.family().get().id());
        assertEquals("百度的对话语言模型。", ernie.summary().byLanguage().get("en"));
        assertEquals("zhipu-ai", again.models().get("chatglm-6b").family().get().id());
    }

    @Test
    void missingDatesLeaveReleasedOutAndSourcesWithoutAYear() {
        KnowledgeBase kb = imported();
        assertTrue(kb.models().get("pythia").released().isEmpty());
        assertEquals(List.of(), kb.models().get("pythia").sources());
        assertTrue(kb.models().get("undated").released().isEmpty());
        assertTrue(kb.models().get("goose").released().isEmpty(), "'June 2021' is not read");
        assertTrue(kb.models().get("goose").parameters().isEmpty());
    }

    @Test
    void everyFileStartsWithTheImportHeaderAndTheSchema() throws Exception {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.ecosystem(content);
        List<String> lines = Files.readAllLines(content.resolve("models/gpt-3.yaml"));
        assertTrue(
                lines.get(0).startsWith("# lineage import ecosystem-graphs from openai.yaml: "),
                lines.get(0));
        assertEquals(
                "# yaml-language-server: $schema=https://example.org/kb/schema/content/model.schema.json",
                lines.get(1));
    }
}
