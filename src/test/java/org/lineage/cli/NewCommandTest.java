package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.testutil.Fixtures;
import org.lineage.testutil.InlineSite;

/** {@code lineage new}: skeletons that check clean but for their placeholders, and refusals. */
class NewCommandTest {
    @TempDir Path tmp;

    /** A copy of the shipped knowledge base, which checks without a warning. */
    private Path shipped() {
        Path c = tmp.resolve("content");
        Fixtures.copyTree(InlineSite.shippedContent(), c);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "model, models/new-model.yaml, models/new-model.en.md, models/new-model.zh.md",
        "family, families/new-family.yaml, families/new-family.en.md, families/new-family.zh.md",
        "capability, capabilities/new-capability.yaml, capabilities/new-capability.en.md,"
                + " capabilities/new-capability.zh.md",
        "method, methods/new-method.yaml, methods/new-method.en.md, methods/new-method.zh.md",
        "claim, claims/new-claim.yaml, claims/new-claim.en.md, claims/new-claim.zh.md",
        "source, sources/new-source.yaml, ,",
        "term, glossary/new-term.yaml, ,",
        "page, pages/new-page.en.md, pages/new-page.zh.md,",
    })
    void theSkeletonChecksCleanButForItsPlaceholders(String kind, String a, String b, String c)
            throws IOException {
        Path content = shipped();
        MainTest.Run run =
                MainTest.run("new", kind, "new-" + kind, "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> files = Stream.of(a, b, c).filter(f -> f != null).toList();
        for (String f : files) {
            assertTrue(Files.isRegularFile(content.resolve(f)), f);
            assertTrue(run.out().contains("created " + content + "/" + f), run.out());
        }
        assertTrue(run.out().contains("fill in:"), run.out());

        CheckResult r = InlineSite.check(content);
        assertEquals(0, r.errors(), () -> r.diagnostics().toString());
        List<Diagnostic> others =
                r.diagnostics().stream().filter(d -> !d.code().equals("fill-me")).toList();
        assertEquals(List.of(), others, "only placeholders are reported");
        Set<String> withPlaceholders = new TreeSet<>();
        r.diagnostics().forEach(d -> withPlaceholders.add(d.pos().path()));
        for (String f : files) {
            assertTrue(withPlaceholders.contains("content/" + f), f + " has something to fill");
            String fill = "content/" + f;
            long listed = run.out().lines().filter(l -> l.contains(f + ":")).count();
            long warned = r.diagnostics().stream().filter(d -> d.pos().path().equals(fill)).count();
            assertEquals(warned, listed, "new lists every placeholder of " + f);
        }
    }

    @Test
    void everyYamlSkeletonNamesItsSchemaOnThePublishedSite() throws IOException {
        Path content = shipped();
        for (String kind : List.of("model", "family", "capability", "method", "claim", "source")) {
            assertEquals(0, MainTest.run("new", kind, "x", "--content", content.toString()).exit());
        }
        assertEquals(0, MainTest.run("new", "term", "x", "--content", content.toString()).exit());
        try (Stream<Path> s = Files.walk(content)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("x.yaml")).toList()) {
                String dir = p.getParent().getFileName().toString();
                String schema =
                        switch (dir) {
                            case "glossary" -> "term";
                            case "families" -> "family";
                            case "capabilities" -> "capability";
                            default -> dir.substring(0, dir.length() - 1);
                        };
                assertEquals(
                        "# yaml-language-server: $schema=https://lineage-kb.github.io/gpt35/"
                                + "schema/content/"
                                + schema
                                + ".schema.json",
                        Files.readAllLines(p).get(0),
                        p.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"model, models", "capability, capabilities", "method, methods", "claim, claims"})
    void bodiesUseTheHeadingsOfExistingEntries(String kind, String dir) throws IOException {
        Path content = shipped();
        assertEquals(0, MainTest.run("new", kind, "fresh", "--content", content.toString()).exit());
        for (String lang : List.of("en", "zh")) {
            Set<String> used = new TreeSet<>();
            try (Stream<Path> s = Files.list(InlineSite.shippedContent().resolve(dir))) {
                for (Path p : s.filter(p -> p.toString().endsWith("." + lang + ".md")).toList()) {
                    used.addAll(headings(p));
                }
            }
            List<String> skeleton = headings(content.resolve(dir + "/fresh." + lang + ".md"));
            assertFalse(skeleton.isEmpty());
            for (String h : skeleton) {
                assertTrue(used.contains(h), h + " is used by no existing " + kind);
            }
        }
    }

    private static List<String> headings(Path md) throws IOException {
        return Files.readAllLines(md, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("## "))
                .toList();
    }

    @Test
    void refusesAnExistingIdAndSuggestsAFreeOne() throws IOException {
        Path content = shipped();
        String before = Files.readString(content.resolve("models/davinci.yaml"));
        MainTest.Run run = MainTest.run("new", "model", "davinci", "--content", content.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("there is already a model 'davinci'"), run.err());
        assertTrue(run.err().contains("such as 'davinci-2'"), run.err());
        assertEquals(before, Files.readString(content.resolve("models/davinci.yaml")));
    }

    @Test
    void refusesAnIdWhoseBodyAloneExists() throws IOException {
        Path content = shipped();
        Files.writeString(content.resolve("models/stray.en.md"), "Text.\n");
        MainTest.Run run = MainTest.run("new", "model", "stray", "--content", content.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("models/stray.en.md"), run.err());
        assertFalse(Files.exists(content.resolve("models/stray.yaml")));
    }

    @Test
    void refusesAFormerIdOfAnotherEntry() throws IOException {
        Path content = shipped();
        Path davinci = content.resolve("models/davinci.yaml");
        Files.writeString(davinci, Files.readString(davinci) + "moved_from: [gpt-3-175b]\n");
        MainTest.Run run =
                MainTest.run("new", "model", "gpt-3-175b", "--content", content.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("former id of model 'davinci'"), run.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "model, Text Davinci 003, try 'text-davinci-003'",
        "model, GPT-4o, try 'gpt-4o'",
        "model, 通义千问, write the name in Latin letters",
        "modle, x, did you mean 'model'?",
        "page, translations, reserved",
        "page, zh, reserved",
    })
    void refusesAnInvalidIdOrKindWithASuggestion(String kind, String id, String hint) {
        Path content = shipped();
        MainTest.Run run = MainTest.run("new", kind, id, "--content", content.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains(hint), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void notesAnExistingIdCloseToTheNewOne() {
        Path content = shipped();
        MainTest.Run run =
                MainTest.run("new", "model", "text-davinci-03", "--content", content.toString());
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("similar id, 'text-davinci-003'"), run.out());
    }

    @Test
    void refusesAFolderWithoutSiteYaml() {
        MainTest.Run run = MainTest.run("new", "model", "x", "--content", tmp.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no site.yaml"), run.err());
    }
}
