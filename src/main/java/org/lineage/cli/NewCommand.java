package org.lineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.lineage.diag.Diagnostic;
import org.lineage.scaffold.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lineage new KIND ID}: write a bilingual skeleton of a new entry. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description =
                "Write the skeleton of a new entry: its YAML file with every required key and the"
                        + " optional ones commented out, and a body per language with the usual"
                        + " headings. Then print the placeholders to fill in.")
final class NewCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "KIND",
            description = "model, family, capability, method, claim, source, term or page.")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "The new entry's id (file name).")
    String id;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scaffold.Outcome outcome = Scaffold.plan(content, kind, id, LocalDate.now().getYear());
        if (outcome instanceof Scaffold.Refused r) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), r.reason() + "\n  hint: " + r.hint());
        }
        Scaffold.Planned planned = (Scaffold.Planned) outcome;
        String root = content.toString().replace('\\', '/');
        root = root.endsWith("/") ? root : root + "/";
        List<Diagnostic> toFill = Scaffold.write(content, root, planned.skeleton());
        PrintWriter out = spec.commandLine().getOut();
        for (var f : planned.skeleton().files()) {
            out.println("created " + root + f.path());
        }
        planned.notes().forEach(n -> out.println("note: " + n));
        out.println("fill in:");
        for (Diagnostic d : toFill) {
            out.println(
                    "  " + d.pos() + ": " + d.message().replace("placeholder to fill in: ", ""));
        }
        out.println(
                "then run 'lineage check --content "
                        + content
                        + "': it warns (fill-me) at each placeholder left");
        out.flush();
        return Main.OK;
    }
}
