package org.lineage.site;

import java.io.IOException;

/**
 * How a site built in place is switched to the new files: {@code serve} runs the switch while no
 * request is reading the site, so every request sees the old site or the new one whole.
 */
@FunctionalInterface
public interface Swap {
    /** The switch itself: a few renames and deletions. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step} while nothing reads the site. */
    void exclusively(Step step) throws IOException;
}
