package org.lineage.render;

import org.lineage.html.Html;

/**
 * What the frame around every page shows, in one language: head metadata, navigation, the language
 * switch and the footer. Templates see it as {@code site}; the repeated parts arrive written.
 *
 * @param pageTitle the whole {@code <title>}
 * @param canonical the page's absolute URL
 * @param iconHref the site's icon, relative to the page
 * @param head the head's metadata after the title: description, canonical and alternate links, Open
 *     Graph, citation meta tags and JSON-LD
 * @param languages the language switch's entries; empty when the page exists in one language
 * @param nav the main sections' list entries, the page's own marked current
 * @param kicker the link to the page's section above its title, or empty
 * @param footerPages the footer's list entries of free pages; may be empty
 * @param edition the edition and its date as the footer shows them, or null
 * @param cite the "Cite this page" box, or empty on pages that are not cited
 * @param banner on a past edition's page, which edition it is and what changed since; else empty
 */
public record SiteView(
        String lang,
        String htmlLang,
        String title,
        String pageTitle,
        String description,
        String canonical,
        String homeHref,
        String cssHref,
        String iconHref,
        Html head,
        Html languages,
        Html nav,
        Html kicker,
        Html footerPages,
        String license,
        String repositoryHref,
        String edition,
        Html cite,
        Html banner) {}
