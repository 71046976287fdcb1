package org.lineage.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Source;
import org.lineage.model.SourceType;

/**
 * BibTeX for sources and pages. Entries are written so that classic BibTeX with the standard styles
 * and biber both read them without warnings: titles keep their case in double braces, LaTeX's
 * special characters are escaped, and organisations are kept whole as authors.
 */
public final class Bibtex {
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    private static final Set<String> ORGANISATION_WORDS =
            Set.of(
                    "workshop",
                    "team",
                    "inc.",
                    "inc",
                    "institute",
                    "research",
                    "lab",
                    "labs",
                    "foundation",
                    "consortium",
                    "contributors",
                    "project",
                    "group",
                    "university",
                    "ai",
                    "collaboration");

    private Bibtex() {}

    /** Every source of the knowledge base, sorted by id. */
    public static String sources(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append("% Sources of \"").append(kb.site().title().in("en", "en")).append("\"");
        kb.site().version().ifPresent(v -> b.append(", edition ").append(v));
        b.append("\n% ").append(kb.site().baseUrl()).append("\n");
        for (Source s : kb.sources().values()) {
            b.append('\n').append(entry(s));
        }
        return b.toString();
    }

    /** One source as a BibTeX entry keyed by its id. */
    public static String entry(Source s) {
        boolean arxivOnly =
                s.arxiv().isPresent()
                        && s.venue().map(v -> v.equalsIgnoreCase("arxiv")).orElse(true);
        boolean proceedings = s.type() == SourceType.PAPER && !arxivOnly && s.venue().isPresent();
        String type =
                proceedings ? (isJournal(s.venue().get()) ? "article" : "inproceedings") : "misc";
        Fields f = new Fields(type, s.id());
        f.add("author", authors(s.authors(), s.authorsTruncated()));
        f.add("title", "{" + escape(s.title()) + "}");
        if (proceedings) {
            f.add(type.equals("article") ? "journal" : "booktitle", escape(s.venue().get()));
        } else if (arxivOnly) {
            f.add("howpublished", "arXiv preprint arXiv:" + escape(s.arxiv().get()));
        } else {
            s.venue().ifPresent(v -> f.add("howpublished", escape(v)));
        }
        f.add("year", Integer.toString(s.year()));
        s.month().ifPresent(m -> f.addRaw("month", MONTHS[m - 1]));
        s.arxiv()
                .ifPresent(
                        a -> {
                            f.add("eprint", escape(a));
                            f.add("archiveprefix", "arXiv");
                        });
        s.doi().ifPresent(d -> f.add("doi", urlSafe(d)));
        s.link().ifPresent(u -> f.add("url", urlSafe(u)));
        return f.toString();
    }

    private static boolean isJournal(String venue) {
        String v = venue.toLowerCase(Locale.ROOT);
        return v.contains("journal") || v.contains("transactions") || v.contains("letters");
    }

    /** Authors joined with "and"; organisations braced so they are not split into names. */
    static String authors(List<String> names) {
        return authors(names, false);
    }

    /**
     * Authors joined with "and", ending in BibTeX's own {@code and others} when the list is cut
     * short, which every standard style prints as "et al."
     */
    static String authors(List<String> names, boolean truncated) {
        if (names.isEmpty()) {
            return "{Anonymous}";
        }
        return names.stream()
                        .map(
                                n -> {
                                    String e = escape(n.trim());
                                    return isOrganisation(n) ? "{" + e + "}" : e;
                                })
                        .collect(Collectors.joining(" and "))
                + (truncated ? " and others" : "");
    }

    /** True when a name is an organisation's ("BigScience Workshop"), not a person's. */
    static boolean isOrganisation(String name) {
        String n = name.trim();
        return n.contains(" ")
                && java.util.Arrays.stream(n.split("\\s+"))
                        .anyMatch(w -> ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Escapes LaTeX's special characters. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** URLs and DOIs are copied verbatim, except characters that would unbalance the entry. */
    private static String urlSafe(String s) {
        return s.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
    }

    /** The fields of one entry, written in order, aligned, one per line. */
    static final class Fields {
        private final StringBuilder b = new StringBuilder();

        Fields(String type, String key) {
            b.append('@').append(type).append('{').append(key).append(",\n");
        }

        void add(String name, String value) {
            b.append("  ").append(name).append(" = {").append(value).append("},\n");
        }

        void addRaw(String name, String value) {
            b.append("  ").append(name).append(" = ").append(value).append(",\n");
        }

        @Override
        public String toString() {
            return b.substring(0, b.length() - 2) + "\n}\n";
        }
    }
}
