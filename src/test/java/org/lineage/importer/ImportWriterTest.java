package org.lineage.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import never loses a person's work, and a repeated import changes nothing. */
class ImportWriterTest {
    @TempDir Path tmp;

    private static Map<String, Integer> statuses(Importer.Report r) {
        Map<String, Integer> m = new TreeMap<>();
        r.files().forEach(f -> m.merge(f.status(), 1, Integer::sum));
        return m;
    }

    private static String status(Importer.Report r, String path) {
        return r.files().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void aSecondImportChangesNothing() {
        Path content = ImportRun.emptyContent(tmp);
        Importer.Report first = ImportRun.ecosystem(content);
        assertEquals(Map.of("created", first.files().size()), statuses(first));
        Importer.Report second = ImportRun.ecosystem(content);
        assertEquals(Map.of("unchanged", first.files().size()), statuses(second));
    }

    @Test
    void aHandWrittenFileIsKeptAndReportedUnlessForced() throws Exception {
        Path content = ImportRun.emptyContent(tmp);
        Path gpt3 = content.resolve("models/gpt-3.yaml");
        Files.createDirectories(gpt3.getParent());
        String mine = "name: GPT-3\norganization: OpenAI\nsummary: {en: \"Mine.\", zh: \"我的。\"}\n";
        Files.writeString(gpt3, mine);

        Importer.Report r = ImportRun.ecosystem(content);
        assertEquals("kept", status(r, "models/gpt-3.yaml"));
        assertEquals(mine, Files.readString(gpt3));
        assertTrue(
                ImportRun.keys(r).contains("import-kept content/models/gpt-3.yaml"),
                ImportRun.keys(r).toString());
        assertEquals(0, ImportRun.check(content).errors(), "edges to the kept entry still resolve");

        Importer.Report forced =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS,
                        ImportRun.FIXTURES.resolve("ecosystem-graphs/assets"),
                        content,
                        Map.of(),
                        true,
                        false);
        assertEquals("replaced", status(forced, "models/gpt-3.yaml"));
        assertTrue(Files.readString(gpt3).startsWith("# lineage import ecosystem-graphs"));
    }

    @Test
    void anImportedFileEditedByHandIsKept() throws Exception {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.ecosystem(content);
        Path codex = content.resolve("models/codex.yaml");
        String edited = Files.readString(codex).replace("access: closed", "access: retired");
        Files.writeString(codex, edited);
        Importer.Report r = ImportRun.ecosystem(content);
        assertEquals("kept", status(r, "models/codex.yaml"));
        assertEquals(edited, Files.readString(codex));
    }

    @Test
    void anImportedFileStillAsImportedIsUpdated() throws Exception {
        Path content = ImportRun.emptyContent(tmp);
        Path source = tmp.resolve("assets");
        Files.createDirectories(source);
        Files.writeString(
                source.resolve("lab.yaml"),
                "- {type: model, name: M1, organization: Lab, description: First., created_date: 2020}\n");
        ImportRun.run(Importer.Format.ECOSYSTEM_GRAPHS, source, content, Map.of(), false, false);
        Files.writeString(
                source.resolve("lab.yaml"),
                "- {type: model, name: M1, organization: Lab, description: Second., created_date: 2020}\n");
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS, source, content, Map.of(), false, false);
        assertEquals("updated", status(r, "models/m1.yaml"));
        assertTrue(Files.readString(content.resolve("models/m1.yaml")).contains("Second."));
    }

    @Test
    void aFileFromAnotherFormatIsKept() {
        Path content = ImportRun.emptyContent(tmp);
        ImportRun.hf(content);
        // the same id from the other format: a different import wrote it
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS,
                        ImportRun.FIXTURES.resolve("ecosystem-graphs/assets"),
                        content,
                        Map.of("GPT-3", "llama-2-7b-chat-hf"),
                        false,
                        false);
        assertEquals("kept", status(r, "models/llama-2-7b-chat-hf.yaml"));
    }

    @Test
    void aDryRunWritesNothing() {
        Path content = ImportRun.emptyContent(tmp);
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS,
                        ImportRun.FIXTURES.resolve("ecosystem-graphs/assets"),
                        content,
                        Map.of(),
                        false,
                        true);
        assertTrue(r.files().size() > 20);
        assertFalse(Files.exists(content.resolve("models")));
    }

    @Test
    void anUnreadableSourceWritesNothing() throws Exception {
        Path content = ImportRun.emptyContent(tmp);
        Path source = tmp.resolve("assets");
        Files.createDirectories(source);
        Files.writeString(
                source.resolve("good.yaml"), "- {type: model, name: Good, organization: Lab}\n");
        Files.writeString(source.resolve("bad.yaml"), "- type: model\n  name: [unclosed\n");
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.ECOSYSTEM_GRAPHS, source, content, Map.of(), false, false);
        assertTrue(r.failed());
        assertTrue(
                ImportRun.keys(r).get(0).startsWith("yaml-syntax source/bad.yaml:"),
                ImportRun.keys(r).toString());
        assertEquals(0, r.files().size());
        assertFalse(Files.exists(content.resolve("models")));
    }

    @Test
    void aContentFolderWithoutSiteYamlIsAnError() {
        Importer.Report r =
                ImportRun.run(
                        Importer.Format.HF_CARDS,
                        ImportRun.FIXTURES.resolve("hf-cards"),
                        tmp,
                        Map.of(),
                        false,
                        false);
        assertTrue(r.failed());
        assertTrue(
                ImportRun.keys(r).contains("missing-site content/site.yaml"),
                ImportRun.keys(r).toString());
    }
}
