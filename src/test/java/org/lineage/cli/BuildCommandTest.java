package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.SiteFixtures;

/** {@code lineage build} end to end through {@link Main#run}: exit codes, output, files. */
class BuildCommandTest {
    @TempDir Path tmp;
    Path content;
    Path site;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code =
                Main.run(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        args);
        return new Run(
                code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void content() {
        content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        site = tmp.resolve("site");
    }

    @Test
    void buildsTheSiteAndReportsPagesAndTime() {
        Run r = run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                r.out()
                        .matches(
                                "(?s).*built \\d+ pages \\(\\d+ files, [0-9.]+ MB\\) into .*site in [0-9.]+ s\\n"),
                r.out());
        assertTrue(Files.isRegularFile(site.resolve("en/models/alpha-tuned/index.html")));
    }

    @Test
    void contentErrorsFailWithTheSameReportAsCheck() throws IOException {
        Files.writeString(
                content.resolve("models/alpha-base.yaml"), "name: alpha-base\nfamily: nope\n");
        Run check = run("check", "--content", content.toString());
        Run build = run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(1, check.code());
        assertEquals(1, build.code());
        assertEquals(check.out(), build.out());
        assertTrue(build.out().contains("error[unknown-ref]"), build.out());
        assertFalse(Files.exists(site));
    }

    @Test
    void warningsFailOnlyUnderStrict() {
        Run loose = run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, loose.code());
        assertTrue(loose.out().contains("warning[missing-translation]"), "warnings are shown");
        Run strictCheck = run("check", "--strict", "--content", content.toString());
        Run strict =
                run(
                        "build",
                        "--strict",
                        "--content",
                        content.toString(),
                        "--out",
                        tmp.resolve("other").toString());
        assertEquals(1, strict.code());
        assertEquals(strictCheck.out(), strict.out());
        assertFalse(Files.exists(tmp.resolve("other")));
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("build", "--content", tmp.resolve("missing").toString()).code());
        Path notASite = tmp.resolve("notes");
        Files.createDirectories(notASite);
        Files.writeString(notASite.resolve("todo.txt"), "keep me");
        Run r = run("build", "--content", content.toString(), "--out", notASite.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a built site"), r.err());
        assertEquals("keep me", Files.readString(notASite.resolve("todo.txt")));
        assertEquals(
                2,
                run(
                                "build",
                                "--content",
                                content.toString(),
                                "--out",
                                content.resolve("site").toString())
                        .code());
        assertEquals(
                2,
                run(
                                "build",
                                "--content",
                                content.toString(),
                                "--out",
                                site.toString(),
                                "--templates",
                                tmp.toString())
                        .code());
    }

    @Test
    void readsTemplatesFromAFolderWhenAsked() throws IOException {
        Path templates = tmp.resolve("templates");
        SiteFiles.copyTree(Path.of("templates"), templates);
        Files.writeString(
                templates.resolve("i18n/messages_en.properties"),
                Files.readString(templates.resolve("i18n/messages_en.properties"))
                        .replace("edit=Edit this page", "edit=Improve this page"));
        Run r =
                run(
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        site.toString(),
                        "--templates",
                        templates.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(
                Files.readString(site.resolve("en/models/alpha-tuned/index.html"))
                        .contains("Improve this page"));
    }

    @Test
    void timingsListEveryStage() {
        Run r =
                run(
                        "build",
                        "--timings",
                        "--content",
                        content.toString(),
                        "--out",
                        site.toString());
        assertEquals(0, r.code());
        for (String stage :
                new String[] {
                    "load",
                    "checks",
                    "index",
                    "plan pages",
                    "render pages",
                    "check links",
                    "swap in",
                    "total"
                }) {
            assertTrue(r.err().contains(stage), stage + " in " + r.err());
        }
        // then the render time by kind of page, whose counts add up to the pages rendered
        assertTrue(r.err().contains("rendering by kind of page"), r.err());
        java.util.regex.Matcher kinds =
                java.util.regex.Pattern.compile("(?m)^\\s+([a-z-]+)\\s+\\d+ ms\\s+(\\d+) pages$")
                        .matcher(r.err());
        java.util.Map<String, Integer> pages = new java.util.TreeMap<>();
        while (kinds.find()) {
            pages.put(kinds.group(1), Integer.parseInt(kinds.group(2)));
        }
        // three models, in two languages
        assertEquals(6, pages.get("models"), r.err());
        java.util.regex.Matcher rendered =
                java.util.regex.Pattern.compile("pages: (\\d+) rendered").matcher(r.err());
        assertTrue(rendered.find(), r.err());
        assertEquals(
                Integer.parseInt(rendered.group(1)),
                pages.values().stream().mapToInt(Integer::intValue).sum(),
                r.err());
    }
}
