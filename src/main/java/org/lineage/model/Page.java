package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** A free page from {@code pages/}: its title per language (the bodies are kept as bodies). */
public record Page(String id, SourcePos pos, Text title) implements Entity {
    /** {@code title}, noted as read (see {@link Reads}). */
    @Override
    public Text title() {
        Reads.noteField(Kind.PAGE, "title", id);
        return title;
    }

    @Override
    public Kind kind() {
        return Kind.PAGE;
    }

    @Override
    public List<Ref> movedFrom() {
        return List.of();
    }

    @Override
    public String title(String lang, String fallback) {
        return title().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        return List.of();
    }
}
