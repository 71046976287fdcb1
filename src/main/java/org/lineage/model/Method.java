package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** One training method, such as instruction tuning. */
public record Method(
        String id, SourcePos pos, Text name, Text summary, List<Ref> sources, List<Ref> movedFrom)
        implements Entity {
    public Method {
        sources = List.copyOf(sources);
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code name}, noted as read (see {@link Reads}). */
    @Override
    public Text name() {
        Reads.noteField(Kind.METHOD, "name", id);
        return name;
    }

    /** {@code summary}, noted as read (see {@link Reads}). */
    @Override
    public Text summary() {
        Reads.noteField(Kind.METHOD, "summary", id);
        return summary;
    }

    @Override
    public Kind kind() {
        return Kind.METHOD;
    }

    @Override
    public String title(String lang, String fallback) {
        return name().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        return sources.stream().map(s -> new TypedRef(Kind.SOURCE, s)).toList();
    }
}
