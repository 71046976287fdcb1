package org.lineage.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.content.Ids;

/**
 * Turns an address about an entry into a source: an arXiv paper (its id gives the year), software
 * on a code host, a blog post, documentation. A source needs a year; when neither the address nor
 * the entry gives one, the address is reported and left out.
 */
final class Links {
    private static final Pattern ARXIV =
            Pattern.compile(
                    "/(?:abs|pdf)/([0-9]{2})([0-9]{2})\\.([0-9]{4,5})(?:v[0-9]+)?(?:\\.pdf)?/?");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?");

    private Links() {}

    /** True for an absolute http(s) address the content format accepts. */
    static boolean valid(String url) {
        if (!ADDRESS.matcher(url).matches()) {
            return false;
        }
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The arXiv id of an arXiv address, without its version. */
    static Optional<String> arxivId(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null
                    || !u.getHost().toLowerCase(Locale.ROOT).endsWith("arxiv.org")) {
                return Optional.empty();
            }
            Matcher m = ARXIV.matcher(u.getPath());
            return m.matches()
                    ? Optional.of(m.group(1) + m.group(2) + "." + m.group(3))
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The source for {@code link}, or empty when it has no year.
     *
     * @param year the entry's year, used when the address does not tell its own
     */
    static Optional<Draft.Source> source(
            Asset.Link link, String name, Optional<Integer> year, String file) {
        Optional<String> arxiv = arxivId(link.url());
        if (arxiv.isPresent()) {
            String id = arxiv.get();
            return Optional.of(
                    new Draft.Source(
                            "arxiv-" + id,
                            List.of(file),
                            "paper",
                            name + " (arXiv:" + id + ")",
                            2000 + Integer.parseInt(id.substring(0, 2)),
                            Optional.of(Integer.parseInt(id.substring(2, 4))),
                            arxiv,
                            "https://arxiv.org/abs/" + id));
        }
        if (year.isEmpty()) {
            return Optional.empty();
        }
        URI u = URI.create(link.url());
        String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = Optional.ofNullable(u.getPath()).orElse("");
        String title =
                link.role().equals("model_card")
                        ? name + " model card (" + host + ")"
                        : name + " (" + host + ")";
        return Optional.of(
                new Draft.Source(
                        id(host + path, link.url()),
                        List.of(file),
                        type(host, path, link.role()),
                        title,
                        year.get(),
                        Optional.empty(),
                        Optional.empty(),
                        link.url()));
    }

    /** What kind of source an address is, by its host and path. */
    static String type(String host, String path, String role) {
        String p = path.toLowerCase(Locale.ROOT);
        if (host.equals("huggingface.co") && p.startsWith("/datasets/")) {
            return "dataset";
        }
        if (role.equals("model_card") || host.equals("huggingface.co")) {
            return "documentation";
        }
        if (host.equals("github.com") || host.equals("gitlab.com")) {
            return "software";
        }
        if (host.startsWith("blog.")
                || p.startsWith("/blog")
                || p.contains("/blog/")
                || host.endsWith("medium.com")
                || host.endsWith("substack.com")
                || host.endsWith("wordpress.com")) {
            return "blog";
        }
        return "documentation";
    }

    /** An id read off the address, kept unique by a digest of the whole address when cut. */
    static String id(String hostAndPath, String url) {
        String slug = Ids.slug(hostAndPath);
        if (slug.length() < Ids.MAX_LENGTH) {
            return slug;
        }
        String head = slug.substring(0, Ids.MAX_LENGTH - 13).replaceAll("[-.]+$", "");
        return head + "-" + digest(url);
    }

    static String digest(String s) {
        try {
            byte[] h =
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
