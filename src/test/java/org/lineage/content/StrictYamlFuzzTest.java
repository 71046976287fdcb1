package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.model.Kind;
import org.lineage.testutil.Positions;
import org.lineage.testutil.TimeBound;

/**
 * Any bytes, read as a content YAML file: the strict reader either yields a tree or reports why
 * not, every node and every diagnostic lies inside the file, and reading the tree as an entry of
 * any kind reports what it lacks instead of throwing. Seeds: every YAML file of the fixtures.
 */
class StrictYamlFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(10));
    private static final String DISPLAY = "content/models/fuzz.yaml";
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("strict-yaml-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        Files.deleteIfExists(dir.resolve("fuzz.yaml"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyBytesBecomeATreeOrErrorsInsideTheFile(byte[] input) {
        BOUND.run(
                () -> {
                    try {
                        check(input);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void check(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("fuzz.yaml"), input);
        Diagnostics diags = new Diagnostics();
        Optional<ContentFile> read = StrictReader.read(file, DISPLAY, "models/fuzz.yaml", diags);
        Optional<YNode> root = read.flatMap(f -> YamlTree.parse(f, diags));
        List<Diagnostic> found = diags.sorted();
        if (root.isEmpty()) {
            assertTrue(diags.hasErrors(), "no tree and no error");
        }
        String text = read.map(ContentFile::text).orElse("");
        for (Diagnostic d : found) {
            assertEquals(DISPLAY, d.pos().path(), d::toString);
            String where = Positions.inside(d.pos(), new String(input, StandardCharsets.UTF_8));
            assertTrue(where.isEmpty(), () -> d + ": " + where);
        }
        if (root.isEmpty()) {
            return;
        }
        for (YNode n : nodes(root.get())) {
            String where = Positions.inside(n.pos(), text);
            assertTrue(where.isEmpty(), () -> n.describe() + " at " + n.pos() + ": " + where);
        }
        for (Kind kind : Kind.values()) {
            if (kind == Kind.PAGE) {
                continue;
            }
            Diagnostics entry = new Diagnostics();
            EntityReader reader = new EntityReader(List.of("en", "zh"), entry);
            boolean read1 = reader.read(kind, "fuzz", read.get(), root.get()).isPresent();
            assertTrue(read1 || entry.hasErrors(), kind + ": no entry and no error");
            for (Diagnostic d : entry.sorted()) {
                String where = Positions.inside(d.pos(), text);
                assertTrue(where.isEmpty(), () -> kind + ": " + d + ": " + where);
            }
        }
    }

    /** Every node of the tree, without recursion. */
    private static List<YNode> nodes(YNode root) {
        List<YNode> out = new ArrayList<>();
        Deque<YNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            YNode n = todo.pop();
            out.add(n);
            if (n instanceof YNode.YMap m) {
                m.entries().forEach(e -> todo.push(e.value()));
            } else if (n instanceof YNode.YSeq s) {
                s.items().forEach(todo::push);
            }
        }
        return out;
    }
}
