package org.lineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.lineage.importer.Importer;
import org.lineage.model.Confidence;
import org.lineage.model.Keyed;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lineage import FORMAT DIR}: write lineage kept in another format as content. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Import models and their lineage from another format into the content folder,"
                        + " reporting what cannot be mapped. Files written by hand are never"
                        + " replaced without --force.",
        subcommands = {ImportCommand.EcosystemGraphs.class, ImportCommand.HfCards.class})
final class ImportCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing a format: ecosystem-graphs or hf-cards");
    }

    /** The options every format takes. */
    static final class Options {
        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to import from.")
        Path source;

        @Option(
                names = "--content",
                paramLabel = "DIR",
                defaultValue = "content",
                description =
                        "The content folder to write into; it must have a site.yaml"
                                + " (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(
                names = "--confidence",
                paramLabel = "LEVEL",
                description =
                        "The confidence of every imported edge (default: hypothesis for"
                                + " ecosystem-graphs, documented for hf-cards).")
        String confidence;

        @Option(
                names = "--id",
                paramLabel = "NAME=ID",
                description =
                        "The id to give the model or organisation the source calls NAME (for"
                                + " names that give no id, or two that give the same one).")
        Map<String, String> ids = new LinkedHashMap<>();

        @Option(names = "--force", description = "Replace files written or edited by hand.")
        boolean force;

        @Option(names = "--dry-run", description = "Report what would be written; write nothing.")
        boolean dryRun;
    }

    @Command(
            name = "ecosystem-graphs",
            mixinStandardHelpOptions = true,
            description =
                    "Import Stanford CRFM ecosystem-graphs assets (a folder of YAML asset lists):"
                            + " models, a family per organisation, parents from dependencies,"
                            + " sources from url and model_card.")
    static final class EcosystemGraphs implements Callable<Integer> {
        @Mixin Options options;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return ImportCommand.run(Importer.Format.ECOSYSTEM_GRAPHS, options, spec);
        }
    }

    @Command(
            name = "hf-cards",
            mixinStandardHelpOptions = true,
            description =
                    "Import Hugging Face model cards (<owner>/<name>/README.md): parents and"
                            + " methods from base_model and base_model_relation.")
    static final class HfCards implements Callable<Integer> {
        @Mixin Options options;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return ImportCommand.run(Importer.Format.HF_CARDS, options, spec);
        }
    }

    static int run(Importer.Format format, Options o, CommandLine.Model.CommandSpec spec)
            throws IOException {
        Confidence confidence = format.defaultConfidence();
        if (o.confidence != null) {
            confidence =
                    Keyed.byKey(Confidence.class, o.confidence)
                            .orElseThrow(
                                    () ->
                                            new CommandLine.ParameterException(
                                                    spec.commandLine(),
                                                    "'"
                                                            + o.confidence
                                                            + "' is not a confidence level: "
                                                            + String.join(
                                                                    ", ",
                                                                    Keyed.keys(Confidence.class))));
        }
        Importer.Report r =
                Importer.run(
                        new Importer.Options(
                                format,
                                o.source,
                                folder(o.source),
                                o.content,
                                folder(o.content),
                                confidence,
                                o.ids,
                                o.force,
                                o.dryRun));
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "read "
                        + r.assets().values().stream().mapToInt(Integer::intValue).sum()
                        + " entries from "
                        + o.source
                        + counts(r.assets()));
        DiagnosticFormat.TEXT.print(
                r.diagnostics(),
                r.diagnostics().stream().filter(d -> d.isError()).count(),
                r.diagnostics().stream().filter(d -> !d.isError()).count(),
                out);
        if (r.failed()) {
            out.println("nothing was written");
            out.flush();
            return Main.CONTENT_ERRORS;
        }
        if (!r.leftOut().isEmpty()) {
            out.println("left out by design (see docs/importing.md):");
            r.leftOut().forEach((what, n) -> out.println("  " + n + " × " + what));
        }
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Importer.FileResult f : r.files()) {
            byKind.merge(f.path().substring(0, f.path().indexOf('/')), 1, Integer::sum);
            byStatus.merge(f.status(), 1, Integer::sum);
        }
        out.println(
                (o.dryRun ? "would write into " : "wrote into ")
                        + o.content
                        + counts(byKind)
                        + "; files"
                        + counts(byStatus));
        out.println("next: lineage check --content " + o.content);
        out.flush();
        return Main.OK;
    }

    private static String counts(Map<String, Integer> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.isEmpty() ? ": " : ", ").append(v).append(' ').append(k));
        return b.toString();
    }

    private static String folder(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith("/") ? s : s + "/";
    }
}
