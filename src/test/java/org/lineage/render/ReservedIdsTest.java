package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReservedIdsTest {
    private static final Pattern LITERAL_ID = Pattern.compile("\\sid=\"([^\"$]+)\"");

    @Test
    void noBodyHeadingCanTakeAnIdTheTemplatesWrite() throws IOException {
        Set<String> free = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!BodyPages.RESERVED_IDS.test(m.group(1))) {
                        free.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), free);
    }
}
