package org.lineage.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lineage} command. Exit codes, mapped here only: 0 success, 1 content errors, 2 usage
 * errors, 3 internal failure.
 */
@Command(
        name = "lineage",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks a language-model lineage knowledge base and builds its static site.",
        subcommands = {
            CheckCommand.class,
            BuildCommand.class,
            ServeCommand.class,
            CheckLinksCommand.class,
            NewCommand.class,
            ImportCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing a command: check, build, serve, check-links, new or import");
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line; callable from tests. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return execute(new CommandLine(new Main()), out, err, args);
    }

    /** Runs any command tree with this command's output, error handling and exit codes. */
    static int execute(CommandLine cl, PrintStream out, PrintStream err, String... args) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    err.println("lineage: " + ex.getMessage());
                    err.println(
                            "Try 'lineage "
                                    + commandPath(ex.getCommandLine())
                                    + "--help' for usage.");
                    return USAGE;
                });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> internal(ex, err));
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an Error (a stack or memory
            // exhausted) would otherwise escape with a full stack trace and the JVM's exit code.
            return internal(e, err);
        }
    }

    private static int internal(Throwable ex, PrintStream err) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return outOfMemory(err);
            }
        }
        err.println("lineage: internal error: " + ex);
        StackTraceElement[] st = ex.getStackTrace();
        if (st.length > 0) {
            err.println("  at " + st[0]);
        }
        for (Throwable c = ex.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            err.println("caused by: " + c);
        }
        err.println("This is a bug in lineage, not in your content; please report it.");
        return INTERNAL;
    }

    /**
     * The heap was too small for the knowledge base: not a bug, and not the content's fault. The
     * launcher's heap suits a knowledge base of some 10,000 models; a larger one needs more.
     */
    private static int outOfMemory(PrintStream err) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        err.println(
                "lineage: out of memory: this knowledge base needs more than the "
                        + mib
                        + " MiB of Java heap this run was given");
        err.println(
                "  hint: give it more, e.g. LINEAGE_JAVA_OPTS=-Xmx2g ./lineage ... (or java -Xmx2g"
                        + " -jar target/lineage.jar ...); a failed build leaves the previous output"
                        + " as it was");
        return INTERNAL;
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return name.equals("lineage") ? "" : name + " ";
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"lineage " + (v == null ? "development" : v)};
        }
    }
}
