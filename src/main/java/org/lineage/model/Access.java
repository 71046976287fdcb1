package org.lineage.model;

/** How a model can be used. */
public enum Access implements Keyed {
    API("api"),
    OPEN_WEIGHTS("open-weights"),
    PRODUCT("product"),
    CLOSED("closed"),
    RETIRED("retired");

    private final String key;

    Access(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
