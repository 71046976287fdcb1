package org.lineage.render;

import org.lineage.model.Kind;
import org.lineage.model.SitePaths;

/**
 * One page of the site, independent of language: what it shows, where it lives and which template
 * draws it. A new kind of page (the tree, the matrix, search) is one more record here, one more
 * view and one more template.
 */
public sealed interface PageKey {
    /** The page's path in {@code lang}, relative to the site root. */
    String path(String lang);

    /**
     * The template, without {@code .html}; {@code null} for the pages that only send the reader
     * elsewhere, which {@link Views#redirect} writes.
     */
    String template();

    /** False for the pages that exist once, in the default language (root, 404). */
    default boolean localized() {
        return true;
    }

    /** The section of the main navigation the page belongs to, or null. */
    default String section() {
        return null;
    }

    /** The home page of one language. */
    record Home() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.home(lang);
        }

        @Override
        public String template() {
            return "home";
        }

        @Override
        public String section() {
            return "home";
        }
    }

    /** The index of one kind. */
    record Index(Kind kind) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.index(lang, kind);
        }

        @Override
        public String template() {
            return "index";
        }

        @Override
        public String section() {
            return kind.dir();
        }
    }

    /** The page of one entity (not a term or free page). */
    record Entity(Kind kind, String id) implements PageKey {
        public Entity {
            if (kind == Kind.TERM || kind == Kind.PAGE) {
                throw new IllegalArgumentException(kind + " has no entity page");
            }
        }

        @Override
        public String path(String lang) {
            return SitePaths.entity(lang, kind, id);
        }

        @Override
        public String template() {
            return kind.singular();
        }

        @Override
        public String section() {
            return kind.dir();
        }
    }

    /** The glossary: every term, both languages side by side. */
    record Glossary() implements PageKey {
        @Override
        public String path(String lang) {
            return lang + "/glossary/";
        }

        @Override
        public String template() {
            return "glossary";
        }

        @Override
        public String section() {
            return "glossary";
        }
    }

    /** A free page from {@code pages/}. */
    record Free(String slug) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.entity(lang, Kind.PAGE, slug);
        }

        @Override
        public String template() {
            return "page";
        }
    }

    /** The old URL of a renamed entity, leading to its page. */
    record Redirect(Kind kind, String from, String to) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.entity(lang, kind, from);
        }

        @Override
        public String template() {
            return null;
        }
    }

    /** {@code /}: leads to the default language without JavaScript. */
    record Root() implements PageKey {
        @Override
        public String path(String lang) {
            return "";
        }

        @Override
        public String template() {
            return "root";
        }

        @Override
        public boolean localized() {
            return false;
        }
    }

    /** {@code /404.html}, in every language at once (a server shows it at any missing URL). */
    record NotFound() implements PageKey {
        @Override
        public String path(String lang) {
            return "404.html";
        }

        @Override
        public String template() {
            return "404";
        }

        @Override
        public boolean localized() {
            return false;
        }
    }

    /** {@code /<lang>/tree/}: the whole evolution tree, or the families when it is too big. */
    record Tree() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.tree(lang);
        }

        @Override
        public String template() {
            return "tree";
        }

        @Override
        public String section() {
            return "tree";
        }
    }

    /** {@code /<lang>/tree/<family>/}: one family's evolution tree. */
    record FamilyTree(String family) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.familyTree(lang, family);
        }

        @Override
        public String template() {
            return "tree";
        }

        @Override
        public String section() {
            return "tree";
        }
    }

    /** {@code /<lang>/summary/}: the main story stage by stage, grouped by series. */
    record Summary() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.summary(lang);
        }

        @Override
        public String template() {
            return "summary";
        }

        @Override
        public String section() {
            return "summary";
        }
    }

    /** {@code /<lang>/matrix/}: capabilities by models, or the families when it is too big. */
    record Matrix() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.matrix(lang);
        }

        @Override
        public String template() {
            return "matrix";
        }

        @Override
        public String section() {
            return "matrix";
        }
    }

    /** {@code /<lang>/matrix/<family>/}: one family's part of a matrix too big for one page. */
    record FamilyMatrix(String family) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.familyMatrix(lang, family);
        }

        @Override
        public String template() {
            return "matrix";
        }

        @Override
        public String section() {
            return "matrix";
        }
    }

    /** {@code /<lang>/search/}: searches the language's index in the browser. */
    record Search() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.search(lang);
        }

        @Override
        public String template() {
            return "search";
        }

        @Override
        public String section() {
            return "search";
        }
    }

    /** {@code /<lang>/translations/}: what is left to translate, in every language. */
    record Translations() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.translations(lang);
        }

        @Override
        public String template() {
            return "translations";
        }
    }

    /**
     * {@code /<lang>/compare/<a>/<b>/}: two models side by side, {@code a} before {@code b} by id.
     */
    record Compare(String a, String b) implements PageKey {
        public Compare {
            if (a.compareTo(b) >= 0) {
                throw new IllegalArgumentException("not in canonical order: " + a + ", " + b);
            }
        }

        @Override
        public String path(String lang) {
            return SitePaths.compare(lang, a, b);
        }

        @Override
        public String template() {
            return "compare";
        }

        @Override
        public String section() {
            return "compare";
        }
    }

    /** {@code /<lang>/compare/<b>/<a>/}: the other order of a comparison, leading to it. */
    record CompareSwapped(String a, String b) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.compare(lang, b, a);
        }

        @Override
        public String template() {
            return null;
        }
    }

    /** {@code /<lang>/compare/}: compares any two models in the browser; lists the pages. */
    record ComparePicker() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.comparePicker(lang);
        }

        @Override
        public String template() {
            return "compare-picker";
        }

        @Override
        public String section() {
            return "compare";
        }
    }

    /** {@code /<lang>/timeline/}: every dated event, by year. */
    record Timeline() implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.timeline(lang);
        }

        @Override
        public String template() {
            return "timeline";
        }

        @Override
        public String section() {
            return "timeline";
        }
    }

    /** {@code /<lang>/tree/as-of/<year>/}: the tree and the claims at the end of {@code year}. */
    record AsOf(int year) implements PageKey {
        @Override
        public String path(String lang) {
            return SitePaths.asOf(lang, year);
        }

        @Override
        public String template() {
            return "as-of";
        }

        @Override
        public String section() {
            return "tree";
        }
    }
}
