package org.lineage.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.model.DateSpec;
import org.lineage.model.Edition;
import org.lineage.model.SiteConfig;
import org.lineage.model.Text;

/** Reads {@code site.yaml}; on any problem it reports and returns a usable placeholder. */
final class SiteReader {
    static final List<String> KEYS =
            List.of(
                    "title",
                    "description",
                    "base_url",
                    "languages",
                    "license",
                    "repository",
                    "editors",
                    "version",
                    "released",
                    "editions");
    static final List<String> EDITION_KEYS = List.of("version", "released", "commit");
    private static final List<String> DEFAULT_LANGUAGES = List.of("en", "zh");

    private SiteReader() {}

    static SiteConfig placeholder(String displayRoot) {
        return new SiteConfig(
                SourcePos.file(displayRoot + "site.yaml"),
                Text.neutral("Lineage"),
                Text.neutral(""),
                "https://example.org/",
                DEFAULT_LANGUAGES,
                "CC-BY-4.0",
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    static SiteConfig read(Path file, String displayRoot, Diagnostics diags) {
        String display = displayRoot + "site.yaml";
        if (!Files.isRegularFile(file)) {
            diags.error(
                    "missing-site",
                    SourcePos.file(display),
                    "site.yaml not found",
                    "create site.yaml with title, base_url and languages");
            return placeholder(displayRoot);
        }
        Optional<ContentFile> cf = StrictReader.read(file, display, "site.yaml", diags);
        cf.ifPresent(c -> Placeholders.scan(c, diags));
        Optional<YNode> root = cf.flatMap(c -> YamlTree.parse(c, diags));
        if (root.isEmpty()) {
            return placeholder(displayRoot);
        }
        // Languages first: every text in this file is checked against them. Problems found twice
        // (unknown keys) are reported once: the collector drops exact duplicates.
        List<String> languages =
                Fields.of(root.get(), "site.yaml", KEYS, DEFAULT_LANGUAGES, diags)
                        .map(f -> languages(f, diags))
                        .orElse(DEFAULT_LANGUAGES);
        Optional<Fields> fields = Fields.of(root.get(), "site.yaml", KEYS, languages, diags);
        if (fields.isEmpty()) {
            return placeholder(displayRoot);
        }
        Fields f = fields.get();
        Optional<String> baseUrl = f.string("base_url", true);
        String base = "https://example.org/";
        if (baseUrl.isPresent()) {
            if (!baseUrl.get().matches("https?://[^\\s/]+(/[^\\s?#]*)?")) {
                diags.error(
                        "bad-value",
                        f.node("base_url").get().pos(),
                        "base_url must be an absolute http(s) URL without query or fragment",
                        "e.g. https://example.org/lineage/");
            } else {
                base = baseUrl.get().endsWith("/") ? baseUrl.get() : baseUrl.get() + "/";
            }
        }
        Optional<String> repo = f.string("repository", false);
        repo.filter(r -> !r.matches("https?://\\S+"))
                .ifPresent(
                        r ->
                                diags.error(
                                        "bad-value",
                                        f.node("repository").get().pos(),
                                        "repository must be an http(s) URL",
                                        "e.g. https://github.com/OWNER/REPO"));
        return new SiteConfig(
                f.pos(),
                f.text("title", true, true).orElse(Text.neutral("Lineage")),
                f.text("description", false, true).orElse(Text.neutral("")),
                base,
                languages,
                f.string("license", false).orElse("CC-BY-4.0"),
                repo.filter(r -> r.matches("https?://\\S+")),
                f.strings("editors"),
                f.string("version", false),
                f.date("released", false),
                editions(f, diags));
    }

    /** The past editions, each with a version fit for a URL, a date and a commit. */
    private static List<Edition> editions(Fields f, Diagnostics diags) {
        List<Edition> out =
                f.objects(
                        "editions",
                        "a past edition",
                        EDITION_KEYS,
                        e -> {
                            Optional<String> version = e.string("version", true);
                            Optional<DateSpec> released = e.date("released", true);
                            Optional<String> commit = e.string("commit", true);
                            if (version.isEmpty() || released.isEmpty() || commit.isEmpty()) {
                                return Optional.empty();
                            }
                            if (!version.get().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
                                diags.error(
                                        "bad-value",
                                        e.node("version").get().pos(),
                                        "an edition's version names its folder /v/<version>/:"
                                                + " letters, digits, '.', '_' and '-' only",
                                        "e.g. version: \"2026.1\"");
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Edition(
                                            version.get(), released.get(), commit.get(), e.pos()));
                        });
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Edition e : out) {
            if (!seen.add(e.version())) {
                diags.error(
                        "duplicate-edition",
                        e.pos(),
                        "two past editions are named " + e.version(),
                        "give each edition its own version");
            }
        }
        return out;
    }

    private static List<String> languages(Fields f, Diagnostics diags) {
        List<YNode.YScalar> items = f.scalars("languages");
        if (f.node("languages").isEmpty()) {
            f.missing("languages");
            return DEFAULT_LANGUAGES;
        }
        if (items.isEmpty() && f.node("languages").get() instanceof YNode.YSeq seq) {
            diags.error(
                    "empty-value",
                    seq.pos(),
                    "'languages' lists no language",
                    "list the site languages, default first, e.g. [en, zh]");
        }
        List<String> out = new java.util.ArrayList<>();
        for (YNode.YScalar s : items) {
            if (!s.value().matches("[a-z]{2,3}")) {
                diags.error(
                        "bad-value",
                        s.pos(),
                        "'" + s.value() + "' is not a language code",
                        "use a two- or three-letter code such as en or zh");
            } else if (out.contains(s.value())) {
                diags.error(
                        "duplicate-value",
                        s.pos(),
                        "language '" + s.value() + "' is listed twice",
                        "");
            } else {
                out.add(s.value());
            }
        }
        return out.isEmpty() ? DEFAULT_LANGUAGES : out;
    }
}
