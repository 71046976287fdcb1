package org.lineage.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.testutil.InlineSite;

/** Imports a fixture folder into a fresh content folder that has only a site.yaml. */
final class ImportRun {
    static final Path FIXTURES = Path.of("src/test/resources/import");

    static final String SITE =
            """
            title: {en: "Imported", zh: "导入"}
            description: {en: "Imported lineage.", zh: "导入的谱系。"}
            base_url: https://example.org/kb/
            languages: [en, zh]
            """;

    private ImportRun() {}

    /** A content folder with only a site.yaml. */
    static Path emptyContent(Path tmp) {
        try {
            Path c = tmp.resolve("content");
            Files.createDirectories(c);
            Files.writeString(c.resolve("site.yaml"), SITE);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Importer.Report run(
            Importer.Format format,
            Path source,
            Path content,
            Map<String, String> ids,
            boolean force,
            boolean dryRun) {
        try {
            return Importer.run(
                    new Importer.Options(
                            format,
                            source,
                            "source/",
                            content,
                            "content/",
                            format.defaultConfidence(),
                            ids,
                            force,
                            dryRun));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Importer.Report ecosystem(Path content) {
        return run(
                Importer.Format.ECOSYSTEM_GRAPHS,
                FIXTURES.resolve("ecosystem-graphs/assets"),
                content,
                Map.of(),
                false,
                false);
    }

    static Importer.Report hf(Path content) {
        return run(
                Importer.Format.HF_CARDS,
                FIXTURES.resolve("hf-cards"),
                content,
                Map.of(),
                false,
                false);
    }

    /** The diagnostics of {@code report} as {@code code file:line:col}. */
    static List<String> keys(Importer.Report report) {
        return report.diagnostics().stream().map(ImportRun::key).toList();
    }

    static String key(Diagnostic d) {
        return d.code() + " " + d.pos();
    }

    /** Checks the content and returns the result. */
    static CheckResult check(Path content) {
        return InlineSite.check(content);
    }
}
