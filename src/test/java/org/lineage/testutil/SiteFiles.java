package org.lineage.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading a built site in tests. */
public final class SiteFiles {
    private SiteFiles() {}

    /** Every file under {@code root} with its bytes, by relative path. */
    public static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            for (Path p : all) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** A file of a built site as text. */
    public static String read(Path site, String file) throws IOException {
        return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
    }

    /** Copies a folder tree (templates, for tests that change one). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
