package org.lineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lineage.serve.DevServer;
import org.lineage.serve.Watcher;
import org.lineage.site.BuildOutcome;
import org.lineage.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lineage serve}: build, serve on localhost, rebuild on every change and reload open pages.
 * Broken content keeps the last good site on screen and prints what is wrong.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Build the site, serve it on 127.0.0.1 and rebuild it whenever the content (or"
                        + " --templates) changes; open pages reload by themselves.")
final class ServeCommand implements Callable<Integer> {
    @Mixin ContentOptions options;

    @Option(
            names = "--port",
            defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the site (default: a new temporary folder).")
    Path site;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Read templates from DIR, and rebuild when they change.")
    Path templates;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Set by tests: stop after this latch opens instead of serving forever. */
    CountDownLatch stop = new CountDownLatch(1);

    /** Set by tests: learns the server once it is up. */
    java.util.function.Consumer<DevServer> started = s -> {};

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path out =
                site != null ? site : Files.createTempDirectory("lineage-serve-").resolve("site");
        SiteBuild.Options o = SiteRun.options(spec, options, out, templates);
        PrintWriter console = spec.commandLine().getOut();
        int first = SiteRun.report(spec, SiteBuild.run(o), out);
        if (first != Main.OK && !Files.isDirectory(out)) {
            console.println("fix the content, then run serve again");
            console.flush();
            return first;
        }
        List<Path> watched = new ArrayList<>(List.of(options.content));
        if (templates != null) {
            watched.add(templates);
        }
        try (DevServer server = DevServer.start(out, port);
                Watcher watcher =
                        Watcher.start(watched, 40, () -> rebuild(o, out, console, server))) {
            console.println(
                    "serving "
                            + server.uri()
                            + ", watching "
                            + watcher.roots()
                            + " (Ctrl-C to stop)");
            console.flush();
            started.accept(server);
            stop.await();
        }
        return Main.OK;
    }

    private void rebuild(SiteBuild.Options o, Path out, PrintWriter console, DevServer server) {
        long start = System.nanoTime();
        try {
            BuildOutcome outcome = SiteBuild.run(o);
            int code = SiteRun.report(spec, outcome, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (code == Main.OK) {
                server.reload();
                console.println("rebuilt in " + ms + " ms; pages reloaded");
            } else {
                console.println("the last good site is still being served");
            }
        } catch (IOException | RuntimeException e) {
            console.println("rebuild failed: " + e.getMessage());
        }
        console.flush();
    }
}
