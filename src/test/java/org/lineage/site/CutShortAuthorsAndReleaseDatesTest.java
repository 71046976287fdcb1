package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/**
 * The two optional keys added for fact-checked content: a source whose author list is cut short is
 * cited as incomplete in every output that prints its authors, and a model's sourced release date
 * is shown with its source beside another source's estimate. Content without them is unchanged.
 */
class CutShortAuthorsAndReleaseDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT =
            """
            --- site.yaml
            title: {en: T, zh: T}
            base_url: https://example.org/
            languages: [en, zh]
            --- models/alpha.yaml
            name: alpha
            organization: Org
            released: 2022-03
            released_source: long-paper
            released_estimate:
              date: 2022-04/2022-07
              source: short-paper
              note: {en: "From memory.", zh: "凭记忆。"}
            summary: {en: "A model.", zh: "一个模型。"}
            sources: [long-paper, short-paper]
            --- models/alpha.en.md
            The long paper [@long-paper] and the short one [@short-paper].
            --- models/alpha.zh.md
            长论文 [@long-paper]，短论文 [@short-paper]。
            --- models/beta.yaml
            name: beta
            organization: Org
            released: 2021
            summary: {en: "Another model.", zh: "另一个模型。"}
            analogues: [alpha]
            --- sources/long-paper.yaml
            type: paper
            title: "A Paper With Many Authors"
            authors: ["Ann Author", "Ben Author"]
            authors_truncated: true
            year: 2022
            arxiv: "2201.00001"
            --- sources/short-paper.yaml
            type: paper
            title: "A Paper With Two Authors"
            authors: ["Cat Author", "Dan Author"]
            year: 2022
            arxiv: "2201.00002"
            """;

    @TempDir static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = InlineSite.write(tmp.resolve("content"), CONTENT);
        site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
    }

    private static String file(String path) throws IOException {
        return SiteFiles.read(site, path);
    }

    @Test
    void bibtexEndsACutShortListWithAndOthersAndLeavesACompleteListAlone() throws Exception {
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(file("data/sources.bib")));
        assertEquals(
                "Ann Author and Ben Author and others",
                db.getEntries()
                        .get(new Key("long-paper"))
                        .getField(BibTeXEntry.KEY_AUTHOR)
                        .toUserString());
        assertEquals(
                "Cat Author and Dan Author",
                db.getEntries()
                        .get(new Key("short-paper"))
                        .getField(BibTeXEntry.KEY_AUTHOR)
                        .toUserString());
    }

    @Test
    void lineageJsonAndTheSourcesOwnJsonMarkOnlyTheCutShortList() throws Exception {
        JsonNode whole = JSON.readTree(file("data/lineage.json"));
        for (JsonNode s : whole.get("sources")) {
            boolean cut = s.get("id").asText().equals("long-paper");
            assertEquals(cut, s.has("authors_truncated"), s.toString());
        }
        JsonNode own = JSON.readTree(file("data/sources/long-paper.json"));
        assertTrue(own.get("authors_truncated").asBoolean(), own.toString());
        assertFalse(JSON.readTree(file("data/sources/short-paper.json")).has("authors_truncated"));
    }

    @Test
    void sourcePagesAndReferenceListsEndACutShortListWithEtAl() throws Exception {
        assertTrue(
                file("en/sources/long-paper/index.html").contains("Ann Author, Ben Author et al."));
        assertTrue(file("zh/sources/long-paper/index.html").contains("Ann Author, Ben Author 等"));
        String en = file("en/models/alpha/index.html");
        assertTrue(en.contains("Ann Author, Ben Author et al."), "reference list");
        assertTrue(en.contains("Cat Author and Dan Author"), "complete list as before");
        assertFalse(en.contains("Dan Author et al."), "a complete list gains no et al.");
        assertTrue(file("en/sources/index.html").contains("Ann Author, Ben Author et al."));
    }

    @Test
    void lineageJsonCarriesTheReleaseSourceAndTheEstimateWithItsSource() throws Exception {
        JsonNode alpha = JSON.readTree(file("data/models/alpha.json"));
        assertEquals("2022-03", alpha.get("released").asText());
        assertEquals("long-paper", alpha.get("released_source").asText());
        JsonNode est = alpha.get("released_estimate");
        assertEquals("2022-04/2022-07", est.get("date").asText());
        assertEquals("short-paper", est.get("source").asText());
        assertEquals("From memory.", est.get("note").get("en").asText());
        JsonNode beta = JSON.readTree(file("data/models/beta.json"));
        assertFalse(beta.has("released_source") || beta.has("released_estimate"), beta.toString());
    }

    @Test
    void modelPageShowsTheSourcedDateWithItsSourceAndTheEstimateWithItsOwn() throws Exception {
        String en = file("en/models/alpha/index.html");
        assertTrue(en.contains("Release date from"), "sourced date's source row");
        assertTrue(en.contains("Estimated release"), "estimate row");
        assertTrue(en.contains("Apr–Jul 2022"), "estimate as the interval it is");
        assertTrue(en.contains("Estimated by"), "estimate's source row");
        String zh = file("zh/models/alpha/index.html");
        assertTrue(zh.contains("估计的发布时间") && zh.contains("发布时间出处"), "zh rows");
        String beta = file("en/models/beta/index.html");
        assertFalse(beta.contains("Estimated release") || beta.contains("Release date from"));
    }
}
