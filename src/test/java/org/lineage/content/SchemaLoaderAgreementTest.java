package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.model.Kind;

/**
 * One small file per case, read both by the loader and by the schema of its kind: the schema
 * accepts exactly when the loader reports no error, so an editor and {@code lineage check} agree.
 */
class SchemaLoaderAgreementTest {
    private static final String SITE =
            "title: {en: T, zh: T}\nbase_url: https://example.org/\nlanguages: [en, zh]\n";
    private static final String MODEL_HEAD =
            "name: m\norganization: OpenAI\nsummary: {en: s, zh: s}\n";
    private static final String CLAIM_HEAD = "statement: {en: s, zh: s}\nstatus: hypothesis\n";
    private static final String SOURCE_HEAD = "type: paper\ntitle: T\nyear: 2021\n";
    private static final String NAMED = "name: {en: n, zh: n}\nsummary: {en: s, zh: s}\n";

    /** kind, file content, the loader's error code or null when the file is valid. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Accepted by both: scalars are read as written.
                ok("model", MODEL_HEAD + "released: 2022\n"),
                ok("model", MODEL_HEAD + "released: 2022-04/2022-07\n"),
                ok("model", MODEL_HEAD + "released: \"2022-11-30\"\n"),
                ok("model", "name: 2022\norganization: true\nsummary: {en: s, zh: 5}\n"),
                ok("model", MODEL_HEAD + "parameters: 1.3B\ncontext_window: 8192\n"),
                ok("model", MODEL_HEAD + "capabilities:\n  - {capability: c, change: \"--\"}\n"),
                ok("model", MODEL_HEAD + "capabilities:\n  - {capability: c, change: ++}\n"),
                ok("model", MODEL_HEAD + "aliases:\nfamily:\n"),
                ok("source", SOURCE_HEAD + "arxiv: 2107.03374\n"),
                ok(
                        "source",
                        SOURCE_HEAD
                                + "url: https://x.org/\nauthors: [A]\nauthors_truncated: true\n"),
                ok("source", SOURCE_HEAD + "url: https://x.org/\nauthors_truncated: false\n"),
                ok(
                        "model",
                        MODEL_HEAD
                                + "released: 2022-03\nreleased_source: s\n"
                                + "released_estimate: {date: 2022-04/2022-07, source: e}\n"),
                ok("model", MODEL_HEAD + "released_estimate: {date: 2022, source: e, note: n}\n"),
                ok("source", SOURCE_HEAD + "doi: 10.1000/xyz123\nvenue:\nmonth: 7\n"),
                ok("capability", NAMED + "sources: [2107.03374, cot-paper]\n"),
                ok("claim", CLAIM_HEAD + "about: {families: [gpt-3.5]}\n"),
                ok("term", "term: {en: t, zh: t}\ndefinition: {en: d, zh: d}\nsee_also: {}\n"),
                ok("site", SITE + "version: 2026.1\nreleased: 2026-11-26\neditors: [A, B]\n"),
                // Rejected by both.
                bad("model", MODEL_HEAD + "releasd: 2022\n", "unknown-key"),
                bad("model", "- name: m\n", "wrong-type"),
                bad("model", "organization: OpenAI\nsummary: {en: s}\n", "missing-field"),
                bad("model", "name:\norganization: OpenAI\nsummary: s\n", "missing-field"),
                bad("model", MODEL_HEAD.replace("{en: s, zh: s}", "{}"), "empty-value"),
                bad("model", MODEL_HEAD.replace("{en: s, zh: s}", "{en: \" \"}"), "empty-value"),
                bad("model", MODEL_HEAD.replace("{en: s, zh: s}", "{EN: s}"), "unknown-language"),
                bad("model", MODEL_HEAD + "released: 2022-13\n", "bad-date"),
                bad("model", MODEL_HEAD + "released: 22-11\n", "bad-date"),
                bad("model", MODEL_HEAD + "parameters: 175 billion\n", "bad-value"),
                bad("model", MODEL_HEAD + "context_window: \"8192\"\n", "wrong-type"),
                bad("model", MODEL_HEAD + "context_window: 0\n", "out-of-range"),
                bad("model", MODEL_HEAD + "access: public\n", "bad-value"),
                bad("model", MODEL_HEAD + "aliases: Codex\n", "wrong-type"),
                bad("model", MODEL_HEAD + "family: GPT-3.5\n", "bad-id"),
                bad("model", MODEL_HEAD + "sources: [a--b]\n", "bad-id"),
                bad("model", MODEL_HEAD + "parents:\n  - {model: a, method: b}\n", "missing-field"),
                bad(
                        "model",
                        MODEL_HEAD + "parents:\n  - {model: a, method: b, confidence: likely}\n",
                        "bad-value"),
                bad(
                        "model",
                        MODEL_HEAD
                                + "parents:\n  - {model: a, method: b, confidence: hypothesis, by: x}\n",
                        "unknown-key"),
                bad(
                        "model",
                        MODEL_HEAD + "capabilities:\n  - {capability: c, change: \"+++\"}\n",
                        "bad-value"),
                bad("claim", "statement: {en: s, zh: s}\nabout: {models: [m]}\n", "missing-field"),
                bad("claim", CLAIM_HEAD + "about: {}\n", "missing-field"),
                bad("claim", CLAIM_HEAD + "about: {models: []}\n", "missing-field"),
                bad("claim", CLAIM_HEAD + "about: {people: [x]}\n", "unknown-key"),
                bad(
                        "claim",
                        CLAIM_HEAD
                                + "about: {models: [m]}\nevidence:\n  - {stance: agrees, note: n}\n",
                        "bad-value"),
                bad(
                        "claim",
                        CLAIM_HEAD + "about: {models: [m]}\nevidence:\n  - {stance: supports}\n",
                        "missing-field"),
                bad(
                        "claim",
                        CLAIM_HEAD
                                + "about: {models: [m]}\ncorrections:\n  - {before: b, after: a}\n",
                        "missing-field"),
                bad("source", SOURCE_HEAD, "missing-field"),
                bad(
                        "source",
                        SOURCE_HEAD + "url: https://x.org/\nauthors_truncated: true\n",
                        "missing-field"),
                bad(
                        "source",
                        SOURCE_HEAD
                                + "url: https://x.org/\nauthors: [A]\nauthors_truncated: \"true\"\n",
                        "wrong-type"),
                bad("model", MODEL_HEAD + "released_source: s\n", "missing-field"),
                bad("model", MODEL_HEAD + "released_estimate: {date: 2022}\n", "missing-field"),
                bad(
                        "model",
                        MODEL_HEAD + "released_estimate: {date: 2022, source: e, by: x}\n",
                        "unknown-key"),
                bad("model", MODEL_HEAD + "released_estimate: 2022\n", "wrong-type"),
                bad("source", SOURCE_HEAD + "url: www.example.org\n", "bad-value"),
                bad("source", SOURCE_HEAD + "arxiv: \"arXiv:2107.03374\"\n", "bad-value"),
                bad("source", SOURCE_HEAD + "doi: doi.org/10.1/x\n", "bad-value"),
                bad(
                        "source",
                        SOURCE_HEAD + "url: https://x.org/\nauthors: [A, et al.]\n",
                        "bad-value"),
                bad(
                        "source",
                        SOURCE_HEAD.replace("paper", "book") + "url: https://x.org/\n",
                        "bad-value"),
                bad(
                        "source",
                        SOURCE_HEAD.replace("2021", "\"2021\"") + "url: https://x.org/\n",
                        "wrong-type"),
                bad("source", SOURCE_HEAD + "url: https://x.org/\nmonth: 13\n", "out-of-range"),
                bad("family", NAMED + "sources: [x]\n", "unknown-key"),
                bad("term", "term: {en: t, zh: t}\n", "missing-field"),
                bad("term", "term: t\ndefinition: d\nsee_also: {glossary: [x]}\n", "unknown-key"),
                bad(
                        "site",
                        SITE.replace("https://example.org/", "https://example.org/?x"),
                        "bad-value"),
                bad("site", SITE.replace("[en, zh]", "[en, en]"), "duplicate-value"),
                bad("site", SITE.replace("[en, zh]", "[EN]"), "bad-value"),
                bad("site", SITE + "repository: github.com/x/y\n", "bad-value"));
    }

    private static Arguments ok(String kind, String yaml) {
        return Arguments.of(kind, yaml, null);
    }

    private static Arguments bad(String kind, String yaml, String code) {
        return Arguments.of(kind, yaml, code);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void schemaAcceptsExactlyWhatTheLoaderAccepts(
            String kind, String yaml, String code, @TempDir Path root) throws IOException {
        List<Diagnostic> loaderErrors = load(root, kind, yaml);
        List<String> schemaErrors = ContentSchemas.validate(kind, yaml);
        if (code == null) {
            assertEquals(List.of(), loaderErrors, "the loader accepts");
            assertEquals(List.of(), schemaErrors, "the schema accepts");
        } else {
            assertTrue(
                    loaderErrors.stream().anyMatch(d -> d.code().equals(code)),
                    "the loader reports " + code + ": " + loaderErrors);
            assertTrue(!schemaErrors.isEmpty(), "the schema rejects it too");
        }
    }

    /** Loads a tree holding the case's file (and a valid site.yaml); returns the errors. */
    private static List<Diagnostic> load(Path root, String kind, String yaml) throws IOException {
        Files.writeString(root.resolve("site.yaml"), kind.equals("site") ? yaml : SITE);
        if (!kind.equals("site")) {
            String dir = Kind.bySingular(kind).orElseThrow().dir();
            Files.createDirectories(root.resolve(dir));
            Files.writeString(root.resolve(dir + "/case.yaml"), yaml, StandardCharsets.UTF_8);
        }
        Diagnostics diags = new Diagnostics();
        ContentLoader.load(root, "content/", diags);
        return diags.sorted().stream().filter(Diagnostic::isError).toList();
    }

    /** What only the checker can see: the schema accepts these files, the loader does not. */
    static Stream<Arguments> gaps() {
        return Stream.of(
                Arguments.of("model", MODEL_HEAD + "released: 2023-02-30\n", "bad-date"),
                Arguments.of("model", MODEL_HEAD + "released: 2022-07/2022-04\n", "bad-date"),
                Arguments.of(
                        "model",
                        MODEL_HEAD.replace("{en: s, zh: s}", "{en: s, fr: s}"),
                        "unknown-language"),
                Arguments.of("model", MODEL_HEAD + "api_name: a\napi_name: b\n", "duplicate-key"),
                Arguments.of(
                        "model", MODEL_HEAD + "api_name: &n a\naliases: [*n]\n", "yaml-anchor"),
                Arguments.of("model", MODEL_HEAD + "api_name: !!str a\n", "yaml-tag"));
    }

    @ParameterizedTest
    @MethodSource("gaps")
    void checkerCatchesWhatNoSchemaCanSee(String kind, String yaml, String code, @TempDir Path root)
            throws IOException {
        assertEquals(List.of(), ContentSchemas.validate(kind, yaml), "the schema cannot see it");
        assertTrue(
                load(root, kind, yaml).stream().anyMatch(d -> d.code().equals(code)),
                "the checker reports " + code);
    }
}
