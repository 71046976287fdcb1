package org.lineage.diag;

/** How bad a diagnostic is: errors always fail a run, warnings only under {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in output. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
