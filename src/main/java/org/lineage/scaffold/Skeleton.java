package org.lineage.scaffold;

import java.util.List;

/**
 * The files of a new entry, not yet written.
 *
 * @param files each file's path relative to the content folder and its text, the YAML file first
 */
public record Skeleton(String kind, String id, List<NewFile> files) {
    public Skeleton {
        files = List.copyOf(files);
    }

    /** One file to create. */
    public record NewFile(String path, String text) {}
}
