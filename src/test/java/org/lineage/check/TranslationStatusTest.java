package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.TranslationStatus.Gap;
import org.lineage.check.TranslationStatus.Parity;
import org.lineage.check.TranslationStatus.Problem;
import org.lineage.diag.Diagnostic;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.testutil.InlineSite;

/** What needs translating, per language, and the warnings {@code check} gives for it. */
class TranslationStatusTest {
    private static final String SITE =
            """
            --- site.yaml
            title: {en: "T", zh: "T"}
            description: {en: "D.", zh: "D。"}
            base_url: https://example.org/
            languages: [en, zh]
            --- methods/tune.yaml
            name: {en: "Tune", zh: "微调"}
            summary: {en: "Tuning.", zh: "微调。"}
            --- methods/tune.en.md
            Tuning trains further.
            --- methods/tune.zh.md
            ---
            translated_from: en:%s
            ---
            微调是继续训练。
            --- models/a.yaml
            name: a
            organization: Lab
            summary: "One string for every language."
            --- models/a.en.md
            About a.
            --- models/b.yaml
            name: b
            organization: Lab
            summary: {zh: "只有中文。"}
            parents:
              - {model: a, method: tune, confidence: hypothesis, note: {en: "Only English."}}
            --- models/b.zh.md
            关于 b。
            """;

    private static Path write(Path tmp, String tuneDigest) {
        return InlineSite.write(tmp.resolve("content"), SITE.formatted(tuneDigest));
    }

    private static String digestOf(String markdown) {
        return new Body("en", markdown, new org.lineage.diag.SourcePos("x", 1, 1)).digest();
    }

    @Test
    void listsMissingBodiesOutdatedBodiesAndMissingTextsPerLanguage(@TempDir Path tmp) {
        Path content = write(tmp, "000000000000");
        CheckResult r = InlineSite.check(content);
        TranslationStatus s = TranslationStatus.of(r.kb());

        List<Gap> en = s.gaps("en");
        assertEquals(
                List.of(
                        "model:b MISSING_BODY models/b.en.md from zh",
                        "model:b MISSING_TEXT models/b.yaml [summary]"),
                en.stream().map(TranslationStatusTest::describe).toList());
        List<Gap> zh = s.gaps("zh");
        assertEquals(
                List.of(
                        "model:a MISSING_BODY models/a.zh.md from en",
                        "model:a MISSING_TEXT models/a.yaml [summary]",
                        "model:b MISSING_TEXT models/b.yaml [parents[0].note]",
                        "method:tune STALE_BODY methods/tune.zh.md from en"),
                zh.stream().map(TranslationStatusTest::describe).toList());

        String tuneNow = digestOf("Tuning trains further.\n");
        Gap stale = zh.get(3);
        assertEquals(Optional.of(tuneNow), stale.digest(), "the digest to write once updated");
        assertEquals("content/methods/tune.zh.md:2:18", stale.pos().toString());
        assertEquals(
                Optional.of(digestOf("关于 b。\n")),
                en.get(0).digest(),
                "a missing body names the digest of the body to translate");

        assertEquals(new Parity("en", 3, 2, 3, 2, 0, 4, 3), s.parity().get(0));
        assertEquals(new Parity("zh", 3, 0, 3, 2, 1, 4, 2), s.parity().get(1));
    }

    @Test
    void checkWarnsOfTheOutdatedBodyWithTheLineToWrite(@TempDir Path tmp) {
        CheckResult r = InlineSite.check(write(tmp, "000000000000"));
        Diagnostic d =
                r.diagnostics().stream()
                        .filter(x -> x.code().equals("stale-translation"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("content/methods/tune.zh.md:2:18", d.pos().toString());
        String line = d.hint().substring(d.hint().indexOf("translated_from: "));
        assertTrue(line.matches("translated_from: en:[0-9a-f]{12}'"), line);
        assertEquals(0, r.errors(), r.diagnostics().toString());
    }

    @Test
    void anUpToDateTranslationIsNotReported(@TempDir Path tmp) throws Exception {
        Path content = write(tmp, digestOf("Tuning trains further.\n"));
        CheckResult r = InlineSite.check(content);
        assertTrue(
                r.diagnostics().stream().noneMatch(d -> d.code().equals("stale-translation")),
                r.diagnostics().toString());
        assertTrue(
                TranslationStatus.of(r.kb()).gaps("zh").stream()
                        .noneMatch(g -> g.entity().equals(new EntityKey(Kind.METHOD, "tune"))));

        // editing the original makes it outdated again; blank space around it does not
        Path en = content.resolve("methods/tune.en.md");
        Files.writeString(en, "\n\nTuning trains further.\n\n\n");
        assertTrue(
                InlineSite.check(content).diagnostics().stream()
                        .noneMatch(d -> d.code().equals("stale-translation")));
        Files.writeString(en, "Tuning trains a model further.\n");
        assertTrue(
                InlineSite.check(content).diagnostics().stream()
                        .anyMatch(d -> d.code().equals("stale-translation")));
    }

    @Test
    void aTranslationWhoseOriginalIsGoneIsOutdated(@TempDir Path tmp) throws Exception {
        Path content = write(tmp, digestOf("Tuning trains further.\n"));
        Files.delete(content.resolve("methods/tune.en.md"));
        CheckResult r = InlineSite.check(content);
        Diagnostic d =
                r.diagnostics().stream()
                        .filter(x -> x.code().equals("stale-translation"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(d.message().contains("which is gone"), d.message());
        assertTrue(
                r.diagnostics().stream()
                        .anyMatch(
                                x ->
                                        x.code().equals("missing-translation")
                                                && x.message().contains("method:tune")));
    }

    private static String describe(Gap g) {
        return g.entity()
                + " "
                + g.problem()
                + " "
                + g.file()
                + (g.problem() == Problem.MISSING_TEXT
                        ? " " + g.fields()
                        : " from " + g.from().orElse("?"));
    }
}
