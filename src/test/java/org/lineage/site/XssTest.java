package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.ScriptScan;
import org.lineage.testutil.SiteFiles;

/**
 * Content whose names, summaries, URLs and bodies carry script probes builds (the checks let it
 * through), and nothing executable reaches any page.
 */
class XssTest {
    static final String PROBES =
            """
            --- site.yaml
            title: {en: "</title><script>alert('site')</script>", zh: "<img src=x onerror=alert('zh')>"}
            description: {en: "\\"><script>alert('d')</script>", zh: "描述"}
            base_url: https://example.org/x/
            languages: [en, zh]
            license: "<b onmouseover=alert(1)>CC</b>"
            repository: https://github.com/o/r"><script>alert('repo')</script>
            editors: ["<script>e</script>"]
            --- families/fam.yaml
            name: {en: "<svg onload=alert('fam')>", zh: "<svg/onload=alert(1)>"}
            summary: {en: "javascript:alert('fam')", zh: "x"}
            --- models/evil.yaml
            name: "<script>alert('name')</script>"
            aliases: ["<img src=x onerror=alert('alias')>", "\\" onfocus=\\"alert(1)"]
            family: fam
            organization: "javascript:alert('org')"
            api_name: "';alert(1);//"
            summary: {en: "\\"><script>alert('summary')</script>", zh: "<script>alert('zh')</script>"}
            sources: [src]
            parents:
              - model: base
                method: m
                confidence: hypothesis
                note: {en: "<a href=javascript:alert(1)>note</a>"}
            capabilities:
              - capability: cap
                change: "+"
            --- models/evil.en.md
            ## \\<Heading\\> with "quotes" & onerror=alert(1)

            A code span `<script>alert('code')</script>` and a [link](<https://ok.example/"onmouseover="alert(1)> "t\\" onclick=\\"alert(1)") and
            \\<script\\>escaped\\</script\\> and &lt;script&gt; and [entity link](model:base) [@src].

            ```
            <img src=x onerror=alert('fence')>
            ```
            --- models/base.yaml
            name: base
            organization: Lab
            summary: {en: "Base.", zh: "基础。"}
            --- methods/m.yaml
            name: {en: "<body onload=alert('m')>", zh: "方法"}
            summary: {en: "m", zh: "m"}
            --- capabilities/cap.yaml
            name: {en: "<style>*{display:none}</style>", zh: "能力"}
            summary: {en: "c", zh: "c"}
            --- claims/c.yaml
            statement: {en: "<script>alert('claim')</script>", zh: "论断"}
            status: hypothesis
            about: {models: [evil]}
            evidence:
              - stance: supports
                source: src
                note: {en: "<img src=x onerror=alert('ev')>"}
            corrections:
              - date: 2022-01-01
                before: {en: "<script>b</script>"}
                after: {en: "<script>a</script>"}
                credit: "<script>credit</script>"
            --- sources/src.yaml
            type: paper
            title: "<svg onload=alert('title')>"
            authors: ["<script>author</script>"]
            year: 2020
            venue: "<script>venue</script>"
            arxiv: "1234.5678"
            doi: "10.1000/abc"
            url: https://evil.example/"><script>alert('url')</script>
            --- glossary/g.yaml
            term: {en: "<script>term</script>", zh: "术语"}
            definition: {en: "<img src=x onerror=alert('def')>", zh: "定义"}
            --- pages/p.en.md
            ---
            title: "<script>alert('page')</script>"
            ---
            Text.
            """;

    @TempDir static Path tmp;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        Path content = InlineSite.write(tmp.resolve("content"), PROBES);
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        files = SiteFiles.files(site);
    }

    /** A tree drawing's own stylesheet, the only style element a page may hold. */
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @Test
    void theProbesReallyAreInTheSite() {
        String model = text("en/models/evil/index.html");
        assertTrue(model.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"), model);
        assertTrue(model.contains("&lt;img src=x onerror=alert('fence')&gt;"));
    }

    @Test
    void noScriptStyleOrEmbeddingTagReachesAPage() {
        List<String> bad = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                ScriptScan.disallowedTags(text(f.getKey()), ScriptScan.SITE_TAGS)
                        .forEach(t -> bad.add(f.getKey() + ": " + t));
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noEventHandlerOrScriptUrlReachesAnAttribute() {
        List<String> bad = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                ScriptScan.unsafeAttributes(text(f.getKey()))
                        .forEach(a -> bad.add(f.getKey() + ": " + a));
            }
        }
        assertEquals(List.of(), bad);
    }

    private static final Pattern SCRIPT =
            Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>");

    @Test
    void onlyTheSitesOwnScriptsRun() {
        int jsonLd = 0;
        for (var f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            String html = text(f.getKey());
            int opened = html.toLowerCase(Locale.ROOT).split("<script", -1).length - 1;
            Matcher m = SCRIPT.matcher(html);
            int closed = 0;
            while (m.find()) {
                closed++;
                String attrs = m.group(1);
                if (attrs.equals(" type=\"application/ld+json\"")) {
                    jsonLd++;
                } else {
                    boolean search =
                            attrs.matches(" src=\"(\\.\\./)+assets/search\\.js\"")
                                    && f.getKey().matches("[a-z]+/search/index\\.html");
                    boolean tree =
                            attrs.matches(" src=\"(\\.\\./)*assets/(tree|cite)\\.js\" defer");
                    boolean compare =
                            attrs.matches(" src=\"(\\.\\./)+assets/compare\\.js\" defer")
                                    && f.getKey().matches("[a-z]+/compare/index\\.html");
                    assertTrue(
                            (search || tree || compare) && m.group(2).isEmpty(),
                            f.getKey() + ": <script" + attrs + ">");
                }
            }
            assertEquals(opened, closed, f.getKey() + ": every script element is closed once");
        }
        assertTrue(jsonLd > 10, "JSON-LD on the cited pages: " + jsonLd);
    }

    @Test
    void jsonLdCarriesTheProbesAsDataAndNothingCanCloseItsScript() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper();
        for (String lang : List.of("en", "zh")) {
            String html = text(lang + "/models/evil/index.html");
            Matcher m = SCRIPT.matcher(html);
            assertTrue(m.find(), "JSON-LD on the " + lang + " model page");
            String body = m.group(2);
            for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) {
                assertFalse(body.contains(c), lang + ": raw " + c + " in JSON-LD");
            }
            var ld = json.readTree(body);
            assertEquals("<script>alert('name')</script>", ld.get("name").asText());
            assertEquals(
                    lang.equals("en")
                            ? "\"><script>alert('summary')</script>"
                            : "<script>alert('zh')</script>",
                    ld.get("description").asText());
            assertEquals("<script>e</script>", ld.get("creator").get(0).get("name").asText());
            assertTrue(
                    ld.get("citation").toString().contains("https://evil.example/"), ld.toString());
        }
    }

    @Test
    void citationMetaTagsCarryTheProbesAsText() {
        String html = text("en/models/evil/index.html");
        assertTrue(
                html.contains(
                        "<meta name=\"citation_title\" content=\"&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;\">"),
                html);
        assertTrue(
                html.contains(
                        "<meta name=\"citation_author\" content=\"&lt;script&gt;e&lt;/script&gt;\">"),
                html);
        assertTrue(
                html.contains(
                        "<meta name=\"DC.rights\" content=\"&lt;b onmouseover=alert(1)&gt;CC&lt;/b&gt;\">"),
                html);
    }

    @Test
    void styleElementsAreTheTreeDrawingsOwnAndHoldNoContent() {
        Set<String> sheets = new java.util.HashSet<>();
        for (var f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                Matcher m = STYLE.matcher(text(f.getKey()));
                while (m.find()) {
                    sheets.add(m.group(1));
                }
            }
        }
        assertEquals(1, sheets.size(), "one fixed stylesheet: " + sheets);
        String sheet = sheets.iterator().next();
        assertTrue(sheet.startsWith(".lineage-tree"), sheet);
        for (String probe : List.of("alert", "evil", "<", "url(", "expression", "import")) {
            assertFalse(sheet.contains(probe), probe);
        }
    }

    private static String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }
}
