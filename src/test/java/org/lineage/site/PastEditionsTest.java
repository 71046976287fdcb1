package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.content.GitContent;
import org.lineage.diag.Timings;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/**
 * A past edition built from a commit of a repository made here with JGit: the small site is
 * committed and tagged, then changed (a claim's status moves, a model gains a field, another is
 * removed); the build renders the tagged content under /v/1.0/ with a banner, a canonical link to
 * the current page, noindex and the list of what changed.
 */
class PastEditionsTest {
    @TempDir static Path tmp;
    static Path repo;
    static Path site;
    static String first;

    static final PersonIdent WHO = new PersonIdent("Editor", "editor@example.org");

    @BeforeAll
    static void build() throws Exception {
        repo = tmp.resolve("repo");
        Path content = InlineSite.write(repo.resolve("content"), SiteFixtures.SMALL);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("content").call();
            RevCommit c = git.commit().setMessage("first").setAuthor(WHO).setCommitter(WHO).call();
            first = c.getName();
            git.tag().setName("edition-1.0").setObjectId(c).setTagger(WHO).call();
            edit(
                    content.resolve("claims/tuning-helps.yaml"),
                    "status: hypothesis",
                    "status: conclusion");
            edit(
                    content.resolve("models/alpha-base.yaml"),
                    "parameters: 175B",
                    "parameters: 175B\napi_name: alpha-1");
            Files.delete(content.resolve("models/open-alpha.yaml"));
            edit(content.resolve("models/alpha-tuned.yaml"), "analogues: [open-alpha]\n", "");
            edit(
                    content.resolve("site.yaml"),
                    "version: \"2026.1\"",
                    "version: \"2026.2\"\neditions:\n  - version: \"1.0\"\n    released: 2026-11-26\n    commit: edition-1.0");
            git.add().addFilepattern("content").call();
            git.commit().setAll(true).setMessage("second").setAuthor(WHO).setCommitter(WHO).call();
        }
        site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), file + " lacks " + from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theEditionIsRenderedUnderItsVersionWithABannerCanonicalAndNoindex() throws IOException {
        String html = SiteFiles.read(site, "v/1.0/en/models/alpha-base/index.html");
        assertTrue(html.contains("class=\"edition-banner\""), html);
        assertTrue(html.contains("edition 1.0 of 26 Nov 2026"));
        assertTrue(
                html.contains(
                        "<link rel=\"canonical\" href=\"https://example.org/kb/en/models/alpha-base/\">"));
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assertTrue(
                html.contains(
                        "<a href=\"https://example.org/kb/en/models/alpha-base/\">Read the current page.</a>"));
        assertTrue(
                html.contains("https://example.org/kb/v/1.0/en/models/alpha-base/"),
                "its permalink");
        assertFalse(Files.exists(site.resolve("v/1.0/en/compare")), "editions have no comparisons");
        assertFalse(html.contains(EDITION_PLACEHOLDER), "the banner is in");
    }

    @Test
    void eachPageListsWhatChangedSinceTheEdition() throws IOException {
        String base = SiteFiles.read(site, "v/1.0/en/models/alpha-base/index.html");
        assertTrue(base.contains("data-change=\"added\" data-field=\"api_name\""), base);
        String claim = SiteFiles.read(site, "v/1.0/en/claims/tuning-helps/index.html");
        assertTrue(claim.contains("data-change=\"changed\" data-field=\"status\""), claim);
        assertTrue(claim.contains("data-change=\"status\" data-claim=\"tuning-helps\""));
        String tuned = SiteFiles.read(site, "v/1.0/en/models/alpha-tuned/index.html");
        assertTrue(
                tuned.contains("data-change=\"status\" data-claim=\"tuning-helps\""),
                "a claim about it moved");
        assertTrue(tuned.contains("data-change=\"changed\" data-field=\"analogues\""));
        String gone = SiteFiles.read(site, "v/1.0/zh/models/open-alpha/index.html");
        assertTrue(gone.contains("data-change=\"gone\""), gone);
        assertTrue(gone.contains("<a href=\"https://example.org/kb/zh/\">"), "to the home page");
    }

    @Test
    void currentPagesCiteTheirEarlierEditionsAndDataCarriesEachEditionsRecord() throws IOException {
        String now = SiteFiles.read(site, "en/models/alpha-base/index.html");
        assertTrue(now.contains("<dt class=\"cite-editions\">"), now);
        assertTrue(
                now.contains(
                        "<a href=\"https://example.org/kb/v/1.0/en/models/alpha-base/\">Edition 1.0"));
        assertFalse(now.contains("<meta name=\"robots\""));
        String json = SiteFiles.read(site, "data/editions/1.0/lineage.json");
        assertTrue(json.contains("\"id\" : \"open-alpha\""), "the edition's own record");
        assertFalse(SiteFiles.read(site, "data/lineage.json").contains("\"id\" : \"open-alpha\""));
        String sitemap = SiteFiles.read(site, "sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/kb/v/1.0/en/</loc>"));
        assertFalse(Files.exists(site.resolve("v/1.0/sitemap.xml")));
        assertTrue(
                SiteFiles.read(site, "data/search/en.json")
                        .contains(
                                "{\"k\":\"edition\",\"t\":\"1.0 (2026-11-26)\",\"u\":\"v/1.0/en/\"}"));
    }

    @Test
    void aCloneWithoutTheCommitGetsAnErrorNamingItAndTheFlag() throws Exception {
        Path content = tmp.resolve("shallow/content");
        SiteFiles.copyTree(repo.resolve("content"), content);
        String missing = "0123456789abcdef0123456789abcdef01234567";
        edit(content.resolve("site.yaml"), "commit: edition-1.0", "commit: " + missing);
        try (Git git = Git.init().setDirectory(tmp.resolve("shallow").toFile()).call()) {
            git.add().addFilepattern("content").call();
            git.commit().setMessage("only").setAuthor(WHO).setCommitter(WHO).call();
        }
        assertFalse(GitContent.has(content, missing));
        SiteBuild.Options o =
                new SiteBuild.Options(
                        content, "content/", tmp.resolve("out"), false, TemplateSource.packaged());
        BuildOutcome failed = SiteBuild.run(o);
        CheckResult r = assertInstanceOf(BuildOutcome.ContentFailed.class, failed).check();
        String message = r.diagnostics().toString();
        assertTrue(message.contains("edition-unavailable"), message);
        assertTrue(message.contains(missing), message);
        assertTrue(message.contains("--no-past-editions"), message);
        assertTrue(message.contains("content/site.yaml:"), "where it is listed: " + message);
        assertInstanceOf(BuildOutcome.Built.class, SiteBuild.run(o.withoutPastEditions()));
    }

    @Test
    void anEditionIsReadFromGitObjectsNotFromACheckout() throws Exception {
        Path into = tmp.resolve("extracted");
        GitContent.extract(repo.resolve("content"), first, into);
        assertTrue(Files.isRegularFile(into.resolve("models/open-alpha.yaml")));
        assertTrue(
                Files.readString(into.resolve("claims/tuning-helps.yaml"))
                        .contains("status: hypothesis"));
        assertFalse(
                Files.exists(repo.resolve("content/models/open-alpha.yaml")),
                "work tree untouched");
    }

    @Test
    void editionsAreBuiltOnceAndTakenFromTheCacheWhileThePresentChanges() throws Exception {
        // the repository's own work tree, edited below (the other tests read only its history)
        Path content = repo.resolve("content");
        Path out = tmp.resolve("cached/site");
        Path cacheRoot = tmp.resolve("cached/.lineage-cache");
        SiteBuild.Options o =
                new SiteBuild.Options(content, "content/", out, false, TemplateSource.packaged())
                        .withCache(cacheRoot);
        SiteBuilder builder = new SiteBuilder(o);
        Timings timings = new Timings();
        assertInstanceOf(BuildOutcome.Built.class, builder.build(timings));
        // --timings tells where building the edition went
        String report = timings.report();
        assertTrue(
                report.contains("past edition 1.0: read from git ")
                        && report.contains(", render pages "),
                report);
        // the trees the edition shares with the present were placed once, for the edition
        assertTrue(
                builder.layoutsMade() < builder.layoutsUsed(),
                builder.layoutsMade() + " of " + builder.layoutsUsed() + " made");
        Path slots = BuildCache.of(cacheRoot, content, out).editions();
        List<Path> first = list(slots);
        assertEquals(1, first.size(), first.toString());
        Path marker = first.get(0).resolve("complete");
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(marker);

        Files.writeString(
                content.resolve("models/alpha-base.en.md"),
                "\nA new paragraph.\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        built(builder);
        assertEquals(first, list(slots), "a body edit keeps the edition");
        assertEquals(made, Files.getLastModifiedTime(marker), "not built again");

        assertSameAsClean(content, out);

        Path claim = content.resolve("claims/tuning-helps.yaml");
        String before = Files.readString(claim);
        String page = SiteFiles.read(out, "v/1.0/en/claims/tuning-helps/index.html");
        edit(claim, "status: conclusion", "status: hypothesis");
        built(builder);
        assertEquals(first, list(slots), "a data edit keeps the edition too");
        assertEquals(made, Files.getLastModifiedTime(marker), "not built again");
        String now = SiteFiles.read(out, "v/1.0/en/claims/tuning-helps/index.html");
        assertFalse(now.equals(page), "its list of changes follows the present");
        // the status is back to what the edition said: the banner no longer lists it as moved
        assertTrue(page.contains("data-change=\"status\" data-claim=\"tuning-helps\""), page);
        assertFalse(now.contains("data-change=\"status\""), now);
        assertFalse(now.contains(EDITION_PLACEHOLDER), now);
        assertSameAsClean(content, out);

        // and back: the banner says again what it said first
        Files.writeString(claim, before);
        built(builder);
        assertEquals(page, SiteFiles.read(out, "v/1.0/en/claims/tuning-helps/index.html"));
        assertSameAsClean(content, out);
    }

    /** How the banner's place is marked in a past edition's pages, before each build fills it. */
    static final String EDITION_PLACEHOLDER = "<!--lineage-edition-banner";

    private static void built(SiteBuilder builder) throws IOException {
        BuildOutcome o = builder.build(new Timings());
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static void assertSameAsClean(Path content, Path out) throws IOException {
        Path clean = Files.createTempDirectory(tmp, "clean");
        assertInstanceOf(
                BuildOutcome.Built.class,
                SiteBuild.run(
                        new SiteBuild.Options(
                                content,
                                "content/",
                                clean.resolve("site"),
                                false,
                                TemplateSource.packaged())));
        Map<String, byte[]> expected = SiteFiles.files(clean.resolve("site"));
        Map<String, byte[]> actual = SiteFiles.files(out);
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), f);
        }
    }
}
