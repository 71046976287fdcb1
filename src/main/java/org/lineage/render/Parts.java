package org.lineage.render;

import java.util.List;

/**
 * The small records every page view is built from. A {@code lang} field is null when the text is in
 * the page's language (or in none); otherwise it names the language the text fell back to, so that
 * the template can mark it.
 */
public final class Parts {
    private Parts() {}

    /** A text with the language it is written in when that is not the page's. */
    public record Str(String text, String lang) {}

    /** A link: relative href, text, and the text's language when it is not the page's. */
    public record Link(String href, String text, String lang) {}

    /** A confidence badge: CSS key, label, and the page that explains the scale (or null). */
    public record Badge(String key, String label, String href) {}

    /** A capability change or state: CSS key, symbol, and its meaning in words. */
    public record Mark(String key, String symbol, String label) {}

    /** One entry of an infobox. */
    public record Fact(String label, Str value, Link link, String datetime) {}

    /** A link with a one-line summary. */
    public record Item(Link link, Str summary) {}

    /** A claim with its status. */
    public record ClaimItem(Link claim, Badge status) {}

    /** Links under a heading; {@code wide} when each link is a sentence (one per line). */
    public record LinkGroup(String label, List<Link> links, boolean wide) {}

    /** A lineage edge as seen from one of its ends. */
    public record EdgeItem(Link model, Link method, Badge confidence, Link claim, Str note) {}

    /** A lineage edge as seen from elsewhere: child, parent, method, confidence, claim. */
    public record EdgeRow(Link child, Link parent, Link method, Badge confidence, Link claim) {}

    /** What one model did to one capability. */
    public record ChangeItem(Link subject, Mark change, Link claim, String released) {}

    /** One step on a model's ancestry that changed a capability. */
    public record StepItem(Link model, Mark change) {}

    /**
     * The inherited state of one capability in one model: the latest steps that changed it, and how
     * many earlier ones are not shown (null when none).
     */
    public record NetItem(
            Link capability, Mark state, boolean own, String earlier, List<StepItem> steps) {}

    /** One numbered reference. */
    public record Reference(
            int n,
            String anchor,
            Link source,
            String authors,
            String year,
            String venue,
            String external) {}

    /**
     * A rendered body; {@code fallback} when it is shown in another language than the page's, which
     * {@code lang} then names.
     */
    public record BodyView(org.lineage.html.Html html, boolean fallback, String lang) {}

    /**
     * What every entity page ends with: its numbered references and the groups of entities that
     * mention it, written as list entries, and where to edit it: the file of its text and, when
     * that is a body, the YAML file of its facts ({@code editDataHref}, otherwise null). When many
     * entities mention it, {@code mentionedFolded} is the summary under which they are folded away
     * (otherwise null, and they are listed open).
     */
    public record Extras(
            org.lineage.html.Html references,
            String editHref,
            String editDataHref,
            org.lineage.html.Html mentionedIn,
            String mentionedFolded) {}

    /** One cell of an index table. */
    public record Cell(String text, String href, String lang, Badge badge, String datetime) {}

    /** One row of an index table. */
    public record Row(List<Cell> cells) {}

    /** A link out of the site (arXiv, DOI, URL). */
    public record External(String label, String href, String text) {}
}
