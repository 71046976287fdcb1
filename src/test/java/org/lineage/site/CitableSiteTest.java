package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.export.DataExports;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.ParentEdge;
import org.lineage.model.SitePaths;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/**
 * The site built from the shipped content is citable page by page and machine-readable as a whole:
 * every cited page, in every language, carries BibTeX that parses, a CSL-JSON file that validates,
 * JSON-LD and the meta tags reference managers read; {@code /data/} holds every export.
 */
class CitableSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META =
            Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\">");
    private static final Pattern LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>");
    private static final Pattern BIBTEX =
            Pattern.compile("(?s)<pre class=\"bibtex\"><code>(.*?)</code></pre>");
    private static final Pattern CSL_LINK =
            Pattern.compile(
                    "<a href=\"([^\"]+)\" type=\"application/vnd.citationstyles.csl\\+json\">");

    @TempDir static Path tmp;
    static CheckResult checked;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                InlineSite.shippedContent(),
                                "content/",
                                site,
                                false,
                                TemplateSource.packaged()));
        BuildOutcome.Built built =
                assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        checked = built.check();
        files = SiteFiles.files(site);
    }

    /** A cited page: where it is, and what it is. */
    record Cited(String lang, String path, Entity entity) {
        String file() {
            return SitePaths.file(path);
        }
    }

    /** Every entity page, free page, glossary and home page, in every language. */
    static List<Cited> citedPages() {
        KnowledgeBase kb = checked.kb();
        List<Cited> out = new ArrayList<>();
        for (String lang : kb.site().languages()) {
            for (Kind k :
                    List.of(
                            Kind.MODEL,
                            Kind.FAMILY,
                            Kind.CAPABILITY,
                            Kind.METHOD,
                            Kind.CLAIM,
                            Kind.SOURCE,
                            Kind.PAGE)) {
                for (Entity e : kb.entities(k).values()) {
                    out.add(new Cited(lang, SitePaths.entity(lang, k, e.id()), e));
                }
            }
            out.add(new Cited(lang, lang + "/glossary/", null));
            out.add(new Cited(lang, SitePaths.home(lang), null));
        }
        return out;
    }

    /** The shipped edition: citations need one, and name it. */
    private static String edition() {
        return checked.kb().site().version().orElseThrow();
    }

    private static String released() {
        return checked.kb().site().released().orElseThrow().start().toString();
    }

    private static String html(Cited c) {
        byte[] b = files.get(c.file());
        assertNotNull(b, "no page " + c.file());
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, List<String>> meta(String html) {
        Map<String, List<String>> out = new HashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(unescape(m.group(2)));
        }
        return out;
    }

    private static Schema schema(InputStream in) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    @Test
    void theBuildWritesEveryExportByteForByte() {
        SortedMap<String, byte[]> exports = DataExports.files(checked.kb(), checked.graph());
        assertTrue(exports.size() > 100, "exports: " + exports.size());
        exports.forEach(
                (path, bytes) -> {
                    assertNotNull(files.get(path), "missing " + path);
                    if (path.startsWith("data/search/")) {
                        // the build's search also finds its comparison pages: the entities first
                        String built = new String(files.get(path), StandardCharsets.UTF_8);
                        String alone = new String(bytes, StandardCharsets.UTF_8);
                        assertTrue(built.startsWith(alone.substring(0, alone.length() - 2)), path);
                        return;
                    }
                    assertArrayEquals(bytes, files.get(path), path);
                });
    }

    @Test
    void lineageJsonOfTheBuiltSiteValidatesAgainstTheSchemaPublishedBesideIt() throws Exception {
        Schema schema = schema(new ByteArrayInputStream(files.get("data/lineage.schema.json")));
        JsonNode doc = JSON.readTree(files.get("data/lineage.json"));
        List<Error> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(checked.kb().models().size(), doc.get("models").size());
    }

    @Test
    void everyCitedPageHasTheMetaTagsReferenceManagersRead() {
        List<String> editors = checked.kb().site().editors();
        for (Cited c : citedPages()) {
            Map<String, List<String>> m = meta(html(c));
            String where = c.file() + ": ";
            assertEquals(1, m.getOrDefault("citation_title", List.of()).size(), where + "title");
            if (c.entity() != null) {
                assertEquals(
                        c.entity().title(c.lang(), checked.kb().site().defaultLanguage()),
                        m.get("citation_title").get(0),
                        where + "title");
            }
            assertEquals(editors, m.get("citation_author"), where + "one author per editor");
            assertEquals(
                    List.of(released().replace('-', '/')), m.get("citation_date"), where + "date");
            assertEquals(
                    List.of(checked.kb().site().baseUrl() + c.path()),
                    m.get("citation_public_url"),
                    where + "URL");
            assertEquals(List.of(c.lang()), m.get("citation_language"), where + "language");
            assertEquals(List.of("Dataset"), m.get("DC.type"), where + "DC.type");
            assertTrue(
                    html(c).contains("<meta property=\"og:type\" content=\"website\">"),
                    where + "og:type");
        }
    }

    @Test
    void everyCitedPageHasJsonLdNamingItsUrlLanguageAndTranslation() throws Exception {
        String base = checked.kb().site().baseUrl();
        for (Cited c : citedPages()) {
            Matcher m = LD.matcher(html(c));
            assertTrue(m.find(), c.file() + ": no JSON-LD");
            JsonNode ld = JSON.readTree(m.group(1));
            String where = c.file() + ": ";
            assertEquals("https://schema.org", ld.path("@context").asText(), where + "@context");
            assertEquals("Dataset", ld.path("@type").asText(), where + "@type");
            assertTrue(!ld.path("name").asText().isEmpty(), where + "name");
            assertEquals(base + c.path(), ld.path("url").asText(), where + "url");
            assertEquals(c.lang(), ld.path("inLanguage").asText(), where + "inLanguage");
            assertEquals(edition(), ld.path("version").asText(), where + "version");
            String other = c.lang().equals("en") ? "zh" : "en";
            assertEquals(
                    base + other + c.path().substring(2),
                    ld.path("workTranslation").path(0).asText(),
                    where + "translation");
            assertTrue(!ld.path("description").asText().isEmpty(), where + "description");
        }
    }

    @Test
    void modelJsonLdIsBasedOnTheParentsPagesAndCitesTheSources() throws Exception {
        String base = checked.kb().site().baseUrl();
        int withParents = 0;
        for (var model : checked.kb().models().values()) {
            String html =
                    new String(
                            files.get(
                                    SitePaths.file(SitePaths.entity("zh", Kind.MODEL, model.id()))),
                            StandardCharsets.UTF_8);
            Matcher m = LD.matcher(html);
            assertTrue(m.find());
            JsonNode ld = JSON.readTree(m.group(1));
            List<String> parents = new ArrayList<>();
            for (ParentEdge e : checked.graph().parentEdges(model.id())) {
                parents.add(base + SitePaths.entity("zh", Kind.MODEL, e.model().id()));
            }
            List<String> basedOn = new ArrayList<>();
            ld.path("isBasedOn").forEach(n -> basedOn.add(n.asText()));
            assertEquals(parents, basedOn, model.id());
            withParents += parents.isEmpty() ? 0 : 1;
            List<String> cites = new ArrayList<>();
            ld.path("citation").forEach(n -> cites.add(n.asText()));
            for (var s : model.sources()) {
                checked.kb()
                        .sources()
                        .get(s.id())
                        .link()
                        .ifPresent(u -> assertTrue(cites.contains(u), model.id() + " cites " + u));
            }
            assertEquals(model.summary().in("zh", "en"), ld.path("description").asText());
        }
        assertTrue(withParents > 3, "models with parents: " + withParents);
    }

    @Test
    void everyCitedPagesBibtexParsesAndNamesThePageAndTheEdition() throws Exception {
        for (Cited c : citedPages()) {
            Matcher m = BIBTEX.matcher(html(c));
            assertTrue(m.find(), c.file() + ": no BibTeX");
            BibTeXDatabase db = new BibTeXParser().parse(new StringReader(unescape(m.group(1))));
            assertEquals(1, db.getEntries().size(), c.file());
            BibTeXEntry e = db.getEntries().values().iterator().next();
            assertEquals(BibTeXEntry.TYPE_MISC, e.getType(), c.file());
            assertEquals(
                    checked.kb().site().baseUrl() + c.path(),
                    e.getField(BibTeXEntry.KEY_URL).toUserString(),
                    c.file());
            assertEquals(
                    released().substring(0, 4),
                    e.getField(BibTeXEntry.KEY_YEAR).toUserString(),
                    c.file());
            assertNotNull(e.getField(BibTeXEntry.KEY_TITLE), c.file());
            assertNotNull(e.getField(BibTeXEntry.KEY_AUTHOR), c.file());
            assertTrue(
                    e.getField(new Key("note")).toUserString().contains("Edition " + edition()),
                    c.file());
        }
    }

    @Test
    void everyCitedPageLinksItsCslJsonWhichValidatesAgainstTheCslSchema() throws Exception {
        Schema csl;
        try (InputStream in = getClass().getResourceAsStream("/csl/csl-data.schema.json")) {
            csl = schema(in);
        }
        for (Cited c : citedPages()) {
            Matcher m = CSL_LINK.matcher(html(c));
            assertTrue(m.find(), c.file() + ": no CSL-JSON link");
            String target =
                    LinkCheck.normalize(
                            c.file().substring(0, c.file().lastIndexOf('/') + 1) + m.group(1));
            byte[] b = files.get(target);
            assertNotNull(b, c.file() + " links " + target);
            JsonNode item = JSON.readTree(b);
            List<Error> errors = csl.validate(item);
            assertTrue(errors.isEmpty(), target + ": " + errors);
            assertEquals(checked.kb().site().baseUrl() + c.path(), item.get(0).get("URL").asText());
            assertEquals(edition(), item.get(0).get("version").asText(), target);
        }
    }
}
