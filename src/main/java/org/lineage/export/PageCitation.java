package org.lineage.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lineage.model.Entity;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.PartialDate;
import org.lineage.model.SiteConfig;
import org.lineage.model.SitePaths;

/**
 * How to cite one page of the knowledge base: its permanent URL, the edition, and the same
 * reference as BibTeX, APA, MLA, GB/T 7714, CSL-JSON and the meta tags reference managers read.
 *
 * <p>The access date printed is the edition's release date, so that output stays deterministic;
 * readers replace it with the day they read the page.
 *
 * @param home the absolute URL of the home page in the same language
 */
public record PageCitation(
        String key,
        String title,
        String siteTitle,
        List<String> authors,
        Optional<PartialDate> date,
        Optional<String> edition,
        String url,
        String lang,
        String license,
        String home) {

    private static final String[] MONTH_NAMES = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] MLA_MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."
    };

    public PageCitation {
        authors = List.copyOf(authors);
    }

    /** The citation of {@code entity}'s page in {@code lang}. */
    public static PageCitation of(KnowledgeBase kb, Entity entity, String lang) {
        return forPath(
                kb,
                "lineage-" + lang + "-" + entity.kind().dir() + "-" + entity.id(),
                entity.title(lang, kb.site().defaultLanguage()),
                SitePaths.entity(lang, entity.kind(), entity.id()),
                lang);
    }

    /** The citation of any page, e.g. the home page or a tree. */
    public static PageCitation forPath(
            KnowledgeBase kb, String key, String title, String path, String lang) {
        SiteConfig site = kb.site();
        List<String> authors =
                site.editors().isEmpty() ? List.of("Lineage contributors") : site.editors();
        return new PageCitation(
                key.replace('.', '-'),
                title,
                site.title().in(lang, site.defaultLanguage()),
                authors,
                site.released().map(d -> d.start()),
                site.version(),
                site.baseUrl() + path,
                lang,
                site.license(),
                site.baseUrl() + SitePaths.home(lang));
    }

    /**
     * The citation of the knowledge base as a whole (its home page): the title is the site's own,
     * so no container is named, and the work is a database rather than a page of one.
     */
    public static PageCitation whole(KnowledgeBase kb, String lang) {
        SiteConfig site = kb.site();
        return forPath(
                kb,
                "lineage-" + lang,
                site.title().in(lang, site.defaultLanguage()),
                SitePaths.home(lang),
                lang);
    }

    /** True for the citation of the whole knowledge base, whose title is the site's. */
    public boolean whole() {
        return title.equals(siteTitle);
    }

    public String bibtex() {
        Bibtex.Fields f = new Bibtex.Fields("misc", key);
        f.add("author", Bibtex.authors(authors));
        f.add("title", "{" + Bibtex.escape(title) + "}");
        if (!whole()) {
            f.add("howpublished", Bibtex.escape(siteTitle));
        }
        date.ifPresent(d -> f.add("year", Integer.toString(d.year())));
        f.add("url", url);
        date.ifPresent(d -> f.add("urldate", d.toString()));
        f.add("note", Bibtex.escape(editionNote() + accessNote()));
        f.add("language", lang.equals("zh") ? "chinese" : "english");
        return f.toString();
    }

    private String editionNote() {
        StringBuilder b = new StringBuilder();
        edition.ifPresent(e -> b.append("Edition ").append(e));
        date.ifPresent(d -> b.append(b.length() > 0 ? " of " : "Version of ").append(d));
        return b.length() > 0 ? b + ". " : "";
    }

    private String accessNote() {
        return date.map(d -> "Accessed " + d + ".").orElse("");
    }

    private String authorList() {
        return String.join(", ", authors);
    }

    /** APA 7th edition. */
    public String apa() {
        String when =
                date.map(
                                d ->
                                        d.year()
                                                + (d.month() > 0
                                                        ? ", "
                                                                + MONTH_NAMES[d.month() - 1]
                                                                + (d.day() > 0 ? " " + d.day() : "")
                                                        : ""))
                        .orElse("n.d.");
        String edited = edition.map(e -> " (Edition " + e + ")").orElse("");
        return authorList()
                + ". ("
                + when
                + "). "
                + title
                + (whole() ? edited + " [Data set]" : ". In " + siteTitle + edited)
                + ". "
                + url;
    }

    /** MLA 9th edition. */
    public String mla() {
        String when = date.map(PageCitation::mlaDate).orElse("");
        if (whole()) {
            return authorList()
                    + ". "
                    + title
                    + ". "
                    + edition.map(e -> "Edition " + e + ", ").orElse("")
                    + (when.isEmpty() ? "" : when + ", ")
                    + url
                    + "."
                    + date.map(d -> " Accessed " + mlaDate(d) + ".").orElse("");
        }
        return "\u201C"
                + title
                + ".\u201D "
                + siteTitle
                + ", "
                + edition.map(e -> "edition " + e + ", ").orElse("")
                + authorList()
                + ", "
                + (when.isEmpty() ? "" : when + ", ")
                + url
                + "."
                + date.map(d -> " Accessed " + mlaDate(d) + ".").orElse("");
    }

    private static String mlaDate(PartialDate d) {
        if (d.month() == 0) {
            return Integer.toString(d.year());
        }
        return (d.day() > 0 ? d.day() + " " : "") + MLA_MONTHS[d.month() - 1] + " " + d.year();
    }

    /** GB/T 7714-2015, electronic resource. */
    public String gbt7714() {
        String when = date.map(PartialDate::toString).orElse("");
        String edited = edition.map(e -> e + (lang.equals("zh") ? "版" : "")).orElse("");
        return authorList()
                + ". "
                + title
                + (whole()
                        ? "[DB/OL]. " + (edited.isEmpty() ? "" : edited + ". ")
                        : "[EB/OL]. " + siteTitle + (edited.isEmpty() ? "" : ", " + edited) + ". ")
                + (when.isEmpty() ? "" : "(" + when + ")[" + when + "]. ")
                + url
                + ".";
    }

    /** One CSL-JSON item (a dataset entry of the knowledge base), inside an array. */
    public ArrayNode cslJson() {
        ArrayNode arr = Json.array();
        ObjectNode o = arr.addObject();
        o.put("id", key);
        o.put("type", "dataset");
        o.put("title", title);
        if (!whole()) {
            o.put("container-title", siteTitle);
        }
        ArrayNode au = o.putArray("author");
        authors.forEach(a -> au.addObject().put("literal", a));
        date.ifPresent(d -> o.set("issued", dateParts(d)));
        date.ifPresent(d -> o.set("accessed", dateParts(d)));
        edition.ifPresent(e -> o.put("version", e));
        o.put("URL", url);
        o.put("language", lang);
        o.put("license", license);
        return arr;
    }

    private static ObjectNode dateParts(PartialDate d) {
        ObjectNode o = Json.object();
        ArrayNode parts = o.putArray("date-parts").addArray();
        parts.add(d.year());
        if (d.month() > 0) {
            parts.add(d.month());
        }
        if (d.day() > 0) {
            parts.add(d.day());
        }
        return o;
    }

    /** A {@code <meta name content>} pair. */
    public record Meta(String name, String content) {}

    /** Highwire Press and Dublin Core tags, read by Zotero and Google Scholar. */
    public List<Meta> metaTags() {
        List<Meta> m = new ArrayList<>();
        m.add(new Meta("citation_title", title));
        authors.forEach(a -> m.add(new Meta("citation_author", a)));
        date.ifPresent(d -> m.add(new Meta("citation_date", d.toString().replace('-', '/'))));
        date.ifPresent(
                d -> m.add(new Meta("citation_publication_date", d.toString().replace('-', '/'))));
        m.add(new Meta("citation_public_url", url));
        m.add(new Meta("citation_language", lang));
        m.add(new Meta("DC.title", title));
        authors.forEach(a -> m.add(new Meta("DC.creator", a)));
        date.ifPresent(d -> m.add(new Meta("DC.date", d.toString())));
        m.add(new Meta("DC.type", "Dataset"));
        m.add(new Meta("DC.language", lang));
        m.add(new Meta("DC.rights", license));
        m.add(new Meta("DC.identifier", url));
        m.add(new Meta("DC.publisher", siteTitle));
        return m;
    }

    /**
     * schema.org JSON-LD for the page (a Dataset), with the pages it is based on and its
     * translations.
     */
    public ObjectNode jsonLd(
            String description,
            List<String> basedOn,
            List<String> translations,
            List<String> cites) {
        ObjectNode o = Json.object();
        o.put("@context", "https://schema.org");
        o.put("@type", "Dataset");
        o.put("@id", url);
        o.put("name", title);
        o.put("description", description.isEmpty() ? title : description);
        o.put("url", url);
        o.put("inLanguage", lang);
        edition.ifPresent(e -> o.put("version", e));
        date.ifPresent(d -> o.put("datePublished", d.toString()));
        o.put("license", licenseUrl(license));
        ArrayNode cr = o.putArray("creator");
        authors.forEach(
                a ->
                        cr.addObject()
                                .put("@type", Bibtex.isOrganisation(a) ? "Organization" : "Person")
                                .put("name", a));
        if (!whole()) {
            ObjectNode part = o.putObject("isPartOf");
            part.put("@type", "Dataset");
            part.put("name", siteTitle);
            part.put("url", home);
        }
        if (!basedOn.isEmpty()) {
            o.set("isBasedOn", Json.strings(basedOn));
        }
        if (!translations.isEmpty()) {
            o.set("workTranslation", Json.strings(translations));
        }
        if (!cites.isEmpty()) {
            o.set("citation", Json.strings(cites));
        }
        return o;
    }

    /** The license's canonical URL for the common SPDX ids, else the id itself. */
    static String licenseUrl(String spdx) {
        return switch (spdx) {
            case "CC-BY-4.0" -> "https://creativecommons.org/licenses/by/4.0/";
            case "CC-BY-SA-4.0" -> "https://creativecommons.org/licenses/by-sa/4.0/";
            case "CC0-1.0" -> "https://creativecommons.org/publicdomain/zero/1.0/";
            default -> spdx;
        };
    }
}
