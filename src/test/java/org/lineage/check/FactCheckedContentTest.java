package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lineage.export.Bibtex;
import org.lineage.export.DataExports;
import org.lineage.graph.NetState;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Change;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Evidence;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;
import org.lineage.model.Source;
import org.lineage.model.Stance;
import org.lineage.testutil.InlineSite;

/**
 * The corrections of the fact check against primary sources (docs/fact-check.md) hold in the
 * shipped knowledge base, so that a later edit cannot quietly bring an error back.
 */
class FactCheckedContentTest {
    private static final CheckResult SHIPPED = InlineSite.check(InlineSite.shippedContent());
    private static final KnowledgeBase KB = SHIPPED.kb();
    private static final String ESSAY = "fu-2022-gpt35-abilities";

    private static Model model(String id) {
        return KB.models().get(id);
    }

    private static Claim claim(String id) {
        return KB.claims().get(id);
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private static Optional<String> id(Optional<Ref> ref) {
        return ref.map(Ref::id);
    }

    @Test
    void bloomIsDatedByTheReleaseOfItsWeightsNotByItsPaper() {
        Model bloom = model("bloom");
        assertEquals("2022-07-12", bloom.released().orElseThrow().toString());
        assertEquals(Optional.of("genci-bloom-release"), id(bloom.releasedSource()));
    }

    @Test
    void theEssaysReleaseWindowsAreKeptAsItsEstimatesBesideOpenAIsDate() {
        for (var e :
                Map.of("code-davinci-002", "2022-04/2022-07", "text-davinci-002", "2022-05/2022-06")
                        .entrySet()) {
            Model m = model(e.getKey());
            assertEquals("2022-03", m.released().orElseThrow().toString(), e.getKey());
            assertEquals(Optional.of("openai-edit-insert-blog"), id(m.releasedSource()));
            var estimate = m.releasedEstimate().orElseThrow();
            assertEquals(e.getValue(), estimate.date().toString(), e.getKey());
            assertEquals(ESSAY, estimate.source().id(), e.getKey());
        }
        assertEquals("2021-01", model("davinci-instruct-beta").released().orElseThrow().toString());
        assertEquals(
                "2021-01/2022-01", model("text-davinci-001").released().orElseThrow().toString());
    }

    @Test
    void analoguesFollowTheEssaysTableWithNoPalmForCodeDavinci002() {
        assertEquals(List.of(), ids(model("code-davinci-002").analogues()));
        assertEquals(List.of("t0", "flan"), ids(model("text-davinci-002").analogues()));
        assertEquals(List.of("opt", "bloom"), ids(model("davinci").analogues()));
        for (Model m : KB.models().values()) {
            assertFalse(ids(m.analogues()).contains("palm"), m.id() + " lists PaLM");
            assertFalse(ids(m.analogues()).contains("flan-palm"), m.id() + " lists Flan-PaLM");
        }
    }

    @Test
    void contextWindowsAreTheOnesOpenAIDocuments() {
        assertEquals(Optional.of(8001), model("code-davinci-002").contextWindow());
        assertEquals(Optional.of(4097), model("text-davinci-002").contextWindow());
        assertEquals(Optional.of(2048), model("davinci").contextWindow());
        Claim c = claim("code-davinci-002-context-window");
        assertEquals(Confidence.DOCUMENTED, c.status());
        assertTrue(sources(c).contains("openai-models-docs"), "cites OpenAI's documentation");
    }

    @Test
    void everyCutShortAuthorListIsMarkedAndEndsWithAndOthersInBibtex() {
        for (String id :
                List.of("codex-paper", "helm-paper", "palm-paper", "t0-paper", "bloom-paper")) {
            Source s = KB.sources().get(id);
            assertTrue(s.authorsTruncated(), id + " is marked");
            assertTrue(Bibtex.entry(s).contains(" and others},"), id + " in sources.bib");
        }
        for (String id : List.of("gpt3-paper", "instructgpt-paper", "flan-scaling-paper")) {
            assertFalse(KB.sources().get(id).authorsTruncated(), id + " is complete");
        }
        JsonNode whole = DataExports.whole(KB, SHIPPED.graph());
        int marked = 0;
        for (JsonNode s : whole.get("sources")) {
            marked += s.path("authors_truncated").asBoolean() ? 1 : 0;
        }
        assertEquals(
                KB.sources().values().stream().filter(Source::authorsTruncated).count(), marked);
    }

    @Test
    void theLimitationsAreRecordedOnceAtTheBaseOfGpt35AndInherited() {
        Set<String> limits = Set.of("belief-overwriting", "formal-reasoning", "internet-retrieval");
        for (String cap : limits) {
            assertEquals(Optional.of(Change.ABSENT), own(model("code-davinci-002"), cap), cap);
            for (String child : List.of("text-davinci-002", "text-davinci-003", "chatgpt")) {
                assertEquals(Optional.empty(), own(model(child), cap), child + " repeats " + cap);
                NetState s = SHIPPED.graph().capabilities(child).get(cap);
                assertEquals(Change.ABSENT, s.state(), child + " inherits " + cap);
            }
        }
    }

    @Test
    void textDavinci002RecordsTheAlignmentItsCapabilityPageSaysBeganThere() {
        assertEquals(Optional.of(Change.GAINED), own(model("text-davinci-002"), "human-alignment"));
    }

    @Test
    void chatgptsTrainingIsDocumentedByOpenAIsAnnouncement() {
        Claim c = claim("chatgpt-from-rlhf-dialogue");
        assertEquals(Confidence.DOCUMENTED, c.status());
        assertTrue(supporting(c).contains("openai-chatgpt-blog"));
        assertFalse(c.corrections().isEmpty(), "the change of status is recorded");
    }

    @Test
    void remarksOfTheEssayAreCreditedToTheEssayNotToThePapersItDiscusses() {
        for (Evidence e : claim("initial-gpt3-underestimated").evidence()) {
            if (e.note().in("en", "en").contains("text-davinci-002")) {
                assertEquals(Optional.of(ESSAY), id(e.source()), "the OPT remark is the essay's");
            }
        }
        for (Evidence e : claim("base-model-not-davinci").evidence()) {
            if (e.stance() == Stance.CONTRADICTS) {
                assertFalse(
                        id(e.source()).equals(Optional.of(ESSAY)), "the caveat is not the essay's");
            }
        }
        for (Evidence e : claim("text-davinci-001-cot").evidence()) {
            if (id(e.source()).equals(Optional.of("openai-model-index"))) {
                assertEquals(Stance.CONTEXT, e.stance(), "the model index says nothing on code");
            }
        }
    }

    @Test
    void theChainOfThoughtPaperIsCitedByVersion() {
        assertTrue(KB.sources().get("cot-paper-v1").arxiv().orElseThrow().endsWith("v1"));
        assertTrue(KB.sources().get("cot-paper").arxiv().orElseThrow().endsWith("v6"));
        for (String c :
                List.of(
                        "text-davinci-001-cot",
                        "reasoning-from-code",
                        "reasoning-injected-by-code-pretraining")) {
            assertTrue(sources(claim(c)).contains("cot-paper-v1"), c + " names the first version");
        }
        assertEquals(Confidence.HYPOTHESIS, claim("text-davinci-001-cot").status());
    }

    @Test
    void inContextLearningSeparatesTheConclusionFromTheGuess() {
        assertEquals(Confidence.CONCLUSION, claim("icl-from-pretraining").status());
        assertEquals(Confidence.EDUCATED_GUESS, claim("icl-from-same-task-batches").status());
    }

    @Test
    void theAddedEntriesExistWithTheirSources() {
        assertTrue(KB.sources().containsKey("fu-2022-gpt35-abilities-zh"));
        assertTrue(KB.models().containsKey("code-davinci-001"));
        assertTrue(sources(claim("cot-key-to-emergence")).contains("fu-2022-emergent-abilities"));
        assertTrue(sources(claim("code-davinci-002-free")).contains("openai-codex-guide"));
        assertTrue(
                KB
                        .terms()
                        .get("supervised-fine-tuning")
                        .seeAlso()
                        .of(org.lineage.model.Kind.MODEL)
                        .stream()
                        .anyMatch(r -> r.id().equals("davinci-instruct-beta")));
    }

    @Test
    void onlyTheOwningClaimRestatesTheCodeAndReasoningEvidence() throws IOException {
        List<String> chain =
                List.of("@palm-paper", "@codex-paper", "@helm", "@complexity-prompting-paper");
        List<String> restating = new ArrayList<>();
        for (Path p : bodies()) {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (chain.stream().filter(s::contains).count() >= 3) {
                restating.add(p.getFileName().toString());
            }
        }
        assertEquals(List.of("reasoning-from-code.en.md", "reasoning-from-code.zh.md"), restating);
    }

    @Test
    void noTextEquatesGpt3sFilteredCrawlWithItsWholeCorpusOrSaysHelmRanCodeModelsOnLanguage()
            throws IOException {
        for (Path p : texts()) {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (s.contains("570")) {
                assertTrue(s.contains("Common Crawl"), p + " mentions 570 GB without the caveat");
            }
            assertFalse(s.contains("many language scenarios"), p + " overstates HELM");
            assertFalse(s.contains("许多语言场景"), p + " overstates HELM");
        }
    }

    private static Optional<Change> own(Model m, String capability) {
        return m.capabilities().stream()
                .filter(c -> c.capability().id().equals(capability))
                .map(CapabilityChange::change)
                .findFirst();
    }

    private static List<String> sources(Claim c) {
        return c.evidence().stream().flatMap(e -> e.source().stream()).map(Ref::id).toList();
    }

    private static List<String> supporting(Claim c) {
        return c.evidence().stream()
                .filter(e -> e.stance() == Stance.SUPPORTS)
                .flatMap(e -> e.source().stream())
                .map(Ref::id)
                .toList();
    }

    static List<Path> bodies() throws IOException {
        try (Stream<Path> s = Files.walk(InlineSite.shippedContent())) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Path> texts() throws IOException {
        try (Stream<Path> s = Files.walk(InlineSite.shippedContent())) {
            return s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
