package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lineage.testutil.Fixtures;
import org.lineage.testutil.Fixtures.Case;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code Main.run} end to end on fixture trees: output formats, exit codes, no stack traces. */
class MainTest {
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning)\\[([a-z0-9-]+)\\]: (.+)$");
    private static final Pattern FILE_DIAGNOSTIC =
            Pattern.compile("^(.+): (error|warning)\\[([a-z0-9-]+)\\]: (.+)$");

    @TempDir Path tmp;

    /** The outcome of one run. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                Main.run(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        args);
        return new Run(
                exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String t = Files.readString(file);
        assertTrue(t.contains(from), file + " lacks " + from);
        Files.writeString(file, t.replace(from, to));
    }

    /** A copy of the valid tree with three errors in three files and one warning. */
    private Path brokenTree() throws IOException {
        Path c = Fixtures.copyValid(tmp);
        edit(c.resolve("models/davinci.yaml"), "aliases:", "alias:");
        edit(
                c.resolve("models/code-davinci-002.yaml"),
                "method: code-training",
                "method: code-trainng");
        edit(
                c.resolve("capabilities/chain-of-thought.en.md"),
                "~~it is not magic~~",
                "<b>magic</b>");
        Files.delete(c.resolve("methods/code-training.zh.md"));
        return c;
    }

    private static String root(Path content) {
        return content + "/";
    }

    // ------------------------------------------------------------------ text

    @Test
    void checkOnTheValidTreeExitsZeroWithACleanSummary() {
        Run r = run("check", "--strict", "--content", Fixtures.valid().toString());
        assertEquals(0, r.exit());
        assertEquals("0 errors, 0 warnings\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void checkOnABrokenTreeExitsOneAndPrintsEveryProblemAtItsPositionWithHints()
            throws IOException {
        Path c = brokenTree();
        String root = root(c);
        Run r = run("check", "--content", c.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.err());
        assertEquals(
                List.of(
                        root
                                + "capabilities/chain-of-thought.en.md:5:44: error[raw-html]: raw HTML is not allowed: <b>",
                        "    hint: write it in Markdown; HTML in content is never copied to the site",
                        root
                                + "capabilities/chain-of-thought.en.md:5:52: error[raw-html]: raw HTML is not allowed: </b>",
                        "    hint: write it in Markdown; HTML in content is never copied to the site",
                        root
                                + "methods/code-training.en.md: warning[missing-translation]: method:code-training has no 'zh' body",
                        "    hint: add methods/code-training.zh.md; until then the page shows the en text with a notice",
                        root
                                + "models/code-davinci-002.yaml:13:13: error[unknown-ref]: unknown method 'code-trainng'",
                        "    hint: did you mean 'code-training'?",
                        root
                                + "models/davinci.yaml:2:1: error[unknown-key]: unknown key 'alias' in model 'davinci'",
                        "    hint: did you mean 'aliases'?",
                        "4 errors, 1 warning"),
                r.lines());
    }

    @Test
    void everyDiagnosticOfARunIsPrintedOnceSortedByFileThenLineThenColumn() throws IOException {
        Path c = Fixtures.copyValid(tmp);
        // Problems in an order unlike the sorted one; lines 8, 9 and 12 must sort as numbers.
        edit(c.resolve("models/davinci.yaml"), "api_name: davinci", "api_name: !!str davinci");
        edit(
                c.resolve("models/davinci.yaml"),
                "  - capability: in-context-learning",
                "  - capability: in-context-lerning");
        edit(c.resolve("models/davinci.yaml"), "access: retired", "access: gone");
        edit(c.resolve("families/gpt-3.yaml"), "name:", "title:");
        edit(c.resolve("sources/cot-paper.yaml"), "type: paper", "type: poster");
        Run r = run("check", "--content", c.toString());
        assertEquals(1, r.exit());
        List<long[]> keys = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String line : r.lines()) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (m.matches()) {
                paths.add(m.group(1));
                keys.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
            }
        }
        assertEquals(6, keys.size(), r.out());
        assertEquals(
                6,
                new java.util.HashSet<>(r.lines())
                        .stream().filter(l -> DIAGNOSTIC.matcher(l).matches()).count());
        for (int i = 1; i < keys.size(); i++) {
            int byPath = paths.get(i - 1).compareTo(paths.get(i));
            boolean ordered =
                    byPath < 0
                            || (byPath == 0
                                    && Comparator.<long[]>comparingLong(k -> k[0])
                                                    .thenComparingLong(k -> k[1])
                                                    .compare(keys.get(i - 1), keys.get(i))
                                            <= 0);
            assertTrue(ordered, "out of order at " + i + ":\n" + r.out());
        }
        assertEquals("6 errors, 0 warnings", r.lines().get(r.lines().size() - 1));
    }

    @Test
    void warningsAloneExitZeroAndFailUnderStrict() throws IOException {
        Path c = Fixtures.copyValid(tmp);
        Files.delete(c.resolve("models/davinci.zh.md"));
        Run plain = run("check", "--content", c.toString());
        assertEquals(0, plain.exit());
        assertTrue(plain.out().endsWith("0 errors, 1 warning\n"), plain.out());
        assertTrue(
                plain.out()
                        .startsWith(
                                root(c) + "models/davinci.en.md: warning[missing-translation]: "),
                plain.out());
        Run strict = run("check", "--strict", "--content", c.toString());
        assertEquals(1, strict.exit());
        assertEquals(plain.out(), strict.out());
    }

    @Test
    void aMissingContentFolderIsAContentError() {
        Path nowhere = tmp.resolve("nowhere");
        Run r = run("check", "--content", nowhere.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(nowhere + "/: error[no-content]: "), r.out());
        assertEquals("", r.err());
    }

    // ------------------------------------------------------------------ github and json

    @Test
    void githubFormatPrintsOneAnnotationPerDiagnostic() throws IOException {
        Path c = brokenTree();
        String root = root(c);
        Run r = run("check", "--format", "github", "--content", c.toString());
        assertEquals(1, r.exit());
        List<String> lines = r.lines();
        assertEquals(
                "::error file="
                        + root
                        + "models/davinci.yaml,line=2,col=1,title=unknown-key::unknown key 'alias' in"
                        + " model 'davinci'%0Ahint: did you mean 'aliases'?",
                lines.get(4));
        assertEquals(
                "::warning file="
                        + root
                        + "methods/code-training.en.md,title=missing-translation::method:code-training"
                        + " has no 'zh' body%0Ahint: add methods/code-training.zh.md; until then the"
                        + " page shows the en text with a notice",
                lines.get(2));
        assertTrue(
                lines.get(0)
                        .startsWith(
                                "::error file="
                                        + root
                                        + "capabilities/chain-of-thought.en.md,line=5,col=44,title=raw-html::"));
        assertEquals("4 errors, 1 warning", lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    void jsonFormatIsValidJsonWithEveryDiagnosticAndTheCounts() throws IOException {
        Path c = brokenTree();
        Run r = run("check", "--format", "json", "--content", c.toString());
        assertEquals(1, r.exit());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode ds = json.get("diagnostics");
        assertEquals(5, ds.size());
        JsonNode last = ds.get(4);
        assertEquals("error", last.get("severity").asText());
        assertEquals("unknown-key", last.get("code").asText());
        assertEquals(root(c) + "models/davinci.yaml", last.get("file").asText());
        assertEquals(2, last.get("line").asInt());
        assertEquals(1, last.get("column").asInt());
        assertEquals("unknown key 'alias' in model 'davinci'", last.get("message").asText());
        assertEquals("did you mean 'aliases'?", last.get("hint").asText());
        assertEquals(0, ds.get(2).get("line").asInt(), "a whole-file diagnostic has line 0");
    }

    @Test
    void jsonOnTheValidTreeHasNoDiagnostics() throws IOException {
        Run r = run("check", "--format", "json", "--content", Fixtures.valid().toString());
        assertEquals(0, r.exit());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(0, json.get("diagnostics").size());
        assertEquals(0, json.get("errors").asInt());
        assertEquals(0, json.get("warnings").asInt());
    }

    // ------------------------------------------------------------------ usage

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("check", "--bogus");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Try 'lineage check --help' for usage."), r.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("check", "--format", "xml", "--content", Fixtures.valid().toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("expected text, github or json, got 'xml'"), r.err());
    }

    @Test
    void anUnknownCommandOrNoCommandIsAUsageError() {
        Run unknown = run("bogus");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("'bogus'"), unknown.err());
        Run none = run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("missing a command"), none.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: lineage"), help.out());
        assertTrue(help.out().contains("check"), help.out());
        Run checkHelp = run("check", "--help");
        assertEquals(0, checkHelp.exit());
        assertTrue(checkHelp.out().contains("--format=FORMAT"), checkHelp.out());
        assertTrue(checkHelp.out().contains("--strict"), checkHelp.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("lineage "), version.out());
        assertEquals("", version.err());
    }

    // ------------------------------------------------------------------ failures

    @Command(name = "boom")
    static final class Boom implements Runnable {
        final Throwable what;

        Boom(Throwable what) {
            this.what = what;
        }

        @Override
        public void run() {
            if (what instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) what;
        }
    }

    private static Run execute(Throwable t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                Main.execute(
                        new CommandLine(new Boom(t)),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalExceptionExitsThreeWithAShortMessage() {
        Run r = execute(new IllegalStateException("broken invariant"));
        assertEquals(3, r.exit());
        assertTrue(
                r.err()
                        .startsWith(
                                "lineage: internal error: java.lang.IllegalStateException: broken invariant\n"),
                r.err());
        assertTrue(r.err().contains("This is a bug in lineage"), r.err());
        assertEquals(3, r.err().lines().count(), r.err());
    }

    @Test
    void anErrorSuchAsAStackOverflowExitsThreeWithoutAStackTrace() {
        Run r = execute(new StackOverflowError());
        assertEquals(3, r.exit());
        assertTrue(
                r.err().startsWith("lineage: internal error: java.lang.StackOverflowError"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void runningOutOfMemorySaysHowToGiveMoreNotThatItIsABug() {
        // as a worker's failure arrives: wrapped
        Run r = execute(new IllegalStateException("page x", new OutOfMemoryError("Java heap")));
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("lineage: out of memory: "), r.err());
        assertTrue(r.err().contains("LINEAGE_JAVA_OPTS=-Xmx2g"), r.err());
        assertFalse(r.err().contains("bug"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    static List<Case> cases() {
        return Fixtures.invalidCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyInvalidFixtureFailsCleanlyWithoutAStackTrace(Case c) {
        Path content = c.materialize(tmp.resolve(c.name()));
        Run r = run("check", "--strict", "--content", content.toString());
        assertEquals(1, r.exit(), r.out());
        assertEquals("", r.err());
        assertFalse(r.out().contains("Exception"), r.out());
        assertFalse(r.out().contains("\tat "), r.out());
        for (String line : r.lines()) {
            boolean known =
                    DIAGNOSTIC.matcher(line).matches()
                            || FILE_DIAGNOSTIC.matcher(line).matches()
                            || line.startsWith("    ")
                            || line.matches("\\d+ errors?, \\d+ warnings?");
            assertTrue(known, "unexpected output line: " + line);
        }
    }

    @Test
    void deeplyNestedBodiesFailCleanlyFromTheCommandLine() throws IOException {
        Path c = Fixtures.copyValid(tmp);
        Files.writeString(
                c.resolve("models/davinci.en.md"), "*".repeat(100_000) + "a" + "*".repeat(100_000));
        Files.writeString(c.resolve("models/codegen.en.md"), ">".repeat(100_000) + " x");
        Files.writeString(c.resolve("models/codegen.zh.md"), "x");
        Run r = run("check", "--content", c.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("2 errors, 0 warnings\n"), r.out());
    }
}
