package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Diagnostic;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/** {@code /<lang>/translations/} lists the work {@code check} warns about, with what to write. */
class TranslationsPageTest {
    private static final String SITE =
            """
            --- site.yaml
            title: {en: "T", zh: "T"}
            description: {en: "D.", zh: "D。"}
            base_url: https://example.org/
            languages: [en, zh]
            repository: https://github.com/example/kb
            --- methods/tune.yaml
            name: {en: "Tune", zh: "微调"}
            summary: {en: "Tuning.", zh: "微调。"}
            --- methods/tune.en.md
            Tuning trains a model further.
            --- methods/tune.zh.md
            ---
            translated_from: en:000000000000
            ---
            微调是继续训练。
            --- models/a.yaml
            name: a
            organization: Lab
            summary: {en: "A model.", zh: "一个模型。"}
            parents: [{model: a0, method: tune, confidence: hypothesis}]
            --- models/a0.yaml
            name: a0
            organization: Lab
            summary: {en: "A base model."}
            """;

    @Test
    void listsTheOutdatedBodyWithTheLineThatRecordsTheNewOriginal(@TempDir Path tmp)
            throws Exception {
        Path content = InlineSite.write(tmp.resolve("content"), SITE);
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        BuildOutcome.Built built =
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        Diagnostic stale =
                built.check().diagnostics().stream()
                        .filter(d -> d.code().equals("stale-translation"))
                        .findFirst()
                        .orElseThrow();
        String stamp =
                stale.hint()
                        .substring(
                                stale.hint().indexOf("translated_from"), stale.hint().length() - 1);

        String en = SiteFiles.read(site, "en/translations/index.html");
        int zh = en.indexOf("id=\"lang-zh\"");
        String work = en.substring(zh);
        assertTrue(work.contains("<a href=\"../methods/tune/\">Tune</a>"), work);
        assertTrue(work.contains("its English original has changed"), work);
        assertTrue(work.contains("<code>" + stamp + "</code>"), stamp + " in " + work);
        assertTrue(
                work.contains(
                        "<a href=\"https://github.com/example/kb/blob/main/content/methods/tune.zh.md\">"),
                work);
        assertTrue(work.contains("<a href=\"../models/a0/\">a0</a>"), "a0 lacks a Chinese summary");
        assertTrue(work.contains("Translate summary."), work);
        assertFalse(work.contains("../models/a/"), "a is complete");
        assertTrue(en.substring(0, zh).contains("Nothing to translate."));

        String zhPage = SiteFiles.read(site, "zh/translations/index.html");
        assertTrue(zhPage.contains("<h1>翻译进度</h1>"), zhPage);
        assertTrue(zhPage.contains("英文原文已有改动"), zhPage);
    }
}
