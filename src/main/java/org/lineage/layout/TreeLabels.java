package org.lineage.layout;

import java.util.Objects;
import java.util.function.Function;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;

/**
 * What a page tells the tree: its language, where each model links to, the method labels, the UI
 * strings, and the tree's title and description.
 *
 * @param lang the page language; content text falls back to the site's default language
 * @param fallback the site's default language
 * @param href model id to the URL of its page, relative to the page the tree is on
 * @param methodLabel method id to its label in {@code lang}
 * @param strings the tree's own words in {@code lang}
 * @param idPrefix prefix of every {@code id} in the SVG, unique on its page
 * @param title the accessible title (also a tooltip)
 * @param description the accessible description; a sentence counting models and edges follows it
 * @param legend whether to draw the legend under the tree (a page may draw its own)
 */
public record TreeLabels(
        String lang,
        String fallback,
        Function<String, String> href,
        Function<String, String> methodLabel,
        TreeStrings strings,
        String idPrefix,
        String title,
        String description,
        boolean legend) {

    public TreeLabels {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(methodLabel, "methodLabel");
        Objects.requireNonNull(strings, "strings");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("idPrefix must be an XML name: '" + idPrefix + "'");
        }
    }

    /**
     * Labels for a page in {@code lang}: method names from the knowledge base, built-in strings, id
     * prefix {@code tree}, a legend.
     */
    public static TreeLabels of(
            KnowledgeBase kb, String lang, Function<String, String> href, String title) {
        String fallback = kb.site().defaultLanguage();
        Function<String, String> methods =
                id -> {
                    Method m = kb.methods().get(id);
                    return m == null ? id : m.name().in(lang, fallback);
                };
        return new TreeLabels(
                lang, fallback, href, methods, TreeStrings.defaults(lang), "tree", title, "", true);
    }

    public TreeLabels withIdPrefix(String prefix) {
        return new TreeLabels(
                lang, fallback, href, methodLabel, strings, prefix, title, description, legend);
    }

    public TreeLabels withDescription(String text) {
        return new TreeLabels(
                lang, fallback, href, methodLabel, strings, idPrefix, title, text, legend);
    }

    public TreeLabels withStrings(TreeStrings s) {
        return new TreeLabels(
                lang, fallback, href, methodLabel, s, idPrefix, title, description, legend);
    }

    public TreeLabels withMethodLabels(Function<String, String> labels) {
        return new TreeLabels(
                lang, fallback, href, labels, strings, idPrefix, title, description, legend);
    }

    public TreeLabels withLegend(boolean on) {
        return new TreeLabels(
                lang, fallback, href, methodLabel, strings, idPrefix, title, description, on);
    }
}
