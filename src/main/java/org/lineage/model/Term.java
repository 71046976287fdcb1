package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** A glossary term with its translation and definition. */
public record Term(
        String id, SourcePos pos, Text term, Text definition, About seeAlso, List<Ref> movedFrom)
        implements Entity {
    public Term {
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code term}, noted as read (see {@link Reads}). */
    @Override
    public Text term() {
        Reads.noteField(Kind.TERM, "term", id);
        return term;
    }

    /** {@code definition}, noted as read (see {@link Reads}). */
    @Override
    public Text definition() {
        Reads.noteField(Kind.TERM, "definition", id);
        return definition;
    }

    @Override
    public Kind kind() {
        return Kind.TERM;
    }

    @Override
    public String title(String lang, String fallback) {
        return term().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        return seeAlso.references();
    }
}
