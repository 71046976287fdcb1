package org.lineage.model;

import java.util.Objects;
import org.lineage.diag.SourcePos;

/** A reference to an entity by id, with the place in the content where it was written. */
public record Ref(String id, SourcePos pos) {
    public Ref {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pos, "pos");
    }
}
