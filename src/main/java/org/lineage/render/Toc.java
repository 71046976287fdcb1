package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;

/**
 * A page's table of contents: the second-level headings of its body, then the page's own sections.
 * Built from what the page writes, so that every entry points at an id the page has.
 */
final class Toc {
    /** A heading of the body as the Markdown renderer writes it: an id, then escaped text. */
    private static final Pattern H2 = Pattern.compile("<h2 id=\"([^\"]+)\">(.*?)</h2>");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** One entry: the id it points at and its already escaped text. */
    record Entry(String id, Html text) {}

    private Toc() {}

    /** The second-level headings of a rendered body, in order. */
    static List<Entry> headings(Html body) {
        List<Entry> out = new ArrayList<>();
        Matcher m = H2.matcher(body.toString());
        while (m.find()) {
            // the renderer escaped the heading's text; dropping its inline tags keeps it escaped
            out.add(new Entry(m.group(1), Html.trusted(TAG.matcher(m.group(2)).replaceAll(""))));
        }
        return out;
    }

    /** A section of the page's own, its heading written from {@code text}. */
    static Entry section(String id, String text) {
        return new Entry(id, new HtmlWriter(text.length() + 8).text(text).toHtml());
    }

    /** The entries as list items with links to their ids. */
    static Html items(List<Entry> entries) {
        HtmlWriter w = new HtmlWriter(entries.size() * 80 + 16);
        for (Entry e : entries) {
            w.raw("<li>")
                    .open("a")
                    .attr("href", "#" + e.id())
                    .end()
                    .html(e.text())
                    .raw("</a></li>");
        }
        return w.toHtml();
    }
}
