package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** A model family or series, such as the GPT-3.5 series. */
public record Family(String id, SourcePos pos, Text name, Text summary, List<Ref> movedFrom)
        implements Entity {
    public Family {
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code name}, noted as read (see {@link Reads}). */
    @Override
    public Text name() {
        Reads.noteField(Kind.FAMILY, "name", id);
        return name;
    }

    /** {@code summary}, noted as read (see {@link Reads}). */
    @Override
    public Text summary() {
        Reads.noteField(Kind.FAMILY, "summary", id);
        return summary;
    }

    @Override
    public Kind kind() {
        return Kind.FAMILY;
    }

    @Override
    public String title(String lang, String fallback) {
        return name().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        return List.of();
    }
}
