package org.lineage.model;

/** How sure the knowledge base is of a claim or a lineage edge, strongest first. */
public enum Confidence implements Keyed {
    DOCUMENTED("documented"),
    CONCLUSION("conclusion"),
    STRONG_HYPOTHESIS("strong-hypothesis"),
    HYPOTHESIS("hypothesis"),
    EDUCATED_GUESS("educated-guess"),
    OPEN_QUESTION("open-question");

    private final String key;

    Confidence(String key) {
        this.key = key;
    }

    /** The word used in YAML and in CSS classes. */
    @Override
    public String key() {
        return key;
    }
}
