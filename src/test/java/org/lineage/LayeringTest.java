package org.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lower layers never use higher ones. Scans every main source file for {@code org.lineage.X}
 * (imports and fully qualified names alike) and checks X against the package's allowed set.
 *
 * <p>The order is diag &lt; model &lt; content, graph, markdown &lt; check &lt; layout &lt; render
 * &lt; site &lt; serve &lt; cli. content, graph and markdown are siblings: each stands on diag and
 * model only, and check is where they meet. html (pre-escaped HTML and its writer) stands on
 * nothing; whatever writes HTML may use it. scaffold and importer, which write content, stand on
 * content alone; only cli uses them.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/lineage");

    /** For each package, the packages it may use; a package missing here is a test failure. */
    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("diag", Set.of()),
                    Map.entry("html", Set.of()),
                    Map.entry("model", Set.of("diag")),
                    Map.entry("content", Set.of("diag", "model")),
                    Map.entry("graph", Set.of("diag", "model")),
                    Map.entry("markdown", Set.of("html", "diag", "model")),
                    Map.entry(
                            "check",
                            Set.of("html", "diag", "model", "content", "graph", "markdown")),
                    Map.entry("export", Set.of("html", "diag", "model", "graph")),
                    Map.entry("layout", Set.of("html", "diag", "model", "graph")),
                    Map.entry("scaffold", Set.of("diag", "model", "content")),
                    Map.entry("importer", Set.of("diag", "model", "content")),
                    Map.entry(
                            "render",
                            Set.of(
                                    "html",
                                    "diag",
                                    "model",
                                    "graph",
                                    "markdown",
                                    "check",
                                    "export",
                                    "layout")),
                    Map.entry(
                            "site",
                            Set.of(
                                    "html",
                                    "diag",
                                    "model",
                                    "content",
                                    "graph",
                                    "markdown",
                                    "check",
                                    "export",
                                    "layout",
                                    "render")),
                    Map.entry(
                            "serve",
                            Set.of(
                                    "html",
                                    "diag",
                                    "model",
                                    "content",
                                    "graph",
                                    "markdown",
                                    "check",
                                    "export",
                                    "layout",
                                    "render",
                                    "site")),
                    Map.entry(
                            "cli",
                            Set.of(
                                    "html",
                                    "diag",
                                    "model",
                                    "content",
                                    "graph",
                                    "markdown",
                                    "check",
                                    "export",
                                    "layout",
                                    "render",
                                    "site",
                                    "serve",
                                    "scaffold",
                                    "importer")));

    private static final Pattern USE = Pattern.compile("\\borg\\.lineage\\.([a-z]+)\\b");

    @Test
    void noPackageUsesAHigherOrSiblingLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                packages.add(pkg);
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(f + ": package '" + pkg + "' has no place in the layering");
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = USE.matcher(line);
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !allowed.contains(used)) {
                            violations.add(f + ":" + (i + 1) + ": " + pkg + " uses " + used);
                        }
                    }
                }
            }
        }
        assertTrue(packages.containsAll(Set.of("diag", "model", "content", "graph", "check")));
        assertEquals(List.of(), violations);
    }

    @Test
    void theAllowedSetsFormAnOrderWithoutCycles() {
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            for (String lower : e.getValue()) {
                assertTrue(
                        !ALLOWED.get(lower).contains(e.getKey()),
                        e.getKey() + " and " + lower + " may use each other");
            }
        }
    }
}
