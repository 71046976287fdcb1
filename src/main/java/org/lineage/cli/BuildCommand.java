package org.lineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lineage.check.CheckResult;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;
import org.lineage.site.BuildOutcome;
import org.lineage.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lineage build}: check the content, then write the site. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "Check the content and build the static site. A failed build leaves the"
                        + " previous output as it was.")
final class BuildCommand implements Callable<Integer> {
    @Mixin ContentOptions options;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "Where to write the site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Read templates, UI strings and assets from DIR instead of the jar.")
    Path templates;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(options.content)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no content folder at " + options.content);
        }
        if (templates != null && !Files.isRegularFile(templates.resolve("home.html"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no templates in " + templates + " (home.html is missing)");
        }
        Path contentAbs = options.content.toAbsolutePath().normalize();
        Path outAbs = site.toAbsolutePath().normalize();
        if (outAbs.startsWith(contentAbs) || contentAbs.startsWith(outAbs)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--out must lie outside the content folder and not contain it");
        }
        TemplateSource source =
                templates == null ? TemplateSource.packaged() : TemplateSource.folder(templates);
        Timings timings = new Timings();
        BuildOutcome outcome =
                SiteBuild.run(
                        new SiteBuild.Options(
                                options.content,
                                options.displayRoot(),
                                site,
                                options.strict,
                                source),
                        timings);
        if (options.timings) {
            err.print(timings.report());
            err.flush();
        }
        if (outcome instanceof BuildOutcome.OutputRefused r) {
            throw new CommandLine.ParameterException(spec.commandLine(), r.reason());
        }
        if (outcome instanceof BuildOutcome.ContentFailed f) {
            print(f.check(), out);
            return Main.CONTENT_ERRORS;
        }
        if (outcome instanceof BuildOutcome.LinksBroken b) {
            for (String line : b.broken()) {
                err.println(line);
            }
            err.println(
                    b.broken().size()
                            + " broken "
                            + (b.broken().size() == 1 ? "link" : "links")
                            + "; "
                            + site
                            + " was left as it was");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        if (!built.check().diagnostics().isEmpty()) {
            print(built.check(), out);
        }
        out.println(
                String.format(
                        Locale.ROOT,
                        "built %d pages (%d files, %.1f MB) into %s in %.2f s",
                        built.pages(),
                        built.files(),
                        built.bytes() / 1e6,
                        site,
                        built.time().toMillis() / 1000.0));
        out.flush();
        return Main.OK;
    }

    private static void print(CheckResult r, PrintWriter out) {
        DiagnosticFormat.TEXT.print(r.diagnostics(), r.errors(), r.warnings(), out);
        out.flush();
    }
}
