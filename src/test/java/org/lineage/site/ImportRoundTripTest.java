package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.importer.Importer;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.SiteFiles;

/**
 * Both fixture folders imported into one new knowledge base, checked and built: the build's link
 * check finds nothing broken, and every page passes the HTML checker.
 */
class ImportRoundTripTest {
    private static Importer.Report run(Importer.Format f, String dir, Path content)
            throws Exception {
        return Importer.run(
                new Importer.Options(
                        f,
                        Path.of("src/test/resources/import", dir),
                        dir + "/",
                        content,
                        "content/",
                        f.defaultConfidence(),
                        Map.of("文心一言", "ernie-bot"),
                        false,
                        false));
    }

    @Test
    void importCheckAndBuildBothFormats(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(
                content.resolve("site.yaml"),
                "title: {en: \"Round trip\", zh: \"往返\"}\nbase_url: https://example.org/rt/\n"
                        + "languages: [en, zh]\nrepository: https://github.com/example/rt\n");
        assertFalse(
                run(Importer.Format.ECOSYSTEM_GRAPHS, "ecosystem-graphs/assets", content).failed());
        Importer.Report hf = run(Importer.Format.HF_CARDS, "hf-cards", content);
        assertFalse(hf.failed());
        assertTrue(
                hf.diagnostics().stream()
                        .anyMatch(
                                d ->
                                        d.code().equals("import-kept")
                                                && d.pos()
                                                        .path()
                                                        .equals(
                                                                "content/methods/unspecified-derivation.yaml")),
                "the other format's method file is kept, and still serves both");

        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        BuildOutcome.Built built =
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        assertEquals(0, built.check().errors());
        assertEquals(List.of(), HtmlValidatorTest.validate(site));

        String neox = SiteFiles.read(site, "en/models/gpt-neox-20b/index.html");
        assertTrue(neox.contains("href=\"../gpt-j-6b/\""), "the edge is drawn and linked");
        assertTrue(neox.contains("Derivation (method not recorded)"), neox);
        String ernie = SiteFiles.read(site, "zh/models/ernie-bot/index.html");
        assertTrue(ernie.contains("文心一言"));
        String work = SiteFiles.read(site, "en/translations/index.html");
        assertTrue(
                work.contains("href=\"../models/gpt-3/\""), "English-only summaries to translate");
    }
}
