package org.lineage.model;

/** What kind of document a source is. */
public enum SourceType implements Keyed {
    PAPER("paper"),
    ARTICLE("article"),
    DOCUMENTATION("documentation"),
    BLOG("blog"),
    SOFTWARE("software"),
    DATASET("dataset");

    private final String key;

    SourceType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
