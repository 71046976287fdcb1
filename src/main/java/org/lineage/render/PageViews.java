package org.lineage.render;

import java.util.List;
import org.lineage.render.Parts.Badge;
import org.lineage.render.Parts.BodyView;
import org.lineage.render.Parts.ChangeItem;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.EdgeItem;
import org.lineage.render.Parts.EdgeRow;
import org.lineage.render.Parts.External;
import org.lineage.render.Parts.Extras;
import org.lineage.render.Parts.Fact;
import org.lineage.render.Parts.Item;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.LinkGroup;
import org.lineage.render.Parts.Mark;
import org.lineage.render.Parts.NetItem;
import org.lineage.render.Parts.Row;
import org.lineage.render.Parts.Str;
import org.lineage.render.TreeParts.FamilyRow;
import org.lineage.render.TreeParts.MatrixTable;
import org.lineage.render.TreeParts.Traces;
import org.lineage.render.TreeParts.TreeFigure;

/** The view of each kind of page; templates see one of these as {@code page}. */
public final class PageViews {
    private PageViews() {}

    /** What every page view has: a title for the heading and {@code <title>}, and a summary. */
    public sealed interface PageView {
        Str title();

        /** One sentence for the meta description, or null for the site's description. */
        Str summary();
    }

    /** A number of entities of one kind, linking to their index. */
    public record Count(Link link, int count) {}

    public record Home(
            Str title,
            Str summary,
            List<Count> counts,
            List<Item> families,
            List<Item> capabilities,
            List<ClaimItem> openQuestions,
            List<Link> pages,
            List<Item> ways,
            List<Link> downloads)
            implements PageView {}

    public record Index(Str title, Str summary, String intro, List<String> headers, List<Row> rows)
            implements PageView {}

    public record Model(
            Str title,
            Str summary,
            List<String> aliases,
            List<Fact> facts,
            List<EdgeItem> parents,
            List<EdgeItem> children,
            List<ChangeItem> changes,
            List<NetItem> inherited,
            List<ClaimItem> claims,
            List<Item> analogues,
            List<Link> analogueOf,
            BodyView body,
            Extras extras,
            TreeFigure tree,
            Traces traces)
            implements PageView {}

    /** A model holding a capability, and in which state. */
    public record Holder(Link model, Mark state) {}

    public record Capability(
            Str title,
            Str summary,
            List<ChangeItem> changes,
            List<Holder> holders,
            List<ClaimItem> claims,
            BodyView body,
            Extras extras,
            TreeFigure tree)
            implements PageView {}

    public record Method(
            Str title,
            Str summary,
            List<EdgeRow> edges,
            List<ClaimItem> claims,
            BodyView body,
            Extras extras)
            implements PageView {}

    /** One piece of evidence; {@code ref} is its source's number in the reference list. */
    public record EvidenceItem(Str note, Link source, int ref, String refAnchor) {}

    /** The evidence of one stance. */
    public record EvidenceGroup(String key, String label, List<EvidenceItem> items) {}

    /** One erratum. */
    public record Erratum(String date, String datetime, Str before, Str after, String credit) {}

    public record Claim(
            Str title,
            Str summary,
            Badge status,
            List<EvidenceGroup> evidence,
            List<Erratum> corrections,
            List<LinkGroup> about,
            List<EdgeRow> edges,
            List<ChangeItem> changes,
            BodyView body,
            Extras extras)
            implements PageView {}

    public record Source(
            Str title,
            Str summary,
            String type,
            String authors,
            String date,
            String venue,
            List<External> links,
            List<LinkGroup> citedBy,
            BodyView body,
            Extras extras)
            implements PageView {}

    /** A model in a family's list. */
    public record FamilyModel(Link model, String released, String datetime, Str organization) {}

    public record Family(
            Str title,
            Str summary,
            List<FamilyModel> models,
            List<ClaimItem> claims,
            BodyView body,
            Extras extras,
            Link tree,
            TreeFigure figure)
            implements PageView {}

    /** A term in one language. */
    public record TermText(String lang, String term, String definition, boolean missing) {}

    /** A glossary entry: the term's anchor, its text in every language, where to read more. */
    public record Term(String id, List<TermText> texts, List<Link> seeAlso, BodyView body) {}

    public record Glossary(Str title, Str summary, List<Term> terms) implements PageView {}

    public record Free(Str title, Str summary, BodyView body, Extras extras) implements PageView {}

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
            List<Link> browse)
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
     * @param figure the drawing, or null when there is none (too big, or no model)
     * @param note why there is no drawing, or null
     * @param families the family trees, with their sizes and where their models come from
     * @param unaffiliated a sentence counting the models in no family, or null
     * @param familiesFirst true when the families come before a drawing too big to take in first
     * @param related links to the pages around (the family's page, the whole tree)
     */
    public record Tree(
            Str title,
            Str summary,
            TreeFigure figure,
            String note,
            List<FamilyRow> families,
            String unaffiliated,
            boolean familiesFirst,
            List<Link> related)
            implements PageView {}

    /**
     * The capability matrix, or one family's part of it.
     *
     * @param legend every state with its symbol and meaning
     * @param families the families' matrix pages when the matrix is split
     */
    public record Matrix(
            Str title,
            Str summary,
            List<MatrixTable> tables,
            List<Mark> legend,
            List<FamilyRow> families,
            List<Link> related)
            implements PageView {}
}
