package org.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A whole content tree in one text block: each file starts with a line {@code === path}, the lines
 * up to the next such line are its text.
 */
public final class InlineSite {
    private InlineSite() {}

    /** Writes {@code tree} under {@code dir} and returns {@code dir}. */
    public static Path write(Path dir, String tree) throws IOException {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : (tree + "\n=== \n").split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (path != null) {
                    Path p = dir.resolve(path);
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, text.toString(), StandardCharsets.UTF_8);
                }
                path = line.substring(4).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        return dir;
    }

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
}
