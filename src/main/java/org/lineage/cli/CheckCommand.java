package org.lineage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.check.TranslationStatus;
import org.lineage.diag.Timings;
import org.lineage.markdown.MarkdownEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lineage check}: report every problem in the content, change nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check the content and report every problem with file:line:column.")
final class CheckCommand implements Callable<Integer> {
    @Mixin ContentOptions options;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "FORMAT",
            description = "text, github or json (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    DiagnosticFormat format;

    @Option(
            names = "--translations",
            description =
                    "After the problems, print how complete each language is: entries, bodies"
                            + " (and outdated ones) and prose fields.")
    boolean translations;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Timings timings = new Timings();
        CheckResult r =
                new Checker(new MarkdownEngine())
                        .run(options.content, options.displayRoot(), timings);
        if (options.timings) {
            spec.commandLine().getErr().print(timings.report());
            spec.commandLine().getErr().flush();
        }
        format.print(
                r.diagnostics(),
                r.errors(),
                r.warnings(),
                translations ? TranslationStatus.of(r.kb()).parity() : java.util.List.of(),
                out);
        out.flush();
        return r.passes(options.strict) ? Main.OK : Main.CONTENT_ERRORS;
    }

    /** Accepts the format names in lower case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            try {
                return DiagnosticFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "expected text, github or json, got '" + value + "'");
            }
        }
    }
}
