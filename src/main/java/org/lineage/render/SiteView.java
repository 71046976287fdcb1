package org.lineage.render;

import java.util.List;
import org.lineage.render.Parts.Link;

/**
 * What the frame around every page shows, in one language: head metadata, navigation, the language
 * switch and the footer. Templates see it as {@code site}.
 *
 * @param pageTitle the whole {@code <title>}
 * @param canonical the page's absolute URL
 * @param nav the main sections; {@code current} marks the one the page belongs to
 * @param version the edition, or null
 * @param edition the edition and its date as the footer shows them, or null
 * @param cite the "Cite this page" box, or null on pages that are not cited
 * @param meta the citation meta tags of the head (Highwire Press, Dublin Core); may be empty
 * @param jsonLd schema.org JSON-LD, already safe inside a script element, or null
 */
public record SiteView(
        String lang,
        String htmlLang,
        String title,
        String pageTitle,
        String description,
        String homeHref,
        String cssHref,
        List<NavLink> nav,
        List<LangLink> languages,
        String canonical,
        List<Alternate> alternates,
        String ogType,
        String ogLocale,
        List<Link> footerPages,
        String license,
        String repositoryHref,
        String version,
        String edition,
        Cite cite,
        List<MetaTag> meta,
        String jsonLd) {

    /** A main-navigation entry. */
    public record NavLink(String href, String text, boolean current) {}

    /** The same page in another language (or this one, marked current). */
    public record LangLink(String href, String label, String hreflang, boolean current) {}

    /** An hreflang alternate for the head. */
    public record Alternate(String hreflang, String href) {}

    /** A {@code <meta name content>} tag. */
    public record MetaTag(String name, String content) {}

    /** One reference style: its name and the reference as plain text. */
    public record CiteText(String label, String text) {}

    /**
     * How to cite the page: its permanent URL, BibTeX, reference styles, the CSL-JSON file, and
     * what the access date printed means (null when the citations carry none).
     */
    public record Cite(
            String heading,
            String url,
            String bibtex,
            List<CiteText> texts,
            String cslHref,
            String cslName,
            String note) {}
}
