package org.lineage.render;

import java.util.Set;
import org.lineage.model.Edition;

/** A past edition as built: the files it has, so current pages link only to pages it holds. */
public record PastEdition(Edition edition, Set<String> files) {
    public PastEdition {
        files = Set.copyOf(files);
    }
}
