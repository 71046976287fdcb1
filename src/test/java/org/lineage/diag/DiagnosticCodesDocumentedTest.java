package org.lineage.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Every diagnostic code the program can report has a row in the contributor documentation. */
class DiagnosticCodesDocumentedTest {
    /**
     * A code is the first argument of error(...), warning(...), an import's warn(...) or a
     * body-scan problem(...).
     */
    private static final Pattern IN_SOURCE =
            Pattern.compile(
                    "(?:error|warning|warn|problem)\\(\\s*(?:n,\\s*body,\\s*)?\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|");

    @Test
    void theDocumentationListsExactlyTheCodesTheProgramReports() throws IOException {
        Set<String> reported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IN_SOURCE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    reported.add(m.group(1));
                }
            }
        }
        assertTrue(reported.size() > 30, "the scan found the codes: " + reported);

        String doc = Files.readString(Path.of("docs/content-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## Every diagnostic code");
        assertTrue(start >= 0, "the documentation has a section of codes");
        int end = doc.indexOf("\n## ", start + 1);
        Matcher rows = TABLE_ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertEquals(reported, documented);
    }
}
