package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.testutil.Fixtures;

/**
 * Inputs too large or too deep to keep as fixture files, generated on the fly: each must come back
 * as one diagnostic at its position, never as a crash.
 */
class HostileInputTest {
    private static final Checker CHECKER = new Checker(new MarkdownEngine());
    private static final int DEEP = 100_000;

    @TempDir Path tmp;

    private List<String> checkWith(String rel, String text) throws IOException {
        Path content = Fixtures.copyValid(tmp);
        Files.writeString(content.resolve(rel), text, StandardCharsets.UTF_8);
        return CHECKER.run(content, "content/").diagnostics().stream()
                .map(d -> d.severity().word() + " " + d.code() + " " + d.pos())
                .toList();
    }

    @Test
    void aFileOverOneMebibyteIsRejected() throws IOException {
        String big = "name: x\norganization: O\nsummary: \"" + "x".repeat(1024 * 1024) + "\"\n";
        assertEquals(
                List.of("error file-too-large content/models/big.yaml"),
                checkWith("models/big.yaml", big));
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsAccepted() throws IOException {
        String line = "Plain prose about davinci, repeated to fill the file.\n";
        StringBuilder b = new StringBuilder();
        while (b.length() + line.length() <= 1024 * 1024) {
            b.append(line);
        }
        b.append("x".repeat(1024 * 1024 - b.length() - 1)).append('\n');
        assertEquals(1024 * 1024, b.toString().getBytes(StandardCharsets.UTF_8).length);
        assertEquals(List.of(), checkWith("models/davinci.en.md", b.toString()));
    }

    @Test
    void aHundredThousandNestedFlowListsStopAtTheDepthBound() throws IOException {
        String deep = "[".repeat(DEEP) + "]".repeat(DEEP) + "\n";
        assertEquals(
                List.of("error nesting-too-deep content/models/deep.yaml:1:17"),
                checkWith("models/deep.yaml", deep));
    }

    @Test
    void aHundredThousandNestedFlowMapsStopAtTheDepthBound() throws IOException {
        String deep = "{a: ".repeat(DEEP) + "x" + "}".repeat(DEEP) + "\n";
        assertEquals(
                List.of("error nesting-too-deep content/models/deep.yaml:1:65"),
                checkWith("models/deep.yaml", deep));
    }

    @Test
    void aThousandNestedBlockMapsStopAtTheDepthBound() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            b.append(" ".repeat(i)).append("a:\n");
        }
        List<String> found = checkWith("models/deep.yaml", b.toString());
        assertEquals(List.of("error nesting-too-deep content/models/deep.yaml:17:17"), found);
    }

    @Test
    void aHundredThousandNestedBlockQuotesAreReportedNotOverflowed() throws IOException {
        assertEquals(
                List.of("error markdown-too-deep content/models/davinci.en.md:1:65"),
                checkWith("models/davinci.en.md", ">".repeat(DEEP) + " x\n"));
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fourHundredThousandNestedListsAreReportedQuickly() throws IOException {
        // Nested block starts used to cost quadratic time: 100,000 took ten seconds.
        List<String> found = checkWith("models/davinci.en.md", "- ".repeat(400_000) + "x\n");
        assertEquals(List.of("error markdown-too-deep content/models/davinci.en.md:1:65"), found);
    }

    @Test
    void aHundredThousandNestedEmphasesAreReportedNotOverflowed() throws IOException {
        String deep = "*".repeat(DEEP) + "a" + "*".repeat(DEEP) + "\n";
        assertEquals(
                List.of("error markdown-too-deep content/models/davinci.en.md:1:1"),
                checkWith("models/davinci.en.md", deep));
    }

    @Test
    void fiftyThousandNestedImagesAreReportedNotOverflowed() throws IOException {
        String deep = "![a".repeat(50_000) + "](https://e.org)".repeat(50_000) + "\n";
        assertEquals(
                List.of("error markdown-too-deep content/models/davinci.en.md:1:1"),
                checkWith("models/davinci.en.md", deep));
    }

    @Test
    void moderateNestingIsFine() throws IOException {
        String quotes = "> ".repeat(10) + "- item with *emphasis* and https://example.org/x\n";
        assertEquals(List.of(), checkWith("models/davinci.en.md", quotes));
    }
}
