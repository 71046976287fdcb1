package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** One ability of a language model, such as in-context learning. */
public record Capability(
        String id, SourcePos pos, Text name, Text summary, List<Ref> sources, List<Ref> movedFrom)
        implements Entity {
    public Capability {
        sources = List.copyOf(sources);
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code name}, noted as read (see {@link Reads}). */
    @Override
    public Text name() {
        Reads.noteField(Kind.CAPABILITY, "name", id);
        return name;
    }

    /** {@code summary}, noted as read (see {@link Reads}). */
    @Override
    public Text summary() {
        Reads.noteField(Kind.CAPABILITY, "summary", id);
        return summary;
    }

    @Override
    public Kind kind() {
        return Kind.CAPABILITY;
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
