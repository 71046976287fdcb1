package org.lineage.model;

/** How a piece of evidence bears on a claim. */
public enum Stance implements Keyed {
    SUPPORTS("supports"),
    CONTRADICTS("contradicts"),
    CONTEXT("context");

    private final String key;

    Stance(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
