package org.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.model.Kind;
import org.lineage.testutil.InlineSite;
import org.w3c.dom.Document;

class DataExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CheckResult shipped;
    private static SortedMap<String, byte[]> files;

    @BeforeAll
    static void buildShipped() {
        assumeTrue(Files.isDirectory(InlineSite.shippedContent()), "content/ not present");
        shipped = InlineSite.check(InlineSite.shippedContent());
        assertEquals(0, shipped.errors(), () -> shipped.diagnostics().toString());
        files = DataExports.files(shipped.kb(), shipped.graph());
    }

    private static Schema schema(String resource) throws Exception {
        try (InputStream in = DataExportsTest.class.getResourceAsStream(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @Test
    void lineageJsonValidatesAgainstItsPublishedSchema() throws Exception {
        JsonNode doc = JSON.readTree(files.get("data/lineage.json"));
        Schema schema = schema("/schema/lineage.schema.json");
        List<Error> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(shipped.kb().models().size(), doc.get("models").size());
        assertEquals(
                shipped.kb().models().values().stream().mapToInt(m -> m.parents().size()).sum(),
                doc.get("edges").size());
        assertEquals(
                new String(files.get("data/lineage.schema.json"), StandardCharsets.UTF_8),
                new String(
                        DataExports.class
                                .getResourceAsStream("/schema/lineage.schema.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8));
    }

    @Test
    void streamedLineageJsonHasTheBytesOfTheWholeTreeWritten() {
        // lineage.json is written a batch of entities at a time; the bytes must be those one tree
        // of the same document gives, indents and empty arrays included
        JsonNode tree = DataExports.whole(shipped.kb(), shipped.graph());
        assertEquals(
                new String(Json.bytes(tree), StandardCharsets.UTF_8),
                new String(files.get("data/lineage.json"), StandardCharsets.UTF_8));
        assertTrue(tree.get("claims").size() > 0);
    }

    @Test
    void theSearchIndexPutTogetherFromItsItemsIsTheWholeTreeWritten() {
        // serve keeps each entity's item and puts the index together from them
        List<SearchIndex.Extra> extra =
                List.of(
                        new SearchIndex.Extra("compare", "A \"·\" 乙", "en/compare/a/b/"),
                        new SearchIndex.Extra("edition", "v1", "v/1/en/"));
        for (String lang : shipped.kb().site().languages()) {
            for (List<SearchIndex.Extra> x : List.of(extra, List.<SearchIndex.Extra>of())) {
                assertEquals(
                        Json.compact(SearchIndex.of(shipped.kb(), lang, x)),
                        SearchIndex.compact(
                                shipped.kb(),
                                lang,
                                SearchIndex.items(x),
                                e -> Json.compact(SearchIndex.entry(shipped.kb(), e, lang))));
            }
            assertEquals(
                    Json.compact(SearchIndex.of(shipped.kb(), lang)),
                    new String(files.get(SearchIndex.path(lang)), StandardCharsets.UTF_8));
        }
    }

    @Test
    void schemaRejectsAnExportWithAWrongConfidence() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(files.get("data/lineage.json"));
        ((ObjectNode) doc.get("edges").get(0)).put("confidence", "certain");
        assertFalse(schema("/schema/lineage.schema.json").validate(doc).isEmpty());
    }

    @Test
    void everyEntityHasItsOwnJsonAtAStablePath() throws Exception {
        for (Kind k : Kind.values()) {
            for (String id : shipped.kb().entities(k).keySet()) {
                byte[] b = files.get("data/" + k.dir() + "/" + id + ".json");
                assertTrue(b != null, "missing JSON for " + k + " " + id);
                assertEquals(id, JSON.readTree(b).get("id").asText());
            }
        }
    }

    @Test
    void sourcesBibParsesWithEveryEntryAndItsFields() throws Exception {
        String bib = new String(files.get("data/sources.bib"), StandardCharsets.UTF_8);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        Map<Key, BibTeXEntry> entries = db.getEntries();
        assertEquals(shipped.kb().sources().size(), entries.size());
        for (String id : shipped.kb().sources().keySet()) {
            BibTeXEntry e = entries.get(new Key(id));
            assertTrue(e != null, "no entry " + id);
            assertTrue(e.getField(BibTeXEntry.KEY_TITLE) != null, id + " has no title");
            assertTrue(e.getField(BibTeXEntry.KEY_AUTHOR) != null, id + " has no author");
            assertTrue(e.getField(BibTeXEntry.KEY_YEAR) != null, id + " has no year");
        }
    }

    @Test
    void bibtexEscapesLatexSpecialsAndKeepsOrganisationsWhole(@TempDir Path dir) throws Exception {
        Path root =
                InlineSite.write(
                        dir.resolve("content"),
                        """
                        --- site.yaml
                        title: T
                        base_url: https://example.org/
                        languages: [en]
                        --- sources/odd.yaml
                        type: paper
                        title: "R&D at 100% {fast}_now #1 ~ok^2 \\\\path"
                        authors: ["BigScience Workshop", "Suzana Ilić"]
                        year: 2022
                        month: 7
                        arxiv: "2211.05100"
                        """);
        CheckResult r = InlineSite.check(root);
        String entry = Bibtex.entry(r.kb().sources().get("odd"));
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(entry));
        BibTeXEntry e = db.getEntries().get(new Key("odd"));
        String title = e.getField(BibTeXEntry.KEY_TITLE).toUserString();
        assertTrue(title.contains("R\\&D at 100\\% \\{fast\\}\\_now \\#1"), title);
        assertTrue(title.contains("\\textbackslash{}path"), title);
        assertEquals(
                "{BigScience Workshop} and Suzana Ilić",
                e.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertTrue(entry.contains("month = jul,"), entry);
    }

    @Test
    void sourcesBibCompilesWithBibtexWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("bibtex") && onPath("latex"), "bibtex and latex are not installed");
        Files.write(dir.resolve("sources.bib"), files.get("data/sources.bib"));
        String keys = String.join(",", shipped.kb().sources().keySet());
        Files.writeString(
                dir.resolve("doc.tex"),
                "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
                        + "\\begin{document}\nSee \\cite{"
                        + keys
                        + "}.\n"
                        + "\\bibliographystyle{plain}\n\\bibliography{sources}\n\\end{document}\n");
        run(dir, "latex", "-interaction=nonstopmode", "doc.tex");
        String out = run(dir, "bibtex", "doc");
        assertFalse(out.contains("Warning--"), out);
        assertFalse(out.contains("error message"), out);
        run(dir, "latex", "-interaction=nonstopmode", "doc.tex");
        String log = run(dir, "latex", "-interaction=nonstopmode", "doc.tex");
        assertFalse(log.contains("Citation") && log.contains("undefined"), log);
    }

    @Test
    void sourcesBibCompilesWithBiberWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("biber") && onPath("latex"), "biber and latex are not installed");
        Files.write(dir.resolve("sources.bib"), files.get("data/sources.bib"));
        Files.writeString(
                dir.resolve("doc.tex"),
                "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
                        + "\\usepackage[backend=biber]{biblatex}\n\\addbibresource{sources.bib}\n"
                        + "\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n");
        run(dir, "latex", "-interaction=nonstopmode", "doc.tex");
        String out = run(dir, "biber", "doc");
        assertTrue(out.contains("INFO - Output to doc.bbl"), out);
        assertFalse(out.contains("WARN"), out);
        assertFalse(out.contains("ERROR"), out);
    }

    @Test
    void cslJsonOfEveryPageValidatesAgainstTheCslSchema() throws Exception {
        Schema csl = schema("/csl/csl-data.schema.json");
        int n = 0;
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith("data/csl/")) {
                List<Error> errors = csl.validate(JSON.readTree(e.getValue()));
                assertTrue(errors.isEmpty(), e.getKey() + ": " + errors);
                n++;
            }
        }
        assertTrue(n >= shipped.kb().models().size() * 2, "too few CSL files: " + n);
    }

    @Test
    void graphmlAndDotHoldEveryModelAndEdge() throws Exception {
        Document doc =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(files.get("data/lineage.graphml")));
        int edges = shipped.kb().models().values().stream().mapToInt(m -> m.parents().size()).sum();
        assertEquals(shipped.kb().models().size(), doc.getElementsByTagName("node").getLength());
        assertEquals(edges, doc.getElementsByTagName("edge").getLength());
        String dot = new String(files.get("data/lineage.dot"), StandardCharsets.UTF_8);
        assertEquals(edges, dot.lines().filter(l -> l.contains(" -> ")).count());
        assertTrue(dot.contains("\"code-davinci-002\" -> \"text-davinci-002\""), dot);
    }

    @Test
    void exportsAreByteIdenticalAcrossRuns() {
        SortedMap<String, byte[]> again = DataExports.files(shipped.kb(), shipped.graph());
        assertEquals(files.keySet(), again.keySet());
        for (String k : files.keySet()) {
            assertTrue(Arrays.equals(files.get(k), again.get(k)), k);
        }
    }

    private static boolean onPath(String cmd) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, cmd))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... cmd) throws Exception {
        Process p =
                new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", cmd));
        return out;
    }
}
