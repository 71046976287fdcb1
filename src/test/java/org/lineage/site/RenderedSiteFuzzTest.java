package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.Overlay;
import org.lineage.testutil.ScriptScan;
import org.lineage.testutil.SiteFiles;
import org.lineage.testutil.TimeBound;

/**
 * Any text in the names, summaries, notes, titles, links and bodies of a small site: when the
 * checks accept it, the built site holds no tag outside the site's own, no event handler or script
 * URL, and no script element but its own (JSON-LD and the search page's script). Input: the texts,
 * separated by NUL bytes, in the order of {@link #SLOTS}. Seeds: the probes of {@link XssTest}.
 */
class RenderedSiteFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(20));
    private static Path tmp;

    /** Where each text goes, in input order. */
    static final List<String> SLOTS =
            List.of(
                    "model name",
                    "model summary",
                    "organization",
                    "family name",
                    "method name",
                    "edge note",
                    "source title",
                    "source url",
                    "page title",
                    "model body",
                    "page body",
                    "alias");

    private static final String SITE =
            """
            --- site.yaml
            title: {en: "Fuzzed", zh: "模糊"}
            base_url: https://example.org/kb/
            languages: [en, zh]
            --- families/fam.yaml
            name: {en: %4$s, zh: "系列"}
            summary: {en: "F.", zh: "系列。"}
            --- methods/m.yaml
            name: {en: %5$s, zh: "方法"}
            summary: {en: "M.", zh: "方法。"}
            --- capabilities/cap.yaml
            name: {en: "Cap", zh: "能力"}
            summary: {en: "C.", zh: "能力。"}
            --- sources/src.yaml
            type: article
            title: %7$s
            authors: ["A. Author"]
            year: 2020
            url: %8$s
            --- models/base.yaml
            name: base
            organization: Lab
            released: 2019
            summary: {en: "Base.", zh: "基础。"}
            --- models/x.yaml
            name: %1$s
            aliases: [%12$s]
            family: fam
            organization: %3$s
            released: 2020-05
            summary: {en: %2$s, zh: "中文。"}
            sources: [src]
            parents:
              - {model: base, method: m, confidence: hypothesis, note: {en: %6$s, zh: "注"}}
            capabilities:
              - {capability: cap, change: "+"}
            --- models/x.en.md
            %10$s
            --- pages/p.en.md
            ---
            title: %9$s
            ---
            %11$s
            """;

    @BeforeAll
    static void makeDir() throws IOException {
        tmp = Files.createTempDirectory("rendered-site-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        Overlay.deleteTree(tmp);
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void acceptedTextNeverRunsScriptOnAnyPage(byte[] input) {
        BOUND.run(
                () -> {
                    try {
                        check(input);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void plainTextBuildsSoThatTheTargetChecksPages() throws IOException {
        Path run = Files.createTempDirectory(tmp, "run");
        BuildOutcome o = build(new byte[0], run);
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        Overlay.deleteTree(run);
    }

    private static BuildOutcome build(byte[] input, Path run) throws IOException {
        Path content = InlineSite.write(run.resolve("content"), SITE.formatted(texts(input)));
        return SiteBuild.run(
                new SiteBuild.Options(
                        content,
                        "content/",
                        run.resolve("site"),
                        false,
                        TemplateSource.packaged()));
    }

    private static void check(byte[] input) throws IOException {
        Path run = Files.createTempDirectory(tmp, "run");
        try {
            BuildOutcome o = build(input, run);
            if (!(o instanceof BuildOutcome.Built)) {
                return; // refused by the checks or the link checker: nothing is published
            }
            List<String> bad = new ArrayList<>();
            for (Map.Entry<String, byte[]> f : SiteFiles.files(run.resolve("site")).entrySet()) {
                if (f.getKey().endsWith(".html")) {
                    String html = new String(f.getValue(), StandardCharsets.UTF_8);
                    ScriptScan.site(f.getKey(), html).forEach(p -> bad.add(f.getKey() + ": " + p));
                }
            }
            assertEquals(List.of(), bad);
        } finally {
            Overlay.deleteTree(run);
        }
    }

    /**
     * The input's texts, NUL-separated, each made a YAML double-quoted string; bodies stay
     * Markdown, with a no-break space after any {@code ---} that would start a new file of the
     * inline site. Missing texts are plain words.
     */
    static Object[] texts(byte[] input) {
        String[] parts = new String(input, StandardCharsets.UTF_8).split("\0", -1);
        Object[] out = new Object[SLOTS.size()];
        for (int i = 0; i < out.length; i++) {
            String t = i < parts.length && !parts[i].isBlank() ? parts[i] : "text" + i;
            boolean body = SLOTS.get(i).endsWith("body");
            if (SLOTS.get(i).endsWith("url")) {
                // a source URL must be http(s) without white space: keep the rest as given
                String rest = t.replaceAll("\\s", "");
                t = rest.matches("https?://.+") ? rest : "https://e.org/" + rest;
            }
            out[i] = body ? ("\n" + t).replace("\n--- ", "\n---\u00a0").substring(1) : quoted(t);
        }
        return out;
    }

    /** A YAML double-quoted scalar holding exactly {@code s}. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints()
                .forEach(
                        c -> {
                            if (c == '"' || c == '\\') {
                                b.append('\\').appendCodePoint(c);
                            } else if (c < 0x20
                                    || c == 0x7f
                                    || (c >= 0x80 && c < 0xa0)
                                    || c == 0xfeff
                                    || c >= 0xfffe && c <= 0xffff) {
                                b.append(String.format("\\u%04x", c));
                            } else {
                                b.appendCodePoint(c);
                            }
                        });
        return b.append('"').toString();
    }
}
