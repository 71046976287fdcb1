package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lineage.diag.Diagnostic;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.testutil.Fixtures;
import org.lineage.testutil.Fixtures.Case;
import org.lineage.testutil.Fixtures.Expected;

/**
 * Every invalid fixture, run through the whole checker: it must produce exactly the diagnostics in
 * its {@code expect.txt} (severity, code, file, line and column), nothing more, with the expected
 * words in message and hint.
 */
class InvalidFixturesTest {
    private static final String ROOT = "content/";
    private static final Checker CHECKER = new Checker(new MarkdownEngine());

    static List<Case> cases() {
        return Fixtures.invalidCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnosticsAtTheirPositions(Case c, @TempDir Path tmp) {
        Path content = c.materialize(tmp);
        CheckResult r = CHECKER.run(content, ROOT);

        List<String> expected = c.expected().stream().map(e -> e.key(ROOT)).sorted().toList();
        List<String> actual =
                r.diagnostics().stream().map(InvalidFixturesTest::key).sorted().toList();
        assertEquals(
                String.join("\n", expected),
                String.join("\n", actual),
                () -> "diagnostics of " + c.name() + ":\n" + dump(r.diagnostics()));

        for (Expected e : c.expected()) {
            Diagnostic d =
                    r.diagnostics().stream()
                            .filter(x -> key(x).equals(e.key(ROOT)))
                            .findFirst()
                            .orElseThrow();
            for (String m : e.message()) {
                assertTrue(d.message().contains(m), () -> "message of " + d + " lacks: " + m);
            }
            for (String h : e.hint()) {
                assertTrue(d.hint().contains(h), () -> "hint of " + d + " lacks: " + h);
            }
        }
        boolean errors = c.expected().stream().anyMatch(e -> e.severity().equals("error"));
        assertEquals(!errors, r.passes(false), "passes without --strict");
        assertFalse(r.passes(true), "every case fails under --strict");
    }

    @Test
    void theSuiteHasAtLeastFortyFiveCases() {
        assertTrue(cases().size() >= 45, "only " + cases().size() + " invalid fixtures");
    }

    @Test
    void everyCaseChangesTheBaseTreeAndExpectsSomething() {
        for (Case c : cases()) {
            assertFalse(c.expected().isEmpty(), c.name() + " expects no diagnostic");
            assertFalse(
                    c.overlayFiles().isEmpty() && c.deletes().isEmpty(),
                    c.name() + " changes nothing");
            for (String d : c.deletes()) {
                assertTrue(Files.exists(Fixtures.valid().resolve(d)), c.name() + ": " + d);
            }
        }
    }

    private static String key(Diagnostic d) {
        return d.severity().word() + " " + d.code() + " " + d.pos();
    }

    private static String dump(List<Diagnostic> ds) {
        return ds.stream()
                .map(d -> d + (d.hint().isEmpty() ? "" : "\n    hint: " + d.hint()))
                .collect(Collectors.joining("\n"));
    }
}
