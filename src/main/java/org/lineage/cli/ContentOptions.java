package org.lineage.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that reads content. */
final class ContentOptions {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(
            names = "--no-reader-views",
            description =
                    "Build without the comparison, timeline and as-of pages (and the links to"
                            + " them).")
    boolean noReaderViews;

    @Option(
            names = "--no-past-editions",
            description =
                    "Build without the past editions site.yaml lists (which need the"
                            + " repository's history).")
    boolean noPastEditions;

    @Option(names = "--timings", description = "Print how long each stage took (to stderr).")
    boolean timings;

    /** The prefix used to name files in diagnostics: the folder as the user wrote it. */
    String displayRoot() {
        String s = content.toString().replace('\\', '/');
        return s.endsWith("/") ? s : s + "/";
    }
}
