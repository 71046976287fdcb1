package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.lineage.cli.Main;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.testutil.Fixtures;
import org.lineage.testutil.Overlay;
import org.lineage.testutil.Positions;
import org.lineage.testutil.TimeBound;

/**
 * Any overlay of files on the valid fixture tree, loaded and checked whole: no exception escapes,
 * every diagnostic names a file or folder of the tree and a line and column inside it, an error
 * always fails the check, and {@code lineage check} on the same tree exits 0 or 1 and prints the
 * same diagnostics. Seeds: every invalid fixture, as an overlay (see {@link Overlay}).
 */
class ContentTreeFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(10));
    private static final String ROOT = "content/";
    private static final Checker CHECKER = new Checker(new MarkdownEngine());
    private static Path tmp;
    private static Path content;

    @BeforeAll
    static void copyBase() throws IOException {
        tmp = Files.createTempDirectory("content-tree-fuzz");
        content = Fixtures.copyValid(tmp);
    }

    @AfterAll
    static void removeBase() throws IOException {
        Overlay.deleteTree(tmp);
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyTreeIsCheckedIntoPositionedDiagnosticsAndExitCodeZeroOrOne(byte[] input) {
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
        Overlay overlay = Overlay.parse(input, "models/davinci.yaml");
        Overlay.Applied applied = overlay.applyTo(content, Fixtures.valid());
        try {
            CheckResult r = CHECKER.run(content, ROOT);
            List<Diagnostic> diags = r.diagnostics();
            assertEquals(
                    List.of(), Positions.problems(diags, content, ROOT), "misplaced diagnostics");
            if (r.errors() > 0) {
                assertFalse(r.passes(false));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code =
                    Main.run(
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8),
                            "check",
                            "--content",
                            content.toString());
            String printed = out.toString(StandardCharsets.UTF_8);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertEquals(r.passes(false) ? 0 : 1, code, () -> "exit code; stderr:\n" + errors);
            assertEquals("", errors, "nothing on stderr");
            String shown = content.toString().replace('\\', '/') + "/";
            for (Diagnostic d : diags) {
                SourcePos p = d.pos();
                String rel = p.path().substring(ROOT.length());
                String head =
                        new SourcePos(shown + rel, p.line(), p.column())
                                + ": "
                                + d.severity().word()
                                + "["
                                + d.code()
                                + "]: ";
                assertTrue(printed.contains(head), () -> "not printed: " + head);
            }
        } finally {
            applied.close();
        }
    }
}
