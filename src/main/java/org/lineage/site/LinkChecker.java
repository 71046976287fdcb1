package org.lineage.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every internal link and {@code #anchor} of a site resolves: relative links, links to
 * the site's own base URL, and the targets of meta refreshes. Links to other sites are not
 * followed.
 */
public final class LinkChecker {
    private static final Pattern ATTR = Pattern.compile("\\s(href|src|id)=\"([^\"]*)\"");
    private static final Pattern REFRESH =
            Pattern.compile("http-equiv=\"refresh\"\\s+content=\"\\d+;\\s*url=([^\"]*)\"");

    /** The links and ids of one written page. */
    public record PageLinks(String file, Set<String> ids, List<String> links) {
        public PageLinks {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }
    }

    private LinkChecker() {}

    /** Reads the links and ids of one HTML page as written (attributes in double quotes). */
    public static PageLinks scan(String file, String html) {
        Set<String> ids = new java.util.HashSet<>();
        Set<String> links = new LinkedHashSet<>();
        Matcher m = ATTR.matcher(html);
        while (m.find()) {
            // interned: the same relative links recur on thousands of pages
            String value = unescape(m.group(2)).intern();
            if (m.group(1).equals("id")) {
                ids.add(value);
            } else {
                links.add(value);
            }
        }
        Matcher r = REFRESH.matcher(html);
        while (r.find()) {
            links.add(unescape(r.group(1)).intern());
        }
        return new PageLinks(file, ids, new ArrayList<>(links));
    }

    /**
     * Every broken link, as {@code file: broken link 'href' (reason)}, sorted.
     *
     * @param files every file of the site, relative to its root
     * @param baseUrl the site's absolute base URL; links under it are internal
     */
    public static List<String> check(
            Collection<PageLinks> pages, Set<String> files, String baseUrl) {
        Map<String, Set<String>> idsByFile = new HashMap<>();
        for (PageLinks p : pages) {
            idsByFile.put(p.file(), p.ids());
        }
        Set<String> broken = new TreeSet<>();
        for (PageLinks p : pages) {
            for (String link : p.links()) {
                String problem = problem(p.file(), link, files, idsByFile, baseUrl);
                if (problem != null) {
                    broken.add(p.file() + ": broken link '" + link + "' (" + problem + ")");
                }
            }
        }
        return new ArrayList<>(broken);
    }

    private static String problem(
            String from,
            String link,
            Set<String> files,
            Map<String, Set<String>> ids,
            String baseUrl) {
        String target;
        if (link.startsWith(baseUrl)) {
            target = link.substring(baseUrl.length());
        } else if (link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || link.startsWith("//")) {
            return null;
        } else if (link.startsWith("/")) {
            return "absolute path; links must be relative or under the base URL";
        } else {
            String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
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
            return "leaves the site";
        }
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        if (!files.contains(file)) {
            return files.contains(file + "/index.html")
                    ? "a folder link must end with '/'"
                    : "no file " + file;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> targetIds = ids.get(file);
            if (targetIds == null || !targetIds.contains(fragment)) {
                return "no id '" + fragment + "' in " + file;
            }
        }
        return null;
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above the root. */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i];
            boolean last = i == parts.length - 1;
            if (s.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
                if (last) {
                    out.add("");
                }
            } else if (s.equals(".")) {
                if (last) {
                    out.add("");
                }
            } else if (!s.isEmpty() || last) {
                out.add(s);
            }
        }
        return String.join("/", out);
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
                    && isHex(s.charAt(i + 1))
                    && isHex(s.charAt(i + 2))) {
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

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
