package org.lineage.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.model.Confidence;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.SitePaths;

/**
 * An import: read the source folder -> map its entries ({@link Assembly}) -> write them as content
 * ({@link ImportWriter}) -> report. Nothing is written when a source file cannot be read.
 */
public final class Importer {
    /** The formats, with the confidence their edges get unless another is asked for. */
    public enum Format {
        /** Stanford CRFM's ecosystem-graphs assets: dependencies are stated by curators. */
        ECOSYSTEM_GRAPHS(EcosystemGraphs.FORMAT, Confidence.HYPOTHESIS),
        /** Hugging Face model cards: base_model is stated by the model's own publisher. */
        HF_CARDS(HfCards.FORMAT, Confidence.DOCUMENTED);

        private final String word;
        private final Confidence confidence;

        Format(String word, Confidence confidence) {
            this.word = word;
            this.confidence = confidence;
        }

        /** The name used on the command line. */
        public String word() {
            return word;
        }

        public Confidence defaultConfidence() {
            return confidence;
        }
    }

    /**
     * What to import.
     *
     * @param displaySource how diagnostics name the source folder, ending with {@code /}
     * @param displayContent how they name the content folder, ending with {@code /}
     * @param ids ids chosen by the user, by the source's name of a model or organisation
     */
    public record Options(
            Format format,
            Path source,
            String displaySource,
            Path content,
            String displayContent,
            Confidence confidence,
            Map<String, String> ids,
            boolean force,
            boolean dryRun) {
        public Options {
            ids = Map.copyOf(ids);
        }
    }

    /** One file and what the import did to it: created, updated, unchanged, replaced or kept. */
    public record FileResult(String path, String status) {}

    /**
     * What an import did.
     *
     * @param assets entries read from the source, by type
     * @param files every file the import wrote or would have written, and what happened to it
     * @param diagnostics errors (nothing was written) and the entries, edges and values left out
     * @param leftOut what was left out by design, with how often
     */
    public record Report(
            Map<String, Integer> assets,
            List<FileResult> files,
            List<Diagnostic> diagnostics,
            Map<String, Integer> leftOut) {
        public boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Importer() {}

    public static Report run(Options o) throws IOException {
        Notes notes = new Notes();
        Diagnostics contentDiags = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(o.content(), o.displayContent(), contentDiags);
        contentDiags.sorted().stream()
                .filter(
                        d ->
                                d.isError()
                                        && (d.pos().path().equals(o.displayContent())
                                                || d.pos()
                                                        .path()
                                                        .equals(o.displayContent() + "site.yaml")))
                .forEach(notes.diags::add);
        if (!Files.isDirectory(o.source())) {
            notes.diags.error(
                    "import-nothing",
                    SourcePos.file(o.displaySource()),
                    "no folder here to import from",
                    "name the folder that holds the " + o.format().word() + " files");
            return report(List.of(), List.of(), notes);
        }
        List<Asset> assets =
                switch (o.format()) {
                    case ECOSYSTEM_GRAPHS ->
                            EcosystemGraphs.read(o.source(), o.displaySource(), o.ids(), notes);
                    case HF_CARDS -> HfCards.read(o.source(), o.displaySource(), o.ids(), notes);
                };
        if (assets.isEmpty()) {
            notes.diags.error(
                    "import-nothing",
                    SourcePos.file(o.displaySource()),
                    "found nothing to import",
                    o.format() == Format.HF_CARDS
                            ? "the folder should hold <owner>/<name>/README.md model cards"
                            : "the folder should hold ecosystem-graphs asset files (*.yaml)");
        }
        if (notes.diags.hasErrors()) {
            return report(assets, List.of(), notes);
        }
        List<Draft> drafts =
                new Assembly(
                                o.format().word(),
                                o.confidence(),
                                kb.site().languages(),
                                o.ids(),
                                notes)
                        .run(assets);
        List<ImportWriter.Out> out = new ArrayList<>();
        for (Draft d : drafts) {
            String schema = d.kind().singular();
            out.add(
                    new ImportWriter.Out(
                            d.kind().dir() + "/" + d.id() + ".yaml",
                            d.from(),
                            YamlOut.render(
                                    d, kb.site().baseUrl() + SitePaths.contentSchema(schema))));
        }
        List<ImportWriter.Result> written =
                ImportWriter.write(
                        o.content(),
                        o.displayContent(),
                        o.format().word(),
                        out,
                        o.force(),
                        o.dryRun(),
                        notes);
        return report(assets, written, notes);
    }

    private static Report report(
            List<Asset> assets, List<ImportWriter.Result> written, Notes notes) {
        Map<String, Integer> types = new TreeMap<>();
        assets.forEach(a -> types.merge(a.type(), 1, Integer::sum));
        List<FileResult> files =
                written.stream()
                        .map(
                                w ->
                                        new FileResult(
                                                w.path(),
                                                w.status()
                                                        .name()
                                                        .toLowerCase(java.util.Locale.ROOT)))
                        .toList();
        return new Report(types, files, notes.diags.sorted(), notes.counts());
    }
}
