package org.lineage.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.render.TemplateSource;
import org.lineage.site.BuildOutcome;
import org.lineage.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code build} and {@code serve} share: checking their options and reporting a build. */
final class SiteRun {
    private SiteRun() {}

    /** The build's options, or a usage error naming what is wrong. */
    static SiteBuild.Options options(
            CommandSpec spec, ContentOptions options, Path site, Path templates) {
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
        return new SiteBuild.Options(
                options.content,
                options.displayRoot(),
                site,
                options.strict,
                source,
                java.util.Optional.empty(),
                !options.noReaderViews,
                !options.noPastEditions,
                java.util.Optional.empty());
    }

    /** Prints what a build did and returns the exit code. */
    static int report(CommandSpec spec, BuildOutcome outcome, Path site) {
        return report(spec, outcome, site, d -> true);
    }

    /**
     * As above, printing of the content's diagnostics only those {@code show} accepts (the counts
     * are of all of them): {@code serve} does not repeat, after every edit, the warnings it has
     * printed already.
     */
    static int report(
            CommandSpec spec,
            BuildOutcome outcome,
            Path site,
            java.util.function.Predicate<Diagnostic> show) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outcome instanceof BuildOutcome.OutputRefused r) {
            throw new CommandLine.ParameterException(spec.commandLine(), r.reason());
        }
        if (outcome instanceof BuildOutcome.ContentFailed f) {
            print(f.check(), out, show);
            return Main.CONTENT_ERRORS;
        }
        if (outcome instanceof BuildOutcome.TemplatesFailed f) {
            DiagnosticFormat.TEXT.print(f.failures(), f.failures().size(), 0, err);
            err.println(site + " was left as it was");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        if (outcome instanceof BuildOutcome.LinksBroken b) {
            DiagnosticFormat.TEXT.print(b.broken(), b.broken().size(), 0, err);
            err.println(site + " was left as it was");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        if (outcome instanceof BuildOutcome.Unchanged u) {
            if (!u.diagnostics().isEmpty()) {
                long errors = u.diagnostics().stream().filter(Diagnostic::isError).count();
                print(u.diagnostics(), errors, u.diagnostics().size() - errors, out, show);
            }
            out.println(
                    String.format(
                            Locale.ROOT,
                            "%s is up to date: %d pages (%d files, %.1f MB), nothing changed"
                                    + " (checked in %.2f s)",
                            site,
                            u.pages(),
                            u.files(),
                            u.bytes() / 1e6,
                            u.time().toMillis() / 1000.0));
            out.flush();
            return Main.OK;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        if (!built.check().diagnostics().isEmpty()) {
            print(built.check(), out, show);
        }
        out.println(
                String.format(
                        Locale.ROOT,
                        "built %d pages (%s%d files, %.1f MB) into %s in %.2f s",
                        built.pages(),
                        built.rendered() == built.pages()
                                ? ""
                                : built.rendered() + " rendered, the others unchanged; ",
                        built.files(),
                        built.bytes() / 1e6,
                        site,
                        built.time().toMillis() / 1000.0));
        out.flush();
        return Main.OK;
    }

    private static void print(
            CheckResult r, PrintWriter out, java.util.function.Predicate<Diagnostic> show) {
        print(r.diagnostics(), r.errors(), r.warnings(), out, show);
    }

    private static void print(
            List<Diagnostic> all,
            long errors,
            long warnings,
            PrintWriter out,
            java.util.function.Predicate<Diagnostic> show) {
        List<Diagnostic> shown = all.stream().filter(show).toList();
        DiagnosticFormat.TEXT.print(shown, errors, warnings, out);
        int repeated = all.size() - shown.size();
        if (repeated > 0) {
            out.println(
                    "("
                            + repeated
                            + (repeated == 1 ? " diagnostic" : " diagnostics")
                            + " printed before, not repeated)");
        }
        out.flush();
    }

    /** The content's diagnostics in {@code outcome}, if it has any. */
    static List<Diagnostic> diagnostics(BuildOutcome outcome) {
        if (outcome instanceof BuildOutcome.Built b) {
            return b.check().diagnostics();
        }
        if (outcome instanceof BuildOutcome.ContentFailed f) {
            return f.check().diagnostics();
        }
        if (outcome instanceof BuildOutcome.Unchanged u) {
            return u.diagnostics();
        }
        return List.of();
    }
}
