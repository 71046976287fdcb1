package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.importer.Importer;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Confidence;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.EcosystemGraphsFixture;

/**
 * 200 models in the shape of ecosystem-graphs, imported into an empty knowledge base and built: no
 * content error, no broken link (the build checks every one), no error from the HTML checker. The
 * time of the import and of the build is printed and kept in {@code target/large-import.txt}.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("large-import")
class LargeImportTest {
    static final int MODELS = 200;

    @Test
    void twoHundredImportedModelsBuildIntoAValidSite(@TempDir Path tmp) throws Exception {
        Path source = EcosystemGraphsFixture.write(tmp.resolve("assets"), MODELS, 42);
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(
                content.resolve("site.yaml"),
                """
                title: {en: "Imported lineage", zh: "导入的谱系"}
                description: {en: "Models imported from ecosystem-graphs.", zh: "导入自 ecosystem-graphs 的模型。"}
                base_url: https://example.org/imported/
                languages: [en, zh]
                """);

        long t0 = System.nanoTime();
        Importer.Report report =
                Importer.run(
                        new Importer.Options(
                                Importer.Format.ECOSYSTEM_GRAPHS,
                                source,
                                "assets/",
                                content,
                                "content/",
                                Confidence.HYPOTHESIS,
                                Map.of(),
                                false,
                                false));
        long t1 = System.nanoTime();
        assertFalse(report.failed(), () -> report.diagnostics().toString());
        assertEquals(MODELS, report.assets().get("model"));
        long modelFiles =
                report.files().stream().filter(f -> f.path().startsWith("models/")).count();
        assertEquals(MODELS, modelFiles, "every model is imported");

        CheckResult checked = new Checker(new MarkdownEngine()).run(content, "content/");
        assertEquals(0, checked.errors(), () -> checked.diagnostics().subList(0, 20).toString());
        assertTrue(
                checked.graph().topologicalOrder().size() == MODELS,
                "the lineage is one acyclic graph of every model");

        Path site = tmp.resolve("site");
        long t2 = System.nanoTime();
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        long t3 = System.nanoTime();
        BuildOutcome.Built built =
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));

        List<String> invalid = HtmlValidatorTest.validate(site);
        long t4 = System.nanoTime();
        String summary =
                String.format(
                        Locale.ROOT,
                        "%d-model ecosystem-graphs import: %d files in %.2f s; build: %d pages (%d"
                                + " files) in %.2f s, 0 broken links; %d content warnings, %d"
                                + " import notes; Nu HTML checker: %d errors in %.1f s%n",
                        MODELS,
                        report.files().size(),
                        (t1 - t0) / 1e9,
                        built.pages(),
                        built.files(),
                        (t3 - t2) / 1e9,
                        checked.warnings(),
                        report.diagnostics().size(),
                        invalid.size(),
                        (t4 - t3) / 1e9);
        System.out.print(summary);
        Files.writeString(Path.of("target/large-import.txt"), summary, StandardCharsets.UTF_8);
        assertEquals(List.of(), invalid.subList(0, Math.min(20, invalid.size())));
    }
}
