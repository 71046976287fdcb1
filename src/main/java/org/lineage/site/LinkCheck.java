package org.lineage.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;

/**
 * Checks every internal link and {@code #anchor} of a site as its pages are written: relative
 * links, links to the site's own base URL, and meta-refresh targets, wherever they were written
 * (templates, page parts, bodies, drawings). Links to other sites are not followed.
 *
 * <p>Every file of the site is known before the pages are written (the page plan and the data
 * files), so a link to a file is checked at once; a link to an anchor of another page waits until
 * that page has been written. Only each page's ids and those waiting links are kept, never a page's
 * text. Safe to use from many threads.
 */
final class LinkCheck {
    /**
     * A link as written: its text, where it points (the file, and the anchor or null), its line and
     * column in the page, and what is wrong with it whatever the site holds (or null).
     */
    record Link(String href, String file, String fragment, int line, int column, String problem) {}

    /** What a page declares and what it points to, kept to check other pages against it. */
    record PageLinks(String file, String[] ids, List<Link> links) {
        boolean hasId(String id) {
            return Arrays.binarySearch(ids, id) >= 0;
        }
    }

    private final String display;
    private final Set<String> files;
    private final String baseUrl;
    private final ConcurrentHashMap<String, String[]> ids = new ConcurrentHashMap<>();

    /** One string for each id, however many pages have it: most ids recur on every page. */
    private final ConcurrentHashMap<String, String> idNames = new ConcurrentHashMap<>();

    /**
     * Pages kept from the last build whose links were not read again (their ids are read on
     * demand), as they were handed over: an edit in {@code serve} keeps thousands of pages, and a
     * link to an anchor of one of them is rare.
     */
    private final Queue<Collection<String>> keptUnread = new ConcurrentLinkedQueue<>();

    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final Queue<Diagnostic> broken = new ConcurrentLinkedQueue<>();

    private record Waiting(String from, Link link) {}

    /**
     * @param display how diagnostics name the site folder (such as {@code site/})
     * @param files every file the site will have, relative to its root
     * @param baseUrl the site's absolute base URL; links under it are internal
     */
    LinkCheck(String display, Set<String> files, String baseUrl) {
        this.display = display;
        this.files = files;
        this.baseUrl = baseUrl;
    }

    /** Scans a written page and checks what it can now. */
    PageLinks page(String file, String html) {
        PageLinks p = scan(file, html, baseUrl);
        add(p);
        return p;
    }

    /**
     * Pages kept from the last build whose links are known to be good (nothing they point at has
     * gone): only their ids may be needed, by a link from a page written anew, and are read then.
     */
    void kept(Collection<String> files) {
        keptUnread.add(files);
    }

    /** Checks a page whose links were read before (a page reused unchanged). */
    void add(PageLinks p) {
        String[] own = p.ids().clone();
        for (int i = 0; i < own.length; i++) {
            String was = idNames.putIfAbsent(own[i], own[i]);
            if (was != null) {
                own[i] = was;
            }
        }
        ids.put(p.file(), own);
        for (Link l : p.links()) {
            if (l.problem() != null) {
                report(p.file(), l, l.problem());
            } else if (l.file().equals(p.file()) || l.fragment() == null) {
                String problem = problem(p, l);
                if (problem != null) {
                    report(p.file(), l, problem);
                }
            } else if (!files.contains(l.file())) {
                report(p.file(), l, missing(l.file()));
            } else {
                String[] target = ids.get(l.file());
                if (target == null) {
                    // the target page is not in yet: checked once every page is (kept until
                    // then, so with one string for each href and file, however many pages)
                    waiting.add(
                            new Waiting(
                                    p.file(),
                                    new Link(
                                            l.href().intern(),
                                            l.file().intern(),
                                            l.fragment(),
                                            l.line(),
                                            l.column(),
                                            l.problem())));
                } else if (Arrays.binarySearch(target, l.fragment()) < 0) {
                    report(p.file(), l, "no id '" + l.fragment() + "' in " + l.file());
                }
            }
        }
    }

    private String problem(PageLinks p, Link l) {
        if (!files.contains(l.file())) {
            return missing(l.file());
        }
        if (l.fragment() != null && l.file().equals(p.file()) && !p.hasId(l.fragment())) {
            return "no id '" + l.fragment() + "' in " + l.file();
        }
        return null;
    }

    private String missing(String file) {
        return files.contains(file + "/index.html")
                ? "a folder link must end with '/'"
                : "no file " + file;
    }

    private void report(String from, Link l, String problem) {
        broken.add(
                Diagnostic.error(
                        "broken-link",
                        new SourcePos(display + from, l.line(), l.column()),
                        "broken link '" + l.href() + "': " + problem,
                        "links are written by the templates, the page parts and the bodies;"
                                + " a body link names an entity ([text](model:id)), never a path"));
    }

    /**
     * Every broken link, once all pages are in: links into other pages' anchors are checked now.
     */
    List<Diagnostic> finish() {
        return finish(file -> "");
    }

    /**
     * Every broken link, once all pages are in; {@code keptText} gives the text of a page {@link
     * #kept} as it was, when a link points at one of its anchors.
     */
    List<Diagnostic> finish(java.util.function.Function<String, String> keptText) {
        Set<String> kept = null;
        for (Waiting w : waiting) {
            String file = w.link().file();
            if (!ids.containsKey(file)) {
                if (kept == null) {
                    kept = new HashSet<>();
                    keptUnread.forEach(kept::addAll);
                }
                if (kept.contains(file)) {
                    ids.put(file, scan(file, keptText.apply(file), baseUrl).ids());
                }
            }
            // a file that is not a page (the data files) has no ids
            String[] target = ids.getOrDefault(file, new String[0]);
            if (Arrays.binarySearch(target, w.link().fragment()) < 0) {
                report(
                        w.from(),
                        w.link(),
                        "no id '" + w.link().fragment() + "' in " + w.link().file());
            }
        }
        List<Diagnostic> out = new ArrayList<>(new HashSet<>(broken));
        out.sort(null);
        return out;
    }

    /**
     * Reads the links and ids of one page as written (attributes in double quotes), without regular
     * expressions: it looks only at each {@code ="}.
     */
    static PageLinks scan(String file, String html, String baseUrl) {
        Set<String> idSet = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Link> links = new ArrayList<>();
        Lines lines = new Lines(html);
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        int at = 0;
        while ((at = html.indexOf("=\"", at)) >= 0) {
            int nameEnd = at;
            int nameStart = nameEnd;
            while (nameStart > 0 && isNameChar(html.charAt(nameStart - 1))) {
                nameStart--;
            }
            int valueStart = at + 2;
            int valueEnd = html.indexOf('"', valueStart);
            if (valueEnd < 0) {
                break;
            }
            at = valueEnd + 1;
            if (nameStart == 0 || !Character.isWhitespace(html.charAt(nameStart - 1))) {
                continue;
            }
            // most attributes are none of these (a drawing has thousands): named in place
            String href;
            int length = nameEnd - nameStart;
            if (length == 2 && html.startsWith("id", nameStart)) {
                idSet.add(unescape(html.substring(valueStart, valueEnd)));
                continue;
            } else if ((length == 4 && html.startsWith("href", nameStart))
                    || (length == 3 && html.startsWith("src", nameStart))) {
                href = unescape(html.substring(valueStart, valueEnd));
            } else if (length == 7 && html.startsWith("content", nameStart)) {
                href = refreshTarget(html, nameStart, valueStart, valueEnd);
                if (href == null) {
                    continue;
                }
            } else {
                continue;
            }
            if (!seen.add(href)) {
                continue;
            }
            Link l = resolve(file, dir, href, baseUrl, lines, valueStart);
            if (l != null) {
                links.add(l);
            }
        }
        // one string per id across pages is kept by add(), not here
        String[] ids = idSet.toArray(new String[0]);
        Arrays.sort(ids);
        return new PageLinks(file, ids, List.copyOf(links));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == ':';
    }

    /** The target of {@code <meta http-equiv="refresh" content="0; url=...">}, or null. */
    private static String refreshTarget(String html, int nameStart, int valueStart, int valueEnd) {
        String before = html.substring(Math.max(0, nameStart - 40), nameStart);
        if (!before.contains("http-equiv=\"refresh\"")) {
            return null;
        }
        String v = html.substring(valueStart, valueEnd);
        int url = v.indexOf("url=");
        return url < 0 ? null : unescape(v.substring(url + 4));
    }

    /** Where a link points, as a file of the site and an anchor; null for other sites. */
    private static Link resolve(
            String from, String dir, String link, String baseUrl, Lines html, int offset) {
        String target;
        if (link.startsWith(baseUrl)) {
            target = link.substring(baseUrl.length());
        } else if (isExternal(link)) {
            return null;
        } else if (link.startsWith("/")) {
            return located(
                    link,
                    null,
                    null,
                    "absolute path; links must be relative or under the base URL",
                    html,
                    offset);
        } else {
            target = link.startsWith("#") ? from + link : dir + link;
        }
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? null : decode(target.substring(hash + 1));
        String path = hash < 0 ? target : target.substring(0, hash);
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String file = normalize(decode(path));
        if (file == null) {
            return located(link, null, null, "leaves the site", html, offset);
        }
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        return located(
                link,
                file,
                fragment == null || fragment.isEmpty() ? null : fragment,
                null,
                html,
                offset);
    }

    private static boolean isExternal(String link) {
        if (link.startsWith("//")) {
            return true;
        }
        int colon = link.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = link.charAt(i);
            boolean ok =
                    Character.isLetter(c)
                            || (i > 0
                                    && (Character.isDigit(c) || c == '+' || c == '.' || c == '-'));
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static Link located(
            String href, String file, String fragment, String problem, Lines lines, int offset) {
        lines.advance(offset);
        return new Link(href, file, fragment, lines.line, offset - lines.lineStart + 1, problem);
    }

    /** Counts lines up to an offset that only grows, so a page is walked once. */
    private static final class Lines {
        private final String text;
        private int line = 1;
        private int lineStart;
        private int next;

        Lines(String text) {
            this.text = text;
            this.next = text.indexOf('\n');
        }

        void advance(int offset) {
            while (next >= 0 && next < offset) {
                line++;
                lineStart = next + 1;
                next = text.indexOf('\n', lineStart);
            }
        }
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above the root. */
    static String normalize(String path) {
        // the segments kept, as start and end offsets into the path (every page's links pass
        // here: no splitting into strings)
        int[] starts = new int[16];
        int[] ends = new int[16];
        int kept = 0;
        int at = 0;
        while (true) {
            int slash = path.indexOf('/', at);
            boolean last = slash < 0;
            int end = last ? path.length() : slash;
            int length = end - at;
            int keepFrom = -1;
            if (length == 2 && path.charAt(at) == '.' && path.charAt(at + 1) == '.') {
                if (kept == 0) {
                    return null;
                }
                kept--;
                if (last) {
                    keepFrom = end;
                }
            } else if (length == 1 && path.charAt(at) == '.') {
                if (last) {
                    keepFrom = end;
                }
            } else if (length > 0 || last) {
                keepFrom = at;
            }
            if (keepFrom >= 0) {
                if (kept == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * kept);
                    ends = java.util.Arrays.copyOf(ends, 2 * kept);
                }
                starts[kept] = keepFrom;
                ends[kept] = end;
                kept++;
            }
            if (last) {
                break;
            }
            at = slash + 1;
        }
        StringBuilder b = new StringBuilder(path.length());
        for (int i = 0; i < kept; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(path, starts[i], ends[i]);
        }
        return b.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Decodes %XX escapes (UTF-8) and nothing else ({@code +} stays a plus). */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%'
                    && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                b.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                b.write(bytes, 0, bytes.length);
                i += Character.charCount(cp);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
