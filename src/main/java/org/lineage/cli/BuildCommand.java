package org.lineage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lineage.diag.Timings;
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

    @Option(
            names = "--no-cache",
            description =
                    "Build from scratch: read no build cache and leave the cache folder as it is.")
    boolean noCache;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description =
                    "Keep the build cache in DIR (default: .lineage-cache beside the content"
                            + " folder).")
    Path cache;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SiteBuild.Options plain = SiteRun.options(spec, options, site, templates);
        SiteBuild.Options o =
                noCache ? plain : cache != null ? plain.withCache(cache) : plain.withDefaultCache();
        Timings timings = new Timings();
        BuildOutcome outcome = SiteBuild.run(o, timings);
        if (options.timings) {
            spec.commandLine().getErr().print(timings.report());
            spec.commandLine().getErr().flush();
        }
        return SiteRun.report(spec, outcome, site);
    }
}
