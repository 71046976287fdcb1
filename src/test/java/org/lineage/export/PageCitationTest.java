package org.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.testutil.InlineSite;

class PageCitationTest {
    private static CheckResult site(Path dir) {
        return InlineSite.check(
                InlineSite.write(
                        dir.resolve("content"),
                        """
                        --- site.yaml
                        title: {en: "Lineage KB", zh: "谱系库"}
                        base_url: https://example.org/kb/
                        languages: [en, zh]
                        editors: ["Ada Lovelace", "Alan Turing"]
                        version: "2026.1"
                        released: 2026-11-26
                        --- models/m-1.yaml
                        name: M-1
                        organization: Org
                        summary: {en: "A model.", zh: "一个模型。"}
                        """));
    }

    @Test
    void bibtexNamesTheEditionTheEditorsAndThePermanentUrl(@TempDir Path dir) throws Exception {
        CheckResult r = site(dir);
        PageCitation c = PageCitation.of(r.kb(), r.kb().models().get("m-1"), "en");
        String bib = c.bibtex();
        BibTeXEntry e =
                new BibTeXParser()
                        .parse(new StringReader(bib))
                        .getEntries()
                        .get(new Key("lineage-en-models-m-1"));
        assertEquals(
                "Ada Lovelace and Alan Turing", e.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2026", e.getField(BibTeXEntry.KEY_YEAR).toUserString());
        assertEquals(
                "https://example.org/kb/en/models/m-1/",
                e.getField(BibTeXEntry.KEY_URL).toUserString());
        assertTrue(e.getField(new Key("note")).toUserString().contains("Edition 2026.1"), bib);
        assertTrue(e.getField(new Key("note")).toUserString().contains("Accessed 2026-11-26"), bib);
    }

    @Test
    void textStylesCarryTheSameFacts(@TempDir Path dir) {
        CheckResult r = site(dir);
        PageCitation en = PageCitation.of(r.kb(), r.kb().models().get("m-1"), "en");
        assertEquals(
                "Ada Lovelace, Alan Turing. (2026, November 26). M-1. In Lineage KB (Edition 2026.1). https://example.org/kb/en/models/m-1/",
                en.apa());
        assertEquals(
                "\u201CM-1.\u201D Lineage KB, edition 2026.1, Ada Lovelace, Alan Turing, 26 Nov. 2026, https://example.org/kb/en/models/m-1/. Accessed 26 Nov. 2026.",
                en.mla());
        PageCitation zh = PageCitation.of(r.kb(), r.kb().models().get("m-1"), "zh");
        assertEquals(
                "Ada Lovelace, Alan Turing. M-1[EB/OL]. 谱系库, 2026.1版. (2026-11-26)[2026-11-26]. https://example.org/kb/zh/models/m-1/.",
                zh.gbt7714());
    }

    @Test
    void metaTagsGiveOneCitationAuthorPerEditorAndADatasetType(@TempDir Path dir) {
        CheckResult r = site(dir);
        List<PageCitation.Meta> tags =
                PageCitation.of(r.kb(), r.kb().models().get("m-1"), "zh").metaTags();
        assertEquals(2, tags.stream().filter(t -> t.name().equals("citation_author")).count());
        assertTrue(tags.contains(new PageCitation.Meta("citation_date", "2026/11/26")));
        assertTrue(tags.contains(new PageCitation.Meta("citation_language", "zh")));
        assertTrue(tags.contains(new PageCitation.Meta("DC.type", "Dataset")));
        assertTrue(
                tags.contains(
                        new PageCitation.Meta(
                                "citation_public_url", "https://example.org/kb/zh/models/m-1/")));
    }

    @Test
    void theWholeKnowledgeBaseIsCitedAsADatabaseWithoutNamingItselfAsItsContainer(@TempDir Path dir)
            throws Exception {
        CheckResult r = site(dir);
        PageCitation en = PageCitation.whole(r.kb(), "en");
        assertTrue(en.whole());
        assertEquals(
                "Ada Lovelace, Alan Turing. (2026, November 26). Lineage KB (Edition 2026.1) [Data set]. https://example.org/kb/en/",
                en.apa());
        assertEquals(
                "Ada Lovelace, Alan Turing. Lineage KB. Edition 2026.1, 26 Nov. 2026, https://example.org/kb/en/. Accessed 26 Nov. 2026.",
                en.mla());
        assertEquals(
                "Ada Lovelace, Alan Turing. 谱系库[DB/OL]. 2026.1版. (2026-11-26)[2026-11-26]. https://example.org/kb/zh/.",
                PageCitation.whole(r.kb(), "zh").gbt7714());
        BibTeXEntry e =
                new BibTeXParser()
                        .parse(new StringReader(en.bibtex()))
                        .getEntries()
                        .get(new Key("lineage-en"));
        assertEquals(null, e.getField(new Key("howpublished")));
        assertEquals(null, en.jsonLd("d", List.of(), List.of(), List.of()).get("isPartOf"));
        assertFalse(en.cslJson().get(0).has("container-title"));
        PageCitation page = PageCitation.of(r.kb(), r.kb().models().get("m-1"), "zh");
        assertFalse(page.whole());
        assertEquals(
                "Person",
                en.jsonLd("d", List.of(), List.of(), List.of())
                        .get("creator")
                        .get(0)
                        .get("@type")
                        .asText());
        assertEquals(
                "https://example.org/kb/zh/",
                page.jsonLd("d", List.of(), List.of(), List.of())
                        .get("isPartOf")
                        .get("url")
                        .asText());
    }
}
