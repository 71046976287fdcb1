package org.lineage.model;

import java.util.ArrayList;
import java.util.List;
import org.lineage.diag.SourcePos;

/** A claim about where an ability comes from, with its status, evidence and errata. */
public record Claim(
        String id,
        SourcePos pos,
        Text statement,
        Confidence status,
        About about,
        List<Evidence> evidence,
        List<Correction> corrections,
        List<Ref> movedFrom)
        implements Entity {
    public Claim {
        evidence = List.copyOf(evidence);
        corrections = List.copyOf(corrections);
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code statement}, noted as read (see {@link Reads}). */
    @Override
    public Text statement() {
        Reads.noteField(Kind.CLAIM, "statement", id);
        return statement;
    }

    @Override
    public Kind kind() {
        return Kind.CLAIM;
    }

    @Override
    public String title(String lang, String fallback) {
        return statement().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        List<TypedRef> refs = new ArrayList<>(about.references());
        evidence.forEach(e -> e.source().ifPresent(s -> refs.add(new TypedRef(Kind.SOURCE, s))));
        return refs;
    }
}
