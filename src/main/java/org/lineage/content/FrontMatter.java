package org.lineage.content;

import java.util.List;
import java.util.Optional;
import org.lineage.content.YNode.YScalar;
import org.lineage.diag.Diagnostics;
import org.lineage.model.Body;
import org.lineage.model.TranslatedFrom;

/**
 * Splits a Markdown file into its YAML front matter and its Markdown. A free page must begin with
 * one holding its {@code title}; an entity body may begin with one holding only {@code
 * translated_from}. Either may say which other-language version it was translated from.
 */
final class FrontMatter {
    static final String TRANSLATED_FROM = "translated_from";

    private FrontMatter() {}

    /** A page body and its title. */
    record Parsed(Body body, String title) {}

    /** The block's YAML and where the Markdown after it starts. */
    private record Split(String yaml, int bodyLine, String markdown) {}

    static Optional<Parsed> page(
            ContentFile file, String lang, List<String> languages, Diagnostics diags) {
        if (!file.text().startsWith("---\n")) {
            diags.error(
                    "missing-front-matter",
                    file.pos(1, 1),
                    "a page starts with a front matter block giving its title",
                    "begin the file with three lines: '---', 'title: ...', '---'");
            return Optional.empty();
        }
        Optional<Split> split = split(file, diags);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<Fields> fields =
                fields(file, split.get(), List.of("title", TRANSLATED_FROM), diags);
        Optional<String> title = fields.flatMap(f -> f.string("title", true));
        Optional<TranslatedFrom> from =
                fields.flatMap(f -> translatedFrom(f, lang, languages, diags));
        return title.map(
                t ->
                        new Parsed(
                                new Body(
                                        lang,
                                        split.get().markdown(),
                                        file.pos(split.get().bodyLine(), 1),
                                        from),
                                t));
    }

    /** An entity body: its whole text, or the Markdown after an optional front matter. */
    static Optional<Body> body(
            ContentFile file, String lang, List<String> languages, Diagnostics diags) {
        if (!file.text().startsWith("---\n")) {
            return Optional.of(new Body(lang, file.text(), file.pos(1, 1)));
        }
        Optional<Split> split = split(file, diags);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<TranslatedFrom> from =
                fields(file, split.get(), List.of(TRANSLATED_FROM), diags)
                        .flatMap(f -> translatedFrom(f, lang, languages, diags));
        return Optional.of(
                new Body(lang, split.get().markdown(), file.pos(split.get().bodyLine(), 1), from));
    }

    private static Optional<Split> split(ContentFile file, Diagnostics diags) {
        String text = file.text();
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            diags.error(
                    "missing-front-matter",
                    file.pos(1, 1),
                    "the front matter block is not closed",
                    "add a line '---' after the block");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        int bodyLine = 1 + 1 + yamlLines + 1;
        String markdown = end + 5 <= text.length() ? text.substring(end + 5) : "";
        return Optional.of(new Split(yaml, bodyLine, markdown));
    }

    private static Optional<Fields> fields(
            ContentFile file, Split split, List<String> keys, Diagnostics diags) {
        String yaml = split.yaml();
        return YamlTree.parse(file, yaml.isBlank() ? "{}" : yaml, 1, diags)
                .flatMap(n -> Fields.of(n, "the front matter", keys, List.of(), diags));
    }

    private static Optional<TranslatedFrom> translatedFrom(
            Fields f, String lang, List<String> languages, Diagnostics diags) {
        Optional<YNode> node = f.node(TRANSLATED_FROM);
        Optional<String> value = f.string(TRANSLATED_FROM, false);
        if (value.isEmpty() || node.isEmpty()) {
            return Optional.empty();
        }
        YScalar at = (YScalar) node.get();
        var m = TranslatedFrom.SYNTAX.matcher(value.get().trim());
        if (!m.matches()) {
            diags.error(
                    "bad-value",
                    at.pos(),
                    "'" + value.get() + "' is not a valid translated_from",
                    "write the language and digest of the body you translated, e.g. '"
                            + languages.stream()
                                    .filter(l -> !l.equals(lang))
                                    .findFirst()
                                    .orElse("en")
                            + ":3f2a9c1e07b4'; the stale-translation warning prints it");
            return Optional.empty();
        }
        String from = m.group(1);
        if (from.equals(lang) || !languages.contains(from)) {
            diags.error(
                    "unknown-language",
                    at.pos(),
                    "'" + from + "' in translated_from is not another language of the site",
                    "name the language of the body you translated: one of "
                            + String.join(
                                    ", ",
                                    languages.stream().filter(l -> !l.equals(lang)).toList()));
            return Optional.empty();
        }
        return Optional.of(new TranslatedFrom(from, m.group(2), at.pos()));
    }
}
