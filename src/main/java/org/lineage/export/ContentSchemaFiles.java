package org.lineage.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.lineage.model.SitePaths;

/**
 * The JSON Schemas of the content files, published at stable URLs ({@code
 * /schema/content/<name>.schema.json}) so that an editor's YAML language server can fetch them from
 * the site named in a file's modeline. They refer to each other by relative URL, so they work
 * wherever they are served together.
 */
public final class ContentSchemaFiles {
    /** Every schema: one per kind of YAML file, and the shared definitions. */
    public static final List<String> NAMES =
            List.of(
                    "site",
                    "family",
                    "model",
                    "capability",
                    "method",
                    "claim",
                    "source",
                    "term",
                    "defs");

    private ContentSchemaFiles() {}

    /** Site path to bytes, exactly as in the jar. */
    public static SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (String name : NAMES) {
            out.put(SitePaths.contentSchema(name), read(name));
        }
        return out;
    }

    private static byte[] read(String name) {
        String resource = "/schema/content/" + name + ".schema.json";
        try (InputStream in = ContentSchemaFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
