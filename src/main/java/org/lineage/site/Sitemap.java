package org.lineage.site;

import java.util.List;
import java.util.function.UnaryOperator;
import org.lineage.model.SiteConfig;
import org.lineage.render.PageKey;

/** {@code sitemap.xml} with hreflang alternates, and {@code robots.txt}. */
final class Sitemap {
    private Sitemap() {}

    /**
     * One {@code <url>} per localized page and language, sorted by location.
     *
     * @param hreflang the BCP 47 tag of a site language
     */
    static String xml(
            List<PlannedPage> plan,
            List<String> editions,
            SiteConfig site,
            UnaryOperator<String> hreflang) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        plan.stream()
                .filter(
                        p ->
                                p.key().localized()
                                        && !(p.key() instanceof PageKey.Redirect)
                                        && !(p.key() instanceof PageKey.CompareSwapped))
                .sorted(java.util.Comparator.comparing(PlannedPage::path))
                .forEach(
                        p -> {
                            b.append("  <url>\n    <loc>")
                                    .append(escape(site.baseUrl() + p.path()))
                                    .append("</loc>\n");
                            for (String lang : site.languages()) {
                                b.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                                        .append(escape(hreflang.apply(lang)))
                                        .append("\" href=\"")
                                        .append(escape(site.baseUrl() + p.key().path(lang)))
                                        .append("\"/>\n");
                            }
                            b.append("  </url>\n");
                        });
        // past editions' home pages: each page of one says noindex and names the current page
        for (String e : editions) {
            b.append("  <url>\n    <loc>")
                    .append(escape(site.baseUrl() + e))
                    .append("</loc>\n  </url>\n");
        }
        b.append("</urlset>\n");
        return b.toString();
    }

    static String robots(SiteConfig site) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + site.baseUrl() + "sitemap.xml\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
