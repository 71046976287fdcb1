package org.lineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Timings;
import org.lineage.serve.DevServer;
import org.lineage.serve.Problems;
import org.lineage.serve.Watcher;
import org.lineage.site.BuildOutcome;
import org.lineage.site.SiteBuild;
import org.lineage.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lineage serve}: build, serve on localhost, rebuild on every change and reload open pages.
 * One builder lives as long as the command, so its engines and caches outlast each rebuild; it is
 * told which files changed. Broken content keeps the last good site on screen, with the problems
 * shown over it in the browser and printed here.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Build the site, serve it on 127.0.0.1 under its base_url path and rebuild it"
                        + " whenever the content (or --templates) changes; open pages reload by"
                        + " themselves, or show what is wrong.")
final class ServeCommand implements Callable<Integer> {
    /**
     * How long the watcher waits for a burst of changes to settle: an editor's save (a temporary
     * file written, renamed over the old, a backup deleted) takes a few milliseconds.
     */
    private static final long QUIET_MILLIS = 20;

    @Mixin ContentOptions options;

    @Option(
            names = "--port",
            defaultValue = "8000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}). Another address lets other"
                            + " machines read the site.")
    String bind;

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

    /** Opened to stop serving; Ctrl-C opens it too. */
    CountDownLatch stop = new CountDownLatch(1);

    /** Set by tests: learns the server once it is up. */
    Consumer<DevServer> started = s -> {};

    @Override
    public Integer call() throws IOException, InterruptedException {
        InetAddress address = address();
        Path tempRoot = site == null ? Files.createTempDirectory("lineage-serve-") : null;
        Path out = site != null ? site : tempRoot.resolve("site");
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> interrupted(finished), "lineage-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SiteBuild.Options o = SiteRun.options(spec, options, out, templates);
            // a site in a temporary folder keeps its build cache there too, and both go at exit
            o = tempRoot != null ? o.withCache(tempRoot.resolve("cache")) : o.withDefaultCache();
            return serve(o, address, out);
        } finally {
            if (tempRoot != null) {
                deleteQuietly(tempRoot);
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already stopping: the hook is running
            }
        }
    }

    /** Ctrl-C: stop serving, and let the JVM exit once the server and watcher are closed. */
    private void interrupted(CountDownLatch finished) {
        stop.countDown();
        try {
            finished.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int serve(SiteBuild.Options o, InetAddress address, Path out)
            throws IOException, InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        // the server is started after the first build: until then the swap needs no lock
        java.util.concurrent.atomic.AtomicReference<DevServer> live =
                new java.util.concurrent.atomic.AtomicReference<>();
        SiteBuilder builder =
                new SiteBuilder(
                        o,
                        step -> {
                            DevServer s = live.get();
                            if (s == null) {
                                step.run();
                            } else {
                                s.exclusively(step);
                            }
                        });
        Timings firstTimings = new Timings();
        BuildOutcome first = builder.build(firstTimings);
        printTimings(firstTimings);
        int code = SiteRun.report(spec, first, out);
        shown = Set.copyOf(SiteRun.diagnostics(first));
        if (code != Main.OK && !Files.isDirectory(out)) {
            console.println("fix the content, then run serve again");
            console.flush();
            return code;
        }
        if (!address.isLoopbackAddress()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(
                    "warning: serving on "
                            + address.getHostAddress()
                            + ": anyone who can reach this machine can read the site");
            err.flush();
        }
        List<Path> watched = new ArrayList<>(List.of(options.content));
        if (templates != null) {
            watched.add(templates);
        }
        DevServer.Options serving =
                new DevServer.Options(
                        out, address, port, basePath(first, "/"), DevServer.MAX_LISTENERS);
        java.util.concurrent.ScheduledExecutorService idle =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "lineage-check-output");
                            t.setDaemon(true);
                            return t;
                        });
        try (DevServer server = started(serving, live);
                Watcher watcher =
                        Watcher.start(
                                watched,
                                QUIET_MILLIS,
                                changed -> {
                                    edited = true;
                                    rebuild(builder, changed, out, console, server);
                                })) {
            checkOutputLater(idle, builder, out, console, server, CHECK_OUTPUT_MILLIS);
            if (code == Main.OK) {
                warmUp(idle, builder, WARM_UP_REHEARSALS, System.nanoTime());
            }
            if (code != Main.OK) {
                server.failed(failedTitle(), Problems.of(first));
            }
            console.println(
                    "serving "
                            + server.uri()
                            + ", watching "
                            + watcher.roots()
                            + " (Ctrl-C to stop)");
            console.flush();
            started.accept(server);
            stop.await();
        } finally {
            idle.shutdownNow();
            builder.finishSweeping();
        }
        return Main.OK;
    }

    /** How many rehearsals {@code serve} runs after its first build, while no edit comes. */
    static final int WARM_UP_REHEARSALS = 12;

    /** True once the watcher has seen an edit: the warm-up stops. */
    private volatile boolean edited;

    /** How many rehearsals have run (for tests). */
    private final java.util.concurrent.atomic.AtomicInteger rehearsed =
            new java.util.concurrent.atomic.AtomicInteger();

    int rehearsals() {
        return rehearsed.get();
    }

    /**
     * Runs {@code left} more {@link SiteBuilder#rehearse rehearsals} of a rebuild, one at a time
     * with a pause between, until an edit comes: the first rebuilds after start-up run code the
     * compiler has not compiled yet and took two to three times as long as later ones. A rehearsal
     * changes nothing a reader sees, and prints nothing; an edit waits for at most the one running.
     */
    private void warmUp(
            java.util.concurrent.ScheduledExecutorService idle,
            SiteBuilder builder,
            int left,
            long began) {
        if (left <= 0
                || edited
                || System.nanoTime() - began > TimeUnit.MILLISECONDS.toNanos(WARM_UP_MILLIS)) {
            return;
        }
        Runnable rehearsal =
                () -> {
                    boolean again;
                    try {
                        synchronized (this) {
                            again = !edited && builder.rehearse();
                        }
                        if (again) {
                            rehearsed.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        again = false;
                    }
                    if (again) {
                        warmUp(idle, builder, left - 1, began);
                    }
                };
        try {
            idle.schedule(rehearsal, WARM_UP_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // serve is stopping
        }
    }

    /**
     * No rehearsal starts after this long: at 10,000 models one takes seconds, and an edit may have
     * to wait for one.
     */
    static final long WARM_UP_MILLIS = 15_000;

    /** The pause before each rehearsal, for the compiler's threads. */
    static final long WARM_UP_PAUSE_MILLIS = 50;

    /**
     * How often, at least, {@code serve} looks for files changed by hand in its output; reading
     * every file's stamp costs about 200 ms at 1,000 models, so it is done at most a twentieth of
     * the time, and not until this long after the last rebuild (during a burst of edits it would
     * slow each rebuild down).
     */
    static final long CHECK_OUTPUT_MILLIS = 2000;

    /**
     * How much longer the look for files changed by hand waits, {@code sinceRebuilt} ms after the
     * last rebuild ended: none once {@link #CHECK_OUTPUT_MILLIS} have passed.
     */
    static long outputCheckWait(long sinceRebuilt) {
        return Math.max(0, CHECK_OUTPUT_MILLIS - sinceRebuilt);
    }

    /**
     * Looks for files changed by hand in the output after {@code delay} ms (a rebuild puts them
     * right), then again, while {@code serve} runs: rebuilds do not read the whole output, which is
     * most of their time.
     */
    private void checkOutputLater(
            java.util.concurrent.ScheduledExecutorService idle,
            SiteBuilder builder,
            Path out,
            PrintWriter console,
            DevServer server,
            long delay) {
        Runnable check =
                () -> {
                    long wait =
                            outputCheckWait(
                                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRebuilt));
                    if (wait > 0) {
                        // edits are coming: the stamps are read once they pause, not beside the
                        // next rebuild
                        checkOutputLater(idle, builder, out, console, server, wait);
                        return;
                    }
                    long took = 0;
                    try {
                        long start = System.nanoTime();
                        boolean changed = builder.outputChangedByHand();
                        took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        if (changed) {
                            console.println(
                                    "files in " + out + " were changed by hand; rebuilding");
                            rebuild(builder, Set.of(), out, console, server);
                        }
                    } catch (RuntimeException e) {
                        // looked for again next time
                    }
                    checkOutputLater(
                            idle,
                            builder,
                            out,
                            console,
                            server,
                            Math.max(CHECK_OUTPUT_MILLIS, 20 * took));
                };
        try {
            idle.schedule(check, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // serve is stopping
        }
    }

    /** Starts the server and makes it the one whose readers a swap waits for. */
    private static DevServer started(
            DevServer.Options options, java.util.concurrent.atomic.AtomicReference<DevServer> live)
            throws IOException {
        DevServer s = DevServer.start(options);
        live.set(s);
        return s;
    }

    /** When the last rebuild ended ({@link System#nanoTime()}); long ago before the first. */
    private volatile long lastRebuilt = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    /** The diagnostics printed last: a rebuild prints the errors, and only new warnings. */
    private Set<Diagnostic> shown = Set.of();

    /** One rebuild at a time: the watcher's, or one for files changed by hand in the output. */
    private synchronized void rebuild(
            SiteBuilder builder, Set<Path> changed, Path out, PrintWriter console, DevServer s) {
        long start = System.nanoTime();
        s.rebuilding();
        try {
            Timings timings = new Timings();
            BuildOutcome outcome = builder.build(changed, timings);
            long ms = (System.nanoTime() - start) / 1_000_000;
            // the browser first, the console after
            if (outcome instanceof BuildOutcome.Built) {
                s.built(basePath(outcome, "/"));
            } else if (outcome instanceof BuildOutcome.Unchanged) {
                s.reload();
            } else if (!(outcome instanceof BuildOutcome.OutputRefused)) {
                s.failed(failedTitle(), Problems.of(outcome));
            }
            printTimings(timings);
            Set<Diagnostic> before = shown;
            int code = SiteRun.report(spec, outcome, out, d -> d.isError() || !before.contains(d));
            if (!(outcome instanceof BuildOutcome.OutputRefused)) {
                shown = Set.copyOf(SiteRun.diagnostics(outcome));
            }
            if (code == Main.OK) {
                console.println("rebuilt in " + ms + " ms; pages reloaded");
            } else {
                console.println("the last good site is still being served");
            }
        } catch (IOException | RuntimeException e) {
            s.failed("The rebuild failed: " + e.getMessage(), List.of());
            console.println("rebuild failed: " + e.getMessage());
        }
        console.flush();
        lastRebuilt = System.nanoTime();
    }

    /** Each stage's time, with {@code --timings}. */
    private void printTimings(Timings timings) {
        if (options.timings) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(timings.report());
            err.flush();
        }
    }

    private static String failedTitle() {
        return "The site could not be rebuilt; the last good site is shown below."
                + " It reloads once this is fixed.";
    }

    /** The path of the site's base_url, where the site is served; {@code fallback} if unread. */
    private static String basePath(BuildOutcome outcome, String fallback) {
        CheckResult check;
        if (outcome instanceof BuildOutcome.Built b) {
            check = b.check();
        } else if (outcome instanceof BuildOutcome.ContentFailed f) {
            check = f.check();
        } else if (outcome instanceof BuildOutcome.TemplatesFailed f) {
            check = f.check();
        } else if (outcome instanceof BuildOutcome.LinksBroken b) {
            check = b.check();
        } else {
            return fallback;
        }
        String path = URI.create(check.kb().site().baseUrl()).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--bind: not an address of this machine: " + bind);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary folder the system will clear
        }
    }
}
