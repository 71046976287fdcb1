package org.lineage.render;

import java.util.List;
import org.lineage.html.Html;
import org.lineage.render.Parts.Extras;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Str;

/**
 * The view of each kind of page; templates see one of these as {@code page}. Lists, tables, links
 * and drawings arrive written, as {@link Html}; the templates hold the skeleton, the headings and
 * the words of the interface.
 */
public final class PageViews {
    private PageViews() {}

    /** What every page view has: a title for the heading and {@code <title>}, and a summary. */
    public sealed interface PageView {
        Str title();

        /** One sentence for the meta description, or null for the site's description. */
        Str summary();
    }

    /**
     * The summary under a page's heading: empty when there is none or it only repeats the title.
     */
    static Html lead(Str title, Str summary) {
        return summary == null || summary.text().equals(title.text())
                ? Html.EMPTY
                : Fragments.str(summary);
    }

    /** A number of entities of one kind, linking to their index. */
    public record Count(Link link, int count) {}

    public record Home(
            Str title,
            Str summary,
            Html lead,
            List<Count> counts,
            Html families,
            Html capabilities,
            Html openQuestions,
            Html pages,
            Html ways,
            List<Link> downloads,
            Html figure)
            implements PageView {}

    public record Index(Str title, Str summary, String intro, List<String> headers, Html rows)
            implements PageView {}

    public record Model(
            Str title,
            Str summary,
            Html lead,
            Html facts,
            Html parents,
            Html children,
            Html glance,
            Html claims,
            Html analogues,
            Html analogueOf,
            Html body,
            Extras extras,
            Html tree,
            Html traces,
            String tracesRest,
            Html toc,
            Html compare,
            boolean relatedBeside)
            implements PageView {}

    public record Capability(
            Str title,
            Str summary,
            Html lead,
            Html changes,
            Html holders,
            Html claims,
            Html body,
            Extras extras,
            Html tree)
            implements PageView {}

    public record Method(
            Str title, Str summary, Html lead, Html edges, Html claims, Html body, Extras extras)
            implements PageView {}

    public record Claim(
            Str title,
            Str summary,
            Html status,
            Html evidence,
            Html corrections,
            Html about,
            Html edges,
            Html changes,
            Html body,
            Extras extras)
            implements PageView {}

    public record Source(
            Str title,
            Str summary,
            String type,
            String authors,
            String date,
            String venue,
            Html links,
            Html citedBy,
            Html body,
            Extras extras)
            implements PageView {}

    public record Family(
            Str title,
            Str summary,
            Html lead,
            Html models,
            Html claims,
            Html body,
            Extras extras,
            Html tree,
            Html figure)
            implements PageView {}

    /** A term in one language. */
    public record TermText(String lang, String term, String definition, boolean missing) {}

    /** A glossary entry: the term's anchor, its text in every language, where to read more. */
    public record Term(String id, List<TermText> texts, Html seeAlso, Html body) {}

    public record Glossary(Str title, Str summary, List<Term> terms) implements PageView {}

    public record Free(Str title, Str summary, Html body, Extras extras) implements PageView {}

    /** An old URL: where the page is now. */
    public record Redirect(Str title, Str summary, Link target) implements PageView {}

    /**
     * The search page: where the script finds the site root, the index and its labels (JSON), and
     * the indexes to browse instead when JavaScript is off.
     */
    public record Search(
            Str title,
            Str summary,
            String root,
            String index,
            String labels,
            String script,
            Html browse)
            implements PageView {}

    /** The site root: the language to go to, and every language offered. */
    public record Root(Str title, Str summary, Link target, List<Link> languages)
            implements PageView {}

    /** The not-found message in one language. */
    public record NotFoundText(String htmlLang, String heading, String message, Link home) {}

    public record NotFound(Str title, Str summary, List<NotFoundText> texts) implements PageView {}

    /**
     * The whole evolution tree or one family's.
     *
     * @param figure the drawing, or empty when there is none (too big, or no model)
     * @param note why there is no drawing, or null
     * @param families the family trees' table, with their sizes and where their models come from
     * @param unaffiliated a sentence counting the models in no family, or null
     * @param familiesFirst true when the families come before a drawing too big to take in first
     * @param related links to the pages around (the family's page, the whole tree)
     */
    public record Tree(
            Str title,
            Str summary,
            Html lead,
            Html figure,
            String note,
            Html families,
            String unaffiliated,
            boolean familiesFirst,
            Html related)
            implements PageView {}

    /**
     * The summary table of the main story.
     *
     * @param groups one {@code <tbody>} per series, its heading row first
     * @param downloads the table's data files
     */
    public record Summary(Str title, Str summary, Html lead, Html groups, List<Link> downloads)
            implements PageView {}

    /** One table of the capability matrix, its header cells and rows written. */
    public record MatrixTable(String id, String caption, Html models, Html rows, String note) {}

    /**
     * The capability matrix, or one family's part of it.
     *
     * @param legend every state with its symbol and meaning
     * @param families the families' matrix pages when the matrix is split
     */
    public record Matrix(
            Str title,
            Str summary,
            Html lead,
            List<MatrixTable> tables,
            List<Parts.Mark> legend,
            Html families,
            Html related)
            implements PageView {}

    /**
     * What is left to translate: how complete each language is, then the work for each language.
     *
     * @see TranslationViews
     */
    public record Translations(
            Str title,
            Str summary,
            List<TranslationViews.Progress> progress,
            List<TranslationViews.Work> work)
            implements PageView {}

    /**
     * Two models side by side ({@link CompareViews}).
     *
     * @param common the sentence naming the nearest common ancestor
     * @param tree the small tree from it down to both
     * @param facts the rows of the facts table
     * @param capabilities the rows of the capabilities table (empty when the two differ in none)
     * @param capabilityLists the differences beyond the table's rows and the abilities held alike,
     *     a paragraph each, below the table
     * @param pathA the steps from the common ancestor down to {@code a} (empty when there is none,
     *     as {@code pathB})
     * @param claims the claims about either model
     */
    public record Compare(
            Str title,
            Str summary,
            Html lead,
            Link a,
            Link b,
            Html common,
            Html tree,
            Html facts,
            Html capabilities,
            Html capabilityLists,
            Html pathA,
            Html pathB,
            Html claims,
            Html related)
            implements PageView {}

    /**
     * The page that compares any two models in the browser.
     *
     * @param root the site root, relative to the page, for the script's fetches
     * @param fallback the default language, for texts the page's language lacks
     * @param labels the script's words, as JSON
     * @param options the models to choose from, or empty when there are too many to list
     * @param pairs the pre-rendered comparisons, or empty when there are too many to list
     * @param pairsNote why the pairs are not listed, or null
     * @param models the models' index, where each model's page lists its comparisons
     */
    public record ComparePicker(
            Str title,
            Str summary,
            Html lead,
            String root,
            String fallback,
            String labels,
            String script,
            Html options,
            Html pairs,
            String pairsNote,
            String models)
            implements PageView {}

    /**
     * Every dated event by year, and the chart of release date against size.
     *
     * @param years links to each year's part of the page
     * @param events the events, one section per year
     * @param asOf links to the tree as of the end of each year
     */
    public record Timeline(
            Str title, Str summary, Html lead, Html years, Html chart, Html events, Html asOf)
            implements PageView {}

    /**
     * The tree and the claims at the end of one year.
     *
     * @param years links to the other years' pages
     * @param counts how many of today's models had been released
     * @param figure the tree, or empty (no model yet, or too many to draw)
     * @param note why there is no tree, or null
     * @param families the families' sizes when the tree is too big to draw
     * @param statuses how many claims had each status
     * @param corrected the claims that read differently then, with the corrections still to come
     */
    public record AsOf(
            Str title,
            Str summary,
            Html lead,
            Html years,
            String counts,
            Html figure,
            String note,
            Html families,
            Html statuses,
            Html corrected,
            Html related)
            implements PageView {}
}
