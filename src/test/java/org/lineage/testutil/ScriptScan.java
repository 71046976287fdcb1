package org.lineage.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what could run script in HTML that the site writes: tags outside an allowed set, event
 * handler and style attributes, script URLs, and any {@code <} that does not open a well-formed tag
 * (a sign that text reached the page unescaped). Used on whole built sites and on rendered bodies.
 */
public final class ScriptScan {
    private static final Pattern TAG =
            Pattern.compile(
                    "<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s\"'>/=]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern END_TAG = Pattern.compile("</([a-zA-Z][a-zA-Z0-9:-]*)\\s*>");
    private static final Pattern ATTR = Pattern.compile("\\s+([^\\s\"'>/=]+)(?:=\"([^\"]*)\")?");

    private static final Pattern SCRIPT =
            Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>");

    /** Every tag the site's own templates and drawings write. */
    public static final Set<String> SITE_TAGS =
            Set.of(
                    "html",
                    "head",
                    "meta",
                    "title",
                    "link",
                    "body",
                    "a",
                    "header",
                    "nav",
                    "ul",
                    "ol",
                    "li",
                    "figcaption",
                    "datalist",
                    "circle",
                    "main",
                    "footer",
                    "p",
                    "span",
                    "div",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "section",
                    "aside",
                    "dl",
                    "dt",
                    "dd",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "time",
                    "sup",
                    "del",
                    "ins",
                    "i",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "hr",
                    "br",
                    "details",
                    "summary",
                    "form",
                    "label",
                    "input",
                    "button",
                    "figure",
                    "select",
                    "option",
                    "noscript",
                    "script",
                    "th:block",
                    "svg",
                    "g",
                    "defs",
                    "marker",
                    "path",
                    "line",
                    "rect",
                    "text",
                    "tspan",
                    "desc",
                    "style");

    private ScriptScan() {}

    /** Every tag whose name is not in {@code allowed} (lower case), as {@code <name>}. */
    public static List<String> disallowedTags(String html, Set<String> allowed) {
        List<String> bad = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            if (!allowed.contains(tag)) {
                bad.add("<" + tag + ">");
            }
        }
        return bad;
    }

    /**
     * Every event handler, style attribute, {@code srcdoc}, and script URL in an {@code href},
     * {@code src}, {@code action} or meta refresh.
     */
    public static List<String> unsafeAttributes(String html) {
        List<String> bad = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            Matcher a = ATTR.matcher(m.group(2));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : a.group(2);
                String v =
                        value.replace("&#58;", ":").replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    bad.add("attribute " + name);
                }
                boolean scriptUrl =
                        v.startsWith("javascript:")
                                || v.startsWith("data:")
                                || v.startsWith("vbscript:");
                if ((Set.of("href", "src", "action").contains(name) && scriptUrl)
                        || (name.equals("content")
                                && v.matches(".*url=(javascript|data|vbscript):.*"))) {
                    bad.add(name + "=" + value);
                }
            }
        }
        return bad;
    }

    /**
     * Every {@code <} that does not start a well-formed start or end tag of an allowed name, with a
     * little of what follows: in HTML made from escaped text, there is none.
     */
    public static List<String> strayMarkup(String html, Set<String> allowed) {
        List<String> bad = new ArrayList<>();
        Matcher start = TAG.matcher(html);
        Matcher end = END_TAG.matcher(html);
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            start.region(i, html.length());
            end.region(i, html.length());
            boolean ok =
                    (start.lookingAt() && allowed.contains(start.group(1).toLowerCase(Locale.ROOT)))
                            || (end.lookingAt()
                                    && allowed.contains(end.group(1).toLowerCase(Locale.ROOT)));
            if (!ok) {
                bad.add(html.substring(i, Math.min(html.length(), i + 30)));
            }
        }
        return bad;
    }

    /**
     * What could run script on a page of the built site: a tag the templates do not write, an
     * unsafe attribute, or a script element other than JSON-LD (whose text cannot close it) the
     * search page's own script, the trees' and the cite box's scripts, and the comparison picker's.
     */
    public static List<String> site(String file, String html) {
        List<String> bad = new ArrayList<>(disallowedTags(html, SITE_TAGS));
        bad.addAll(unsafeAttributes(html));
        int opened = html.toLowerCase(Locale.ROOT).split("<script", -1).length - 1;
        int closed = 0;
        Matcher m = SCRIPT.matcher(html);
        while (m.find()) {
            closed++;
            String attrs = m.group(1);
            boolean jsonLd =
                    attrs.equals(" type=\"application/ld+json\"") && !m.group(2).contains("<");
            boolean search =
                    attrs.matches(" src=\"(\\.\\./)+assets/search\\.js\"")
                            && file.matches("[a-z]+/search/index\\.html")
                            && m.group(2).isEmpty();
            boolean tree =
                    attrs.matches(" src=\"(\\.\\./)*assets/(tree|cite)\\.js\" defer")
                            && m.group(2).isEmpty();
            boolean compare =
                    attrs.matches(" src=\"(\\.\\./)+assets/compare\\.js\" defer")
                            && file.matches("[a-z]+/compare/index\\.html")
                            && m.group(2).isEmpty();
            if (!jsonLd && !search && !tree && !compare) {
                bad.add("<script" + attrs + ">");
            }
        }
        if (opened != closed) {
            bad.add(opened + " script elements opened, " + closed + " closed");
        }
        return bad;
    }

    /** Everything above, for an HTML fragment that should hold only {@code allowed} tags. */
    public static List<String> all(String html, Set<String> allowed) {
        List<String> bad = new ArrayList<>(disallowedTags(html, allowed));
        bad.addAll(unsafeAttributes(html));
        bad.addAll(strayMarkup(html, allowed));
        return bad;
    }
}
