package org.lineage.site;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy the templates folder. */
public final class AtomicBuildTestAccess {
    private AtomicBuildTestAccess() {}

    public static void copyTree(Path from, Path to) throws IOException {
        AtomicBuildTest.copyTree(from, to);
    }
}
