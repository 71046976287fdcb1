package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.render.BodyPages;
import org.lineage.testutil.Fixtures;

/**
 * {@code serve}'s checker, which takes unchanged files and bodies from memory, gives what a fresh
 * checker gives after every edit: the diagnostics, and each body's HTML (which depends on other
 * entries: a link to an entry that went, a claim whose statement changed).
 */
class RememberingCheckerTest {
    @TempDir Path tmp;

    private final Checker remembering =
            new Checker(new MarkdownEngine(), new BodyPages()).remembering();

    private void assertSameAsFresh(Path content, String when) {
        CheckResult fresh =
                new Checker(new MarkdownEngine(), new BodyPages()).run(content, "content/");
        CheckResult kept = remembering.run(content, "content/");
        assertEquals(fresh.diagnostics(), kept.diagnostics(), when);
        assertEquals(fresh.graph().topologicalOrder(), kept.graph().topologicalOrder(), when);
        for (String m : fresh.graph().topologicalOrder()) {
            assertEquals(fresh.graph().parentEdges(m), kept.graph().parentEdges(m), when);
            assertEquals(fresh.graph().capabilities(m), kept.graph().capabilities(m), when);
        }
        assertEquals(fresh.bodies().keySet(), kept.bodies().keySet(), when);
        fresh.bodies()
                .forEach(
                        (key, byLang) ->
                                byLang.forEach(
                                        (lang, doc) ->
                                                assertEquals(
                                                        doc,
                                                        kept.bodies().get(key).get(lang),
                                                        when + ": " + key + " " + lang)));
    }

    @Test
    void givesWhatAFreshCheckerGivesAfterEachEdit() throws Exception {
        Path content = Fixtures.copyValid(tmp);
        assertSameAsFresh(content, "first run");
        assertSameAsFresh(content, "nothing changed");
        Path body = content.resolve("methods/code-training.en.md");
        Files.writeString(
                body,
                "\nSee [claim](claim:reasoning-from-code) and [a model](model:nowhere).\n",
                StandardOpenOption.APPEND);
        assertSameAsFresh(content, "a body edited: a new link, an unknown target");
        assertFalse(remembering.run(content, "content/").diagnostics().isEmpty());
        Path claim = content.resolve("claims/reasoning-from-code.yaml");
        String yaml = Files.readString(claim);
        assertTrue(yaml.contains("statement"), yaml);
        Files.writeString(
                claim, yaml.replaceFirst("(statement:\\s*\\{?\\s*en:\\s*\"?)", "$1Now: "));
        assertSameAsFresh(content, "the linked claim's statement changed");
        Files.writeString(claim, "not: [valid");
        assertSameAsFresh(content, "a YAML file broken");
        Files.writeString(claim, yaml);
        Files.delete(content.resolve("methods/code-training.zh.md"));
        assertSameAsFresh(content, "the claim back, a translation gone");
    }

    /** Each regular file's digest by relative path, as a builder lists the content for a run. */
    private static java.util.Map<String, String> listing(Path content) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var files = Files.walk(content)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(
                        content.relativize(p).toString().replace('\\', '/'),
                        java.util.HexFormat.of()
                                .formatHex(
                                        java.security.MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    @Test
    void aListingOfTheFilesGivesWhatAWalkGives() throws Exception {
        Path content = Fixtures.copyValid(tmp);
        Files.createDirectories(content.resolve("models/extra.yaml"));
        Files.createDirectories(content.resolve("claims/nested"));
        Files.delete(content.resolve("models/davinci.yaml"));
        CheckResult fresh =
                new Checker(new MarkdownEngine(), new BodyPages()).run(content, "content/");
        CheckResult listed =
                remembering.run(
                        content, "content/", new org.lineage.diag.Timings(), listing(content));
        assertEquals(fresh.diagnostics(), listed.diagnostics());
        assertTrue(
                fresh.diagnostics().stream()
                        .anyMatch(d -> d.pos().path().equals("content/models/extra.yaml/")),
                fresh.diagnostics().toString());
        assertTrue(
                fresh.diagnostics().stream().anyMatch(d -> d.code().equals("orphan-body")),
                fresh.diagnostics().toString());
    }

    @Test
    void keepsTheLineageGraphWhileNoModelChanged() throws Exception {
        Path content = Fixtures.copyValid(tmp);
        CheckResult first = remembering.run(content, "content/");
        Files.writeString(
                content.resolve("models/davinci.en.md"),
                "\nOne more line.\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                content.resolve("methods/code-training.en.md"),
                "\nAnd one here.\n",
                StandardOpenOption.APPEND);
        assertSame(
                first.graph(),
                remembering.run(content, "content/").graph(),
                "only bodies changed: the graph is kept");
        Path model = content.resolve("models/text-davinci-002.yaml");
        Files.writeString(
                model, Files.readString(model).replace("change: \"--\"", "change: \"++\""));
        CheckResult edited = remembering.run(content, "content/");
        assertNotSame(first.graph(), edited.graph(), "a model changed: the graph is built again");
        assertSameAsFresh(content, "a capability change edited");
        Files.writeString(model, Files.readString(model).replace("code-davinci-002", "davinci"));
        assertSameAsFresh(content, "a parent edited");
        Files.delete(model);
        assertSameAsFresh(content, "a model deleted");
    }
}
