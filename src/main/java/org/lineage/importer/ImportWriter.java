package org.lineage.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.diag.SourcePos;

/**
 * Writes imported files into the content folder without ever losing a person's work. Each file
 * starts with a header naming the import and the digest of what follows; a later import replaces a
 * file only while it still matches its digest (and came from the same format). A file written or
 * edited by hand is kept, and reported, unless {@code --force} is given.
 */
final class ImportWriter {
    private static final Pattern HEADER =
            Pattern.compile(
                    "# lineage import ([a-z-]+)(?: from [^:]*)?: .*\\(digest ([0-9a-f]{12})\\)\\.");

    /** What happened to one file. */
    enum Status {
        CREATED,
        UPDATED,
        UNCHANGED,
        REPLACED,
        KEPT
    }

    /** One file to write, relative to the content folder, without its header. */
    record Out(String path, List<String> from, String text) {}

    /** One file and what happened to it. */
    record Result(String path, Status status) {}

    private ImportWriter() {}

    /** The first line of an imported file. */
    static String header(String format, List<String> from, String rest) {
        String source =
                from.isEmpty()
                        ? ""
                        : " from "
                                + (from.size() == 1
                                        ? from.get(0)
                                        : from.get(0) + " and " + (from.size() - 1) + " more");
        return "# lineage import "
                + format
                + source.replace(":", "")
                + ": edit freely; another import replaces this file only while it is as imported"
                + " (digest "
                + Links.digest(rest)
                + ").";
    }

    static List<Result> write(
            Path content,
            String displayContent,
            String format,
            List<Out> files,
            boolean force,
            boolean dryRun,
            Notes notes)
            throws IOException {
        List<Result> out = new ArrayList<>();
        for (Out f : files) {
            Path target = content.resolve(f.path());
            String text = header(format, f.from(), f.text()) + "\n" + f.text();
            Status status = status(target, format, text, force);
            if (status == Status.KEPT) {
                notes.warn(
                        "import-kept",
                        SourcePos.file(displayContent + f.path()),
                        "this file is not as an earlier "
                                + format
                                + " import wrote it (it was written or edited by hand, or by"
                                + " another import), so it is kept",
                        "pass --force to replace it with the imported entry");
            }
            if (!dryRun
                    && (status == Status.CREATED
                            || status == Status.UPDATED
                            || status == Status.REPLACED)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
            out.add(new Result(f.path(), status));
        }
        return out;
    }

    private static Status status(Path target, String format, String text, boolean force)
            throws IOException {
        Path yml =
                target.resolveSibling(
                        target.getFileName().toString().replaceFirst("\\.yaml$", ".yml"));
        if (!Files.exists(target)) {
            if (Files.exists(yml)) {
                return force ? Status.REPLACED : Status.KEPT;
            }
            return Status.CREATED;
        }
        String existing;
        try {
            existing = Files.readString(target, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return force ? Status.REPLACED : Status.KEPT;
        }
        if (existing.equals(text)) {
            return Status.UNCHANGED;
        }
        int nl = existing.indexOf('\n');
        String first = nl < 0 ? existing : existing.substring(0, nl);
        String rest = nl < 0 ? "" : existing.substring(nl + 1);
        Matcher m = HEADER.matcher(first);
        boolean ours =
                m.matches() && m.group(1).equals(format) && m.group(2).equals(Links.digest(rest));
        if (ours) {
            return Status.UPDATED;
        }
        return force ? Status.REPLACED : Status.KEPT;
    }
}
