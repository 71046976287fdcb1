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
        String version) {

    /** A main-navigation entry. */
    public record NavLink(String href, String text, boolean current) {}

    /** The same page in another language (or this one, marked current). */
    public record LangLink(String href, String label, String hreflang, boolean current) {}

    /** An hreflang alternate for the head. */
    public record Alternate(String hreflang, String href) {}
}
