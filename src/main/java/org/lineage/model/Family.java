package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** A model family or series, such as the GPT-3.5 series. */
public record Family(String id, SourcePos pos, Text name, Text summary, List<Ref> movedFrom)
        implements Entity {
    public Family {
        movedFrom = List.copyOf(movedFrom);
    }

    @Override
    public Kind kind() {
        return Kind.FAMILY;
    }

    @Override
    public String title(String lang, String fallback) {
        return name.in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        return List.of();
    }
}
