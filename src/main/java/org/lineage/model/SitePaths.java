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
}
