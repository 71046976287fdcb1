package org.lineage.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.model.Confidence;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;

/** Importing the Hugging Face model-card fixture. */
class HfCardsImportTest {
    @TempDir Path tmp;

    private KnowledgeBase imported() {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.hf(content);
        return ImportRun.check(content).kb();
    }

    private static List<String> edges(KnowledgeBase kb, String model) {
        return kb.models().get(model).parents().stream()
                .map(e -> e.model().id() + " by " + e.method().id())
                .toList();
    }

    @Test
    void parentsAndMethodsComeFromBaseModelAndItsRelation() {
        KnowledgeBase kb = imported();
        assertEquals(
                List.of("meta-llama-llama-2-7b-hf by fine-tuning"),
                edges(kb, "llama-2-7b-chat-hf"));
        assertEquals(
                List.of("llama-2-7b-chat-hf by quantization"), edges(kb, "llama-2-7b-chat-gguf"));
        assertEquals(
                List.of("meta-llama-llama-2-7b-hf by adapter-tuning"),
                edges(kb, "llama2-lora"),
                "a base_model written as an address");
        assertEquals(
                List.of("llama-2-7b-chat-hf by model-merging", "llama2-lora by model-merging"),
                edges(kb, "franken-merge"));
        assertEquals(
                List.of("qwen-7b by unspecified-derivation"),
                edges(kb, "qwen-7b-chat"),
                "no relation: the method is not guessed");
        assertEquals(
                List.of("meta-llama-llama-2-7b-hf by unspecified-derivation"),
                edges(kb, "distilled"),
                "a relation the Hub does not define");
        ParentEdge e = kb.models().get("llama-2-7b-chat-hf").parents().get(0);
        assertEquals(Confidence.DOCUMENTED, e.confidence(), "the publisher states it");
        assertTrue(
                e.note()
                        .orElseThrow()
                        .byLanguage()
                        .get("en")
                        .contains("base_model_relation finetune"));
        assertEquals(
                Set.of(
                        "fine-tuning",
                        "quantization",
                        "adapter-tuning",
                        "model-merging",
                        "unspecified-derivation"),
                kb.methods().keySet());
    }

    @Test
    void aBilingualCardGivesABilingualSummary() {
        Model qwen = imported().models().get("qwen-7b");
        assertEquals(
                "Qwen-7B is the 7B-parameter version of the large language model series, Qwen"
                        + " (abbr. Tongyi Qianwen), proposed by Alibaba Cloud.",
                qwen.summary().byLanguage().get("en"));
        assertTrue(qwen.summary().byLanguage().get("zh").startsWith("通义千问-7B（Qwen-7B）是阿里云"));
        assertEquals("Qwen", qwen.organization().neutral().get());
        assertEquals("qwen", qwen.family().get().id());
    }

    @Test
    void theSummaryIsTheFirstParagraphOfProse() {
        KnowledgeBase kb = imported();
        assertEquals(
                "This repo contains GGUF format model files for Meta Llama 2's Llama 2 7B Chat, for"
                        + " use with llama.cpp.",
                kb.models().get("llama-2-7b-chat-gguf").summary().byLanguage().get("en"),
                "HTML, headings and badges are passed over");
        assertEquals(
                "A LoRA adapter trained on the Alpaca instructions, on top of the Llama 2 base model.",
                kb.models().get("llama2-lora").summary().byLanguage().get("en"));
    }

    @Test
    void twoRepositoriesWithOneNameAreTellApartByOwner() {
        KnowledgeBase kb = imported();
        assertEquals(
                "meta-llama",
                kb.models().get("meta-llama-llama-2-7b-hf").organization().neutral().get());
        assertEquals(
                List.of("meta-llama-llama-2-7b-hf by unspecified-derivation"),
                edges(kb, "other-llama-2-7b-hf"));
        assertFalse(kb.models().containsKey("llama-2-7b-hf"));
    }

    @Test
    void arxivTagsBecomePaperSources() {
        KnowledgeBase kb = imported();
        assertEquals(2023, kb.sources().get("arxiv-2307.09288").year());
        assertEquals(
                List.of("arxiv-2307.09288"),
                kb.models().get("llama-2-7b-chat-hf").sources().stream().map(r -> r.id()).toList());
        assertEquals(1, kb.sources().size(), "a card's own page has no year: no source");
    }

    @Test
    void reportsTheCycleTheMissingBaseTheMisplacedCardAndTheUnknownRelation() {
        Importer.Report r = ImportRun.hf(ImportRun.emptyContent(tmp));
        assertEquals(
                List.of(
                        "import-cycle source/cycle/ring-b/README.md:2:13",
                        "import-dependency source/external/mistral-tune/README.md:2:13",
                        "import-unmapped source/misplaced/README.md",
                        "import-value source/weird/distilled/README.md:3:22"),
                ImportRun.keys(r));
        KnowledgeBase kb = imported();
        assertEquals(List.of("ring-b by fine-tuning"), edges(kb, "ring-a"));
        assertEquals(List.of(), edges(kb, "ring-b"));
        assertEquals(List.of(), edges(kb, "mistral-tune"));
        assertTrue(kb.models().containsKey("no-metadata"), "a card without metadata is a root");
        assertEquals(13, r.assets().get("model"));
    }

    @Test
    void theImportChecksWithoutErrors() {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.hf(content);
        CheckResult r = ImportRun.check(content);
        assertEquals(0, r.errors(), () -> r.diagnostics().toString());
        Set<String> codes = Set.of("missing-translation", "unreferenced", "fill-me");
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(codes.contains(d.code()), d.toString());
        }
    }
}
