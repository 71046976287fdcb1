package org.lineage.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of entity, with the folder under {@code content/} and the name used in links. */
public enum Kind {
    FAMILY("family", "families"),
    MODEL("model", "models"),
    CAPABILITY("capability", "capabilities"),
    METHOD("method", "methods"),
    CLAIM("claim", "claims"),
    SOURCE("source", "sources"),
    TERM("term", "glossary"),
    PAGE("page", "pages");

    private final String singular;
    private final String dir;

    Kind(String singular, String dir) {
        this.singular = singular;
        this.dir = dir;
    }

    /** The word used in entity links ({@code model:davinci}). */
    public String singular() {
        return singular;
    }

    /** The folder under {@code content/}, which is also the plural used in URLs. */
    public String dir() {
        return dir;
    }

    /** The kind named by an entity-link prefix such as {@code model}. */
    public static Optional<Kind> bySingular(String word) {
        return Arrays.stream(values()).filter(k -> k.singular.equals(word)).findFirst();
    }

    /** The kind whose folder is {@code dir}. */
    public static Optional<Kind> byDir(String dir) {
        return Arrays.stream(values()).filter(k -> k.dir.equals(dir)).findFirst();
    }
}
