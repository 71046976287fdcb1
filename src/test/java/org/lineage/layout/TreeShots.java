package org.lineage.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.markdown.MarkdownEngine;

/**
 * Writes the trees of a content tree as standalone HTML files for looking at them in a browser: the
 * whole tree, the GPT-3.5 family, the code-davinci-002 neighbourhood and the in-context learning
 * trace, in both languages.
 *
 * <p>Usage: {@code TreeShots CONTENT_DIR OUT_DIR}.
 */
public final class TreeShots {
    private TreeShots() {}

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        Path out = Path.of(args.length > 1 ? args[1] : "target/tree-shots");
        CheckResult r = new Checker(new MarkdownEngine()).run(content, "content/");
        String direction = System.getProperty("direction");
        EvolutionTree trees =
                direction == null
                        ? new EvolutionTree(r.kb())
                        : new EvolutionTree(r.kb(), TreeLayout.Direction.valueOf(direction));
        Files.createDirectories(out);
        for (String lang : r.kb().site().languages()) {
            record Shot(String name, TreeView view, String title) {}
            List<Shot> shots =
                    List.of(
                            new Shot(
                                    "whole",
                                    TreeViews.whole(r.kb(), r.graph()).withoutAnalogues(),
                                    "Whole tree"),
                            new Shot(
                                    "family-gpt-3.5",
                                    TreeViews.family(r.kb(), r.graph(), "gpt-3.5"),
                                    "GPT-3.5 family"),
                            new Shot(
                                    "neighbourhood-code-davinci-002",
                                    TreeViews.withAnalogueModels(
                                            r.kb(),
                                            r.graph(),
                                            TreeViews.neighbourhood(
                                                    r.kb(), r.graph(), "code-davinci-002"),
                                            List.of("code-davinci-002")),
                                    "code-davinci-002"),
                            new Shot(
                                    "trace-in-context-learning",
                                    TreeViews.whole(r.kb(), r.graph())
                                            .withoutAnalogues()
                                            .tracing(r.graph(), "in-context-learning"),
                                    "In-context learning"));
            for (Shot s : shots) {
                TreeLabels labels =
                        TreeLabels.of(r.kb(), lang, id -> "../models/" + id + "/", s.title());
                String svg = trees.svg(s.view(), labels);
                String html =
                        "<!doctype html><html lang=\""
                                + lang
                                + "\"><meta charset=\"utf-8\"><title>"
                                + s.title()
                                + "</title><style>body{margin:8px;font-family:sans-serif}"
                                + "</style><body>"
                                + svg
                                + "</body></html>";
                Files.writeString(
                        out.resolve(s.name() + "." + lang + ".html"), html, StandardCharsets.UTF_8);
            }
        }
    }
}
