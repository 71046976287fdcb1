package org.lineage.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.model.KnowledgeBase;
import org.lineage.site.BuiltSiteLinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lineage check-links}: check every link and anchor of a built site on disk. */
@Command(
        name = "check-links",
        mixinStandardHelpOptions = true,
        description =
                "Check that every internal link and #anchor of a built site resolves (as every build"
                        + " does before it keeps its output), for a site already on disk.")
final class CheckLinksCommand implements Callable<Integer> {
    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description =
                    "The content folder whose site.yaml gives the base URL (default:"
                            + " ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no built site at " + site + " (index.html is missing)");
        }
        if (!Files.isRegularFile(content.resolve("site.yaml"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no site.yaml in " + content + " to take the base URL from");
        }
        KnowledgeBase kb = ContentLoader.load(content, "content/", new Diagnostics());
        String display = site.toString().replace('\\', '/');
        BuiltSiteLinks.Result r =
                BuiltSiteLinks.check(
                        site, display.endsWith("/") ? display : display + "/", kb.site().baseUrl());
        PrintWriter out = spec.commandLine().getOut();
        if (!r.broken().isEmpty()) {
            DiagnosticFormat.TEXT.print(r.broken(), r.broken().size(), 0, out);
        }
        out.println(
                r.pages()
                        + " pages checked: "
                        + (r.broken().isEmpty()
                                ? "no broken link"
                                : r.broken().size()
                                        + (r.broken().size() == 1
                                                ? " broken link"
                                                : " broken links")));
        out.flush();
        return r.broken().isEmpty() ? Main.OK : Main.CONTENT_ERRORS;
    }
}
