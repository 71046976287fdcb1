package org.lineage.export;

import java.io.IOException;
import java.io.OutputStream;

/** A file's bytes written to a stream, for a file too large to hold in memory at once. */
@FunctionalInterface
public interface Streamed {
    void writeTo(OutputStream out) throws IOException;
}
