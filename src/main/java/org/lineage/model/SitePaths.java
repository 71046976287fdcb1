package org.lineage.model;

/**
 * The published URL paths of the contract, relative to the site root. Papers cite these: they never
 * change for an existing entity.
 */
public final class SitePaths {
    private SitePaths() {}

    /** The folder path of an entity's page, e.g. {@code en/models/davinci/}. */
    public static String entity(String lang, Kind kind, String id) {
        return switch (kind) {
            case TERM -> lang + "/glossary/#" + id;
            case PAGE -> lang + "/" + id + "/";
            default -> lang + "/" + kind.dir() + "/" + id + "/";
        };
    }

    /** The machine-readable record of one entity: {@code data/models/davinci.json}. */
    public static String entityJson(Kind kind, String id) {
        return "data/" + kind.dir() + "/" + id + ".json";
    }

    /** The CSL-JSON citation of one entity page in one language. */
    public static String entityCsl(String lang, Kind kind, String id) {
        return "data/csl/" + lang + "/" + kind.dir() + "/" + id + ".json";
    }

    /**
     * The CSL-JSON citation of a page that is no entity's, e.g. {@code data/csl/en/home.json} for
     * the home page or {@code data/csl/en/glossary.json}.
     */
    public static String pageCsl(String lang, String name) {
        return "data/csl/" + lang + "/" + name + ".json";
    }

    /**
     * The JSON Schema of one kind of content file, as editors fetch it: {@code
     * schema/content/model.schema.json}. {@code name} is a schema name: {@code site}, {@code term}
     * (for {@code glossary/}), {@code defs} (shared by the others), or a kind's singular.
     */
    public static String contentSchema(String name) {
        return "schema/content/" + name + ".schema.json";
    }

    /** The translation work of the whole site, listed in one language: {@code en/translations/}. */
    public static String translations(String lang) {
        return lang + "/translations/";
    }

    /** The search page of a language: {@code en/search/}. */
    public static String search(String lang) {
        return lang + "/search/";
    }

    /** The home page of a language: {@code en/}. */
    public static String home(String lang) {
        return lang + "/";
    }

    /** The index of a kind: {@code en/models/}. The glossary is its own index. */
    public static String index(String lang, Kind kind) {
        return lang + "/" + kind.dir() + "/";
    }

    /** The whole evolution tree: {@code en/tree/}. */
    public static String tree(String lang) {
        return lang + "/tree/";
    }

    /** One family's evolution tree: {@code en/tree/gpt-3.5/}. */
    public static String familyTree(String lang, String family) {
        return tree(lang) + family + "/";
    }

    /** The capability matrix: {@code en/matrix/}. */
    public static String matrix(String lang) {
        return lang + "/matrix/";
    }

    /** The summary table of the main story, stage by stage: {@code en/summary/}. */
    public static String summary(String lang) {
        return lang + "/summary/";
    }

    /** One family's part of a matrix split by family: {@code en/matrix/gpt-3.5/}. */
    public static String familyMatrix(String lang, String family) {
        return matrix(lang) + family + "/";
    }

    /** The comparison of two models, in the order given: {@code en/compare/davinci/gpt-3/}. */
    public static String compare(String lang, String a, String b) {
        return comparePicker(lang) + a + "/" + b + "/";
    }

    /** The page that compares any two models: {@code en/compare/}. */
    public static String comparePicker(String lang) {
        return lang + "/compare/";
    }

    /** Every dated event in date order: {@code en/timeline/}. */
    public static String timeline(String lang) {
        return lang + "/timeline/";
    }

    /** The tree as it stood at the end of {@code year}: {@code en/tree/as-of/2022/}. */
    public static String asOf(String lang, int year) {
        return tree(lang) + "as-of/" + year + "/";
    }

    /** The file a page path is written to. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * The link from the page at folder {@code from} to {@code to} (a page path, possibly with a
     * {@code #fragment}, or a file path), relative, so the site works under any base path.
     */
    public static String relative(String from, String to) {
        int hash = to.indexOf('#');
        String target = hash < 0 ? to : to.substring(0, hash);
        String fragment = hash < 0 ? "" : to.substring(hash);
        if (target.equals(from) && !fragment.isEmpty()) {
            return fragment;
        }
        String[] a = from.isEmpty() ? new String[0] : from.split("/");
        String[] b = target.isEmpty() ? new String[0] : target.split("/");
        int common = 0;
        while (common < a.length && common < b.length - (target.endsWith("/") ? 0 : 1)) {
            if (!a[common].equals(b[common])) {
                break;
            }
            common++;
        }
        StringBuilder s = new StringBuilder();
        s.append("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) {
            s.append(b[i]);
            if (i < b.length - 1 || target.endsWith("/")) {
                s.append('/');
            }
        }
        if (s.isEmpty()) {
            s.append("./");
        }
        return s + fragment;
    }
}
