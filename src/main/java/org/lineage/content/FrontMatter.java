package org.lineage.content;

import java.util.List;
import java.util.Optional;
import org.lineage.diag.Diagnostics;
import org.lineage.model.Body;

/** Splits a free page into its YAML front matter (only {@code title:}) and its Markdown. */
final class FrontMatter {
    private FrontMatter() {}

    /** A page body and its title. */
    record Parsed(Body body, String title) {}

    static Optional<Parsed> page(ContentFile file, String lang, Diagnostics diags) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            diags.error(
                    "missing-front-matter",
                    file.pos(1, 1),
                    "a page starts with a front matter block giving its title",
                    "begin the file with three lines: '---', 'title: ...', '---'");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            diags.error(
                    "missing-front-matter",
                    file.pos(1, 1),
                    "the front matter block is not closed",
                    "add a line '---' after the title");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        int bodyLine = 1 + 1 + yamlLines + 1;
        String markdown = end + 5 <= text.length() ? text.substring(end + 5) : "";
        Optional<String> title =
                YamlTree.parse(file, yaml.isBlank() ? "{}" : yaml, 1, diags)
                        .flatMap(
                                n ->
                                        Fields.of(
                                                n,
                                                "the front matter",
                                                List.of("title"),
                                                List.of(lang),
                                                diags))
                        .flatMap(f -> f.string("title", true));
        return title.map(t -> new Parsed(new Body(lang, markdown, file.pos(bodyLine, 1)), t));
    }
}
