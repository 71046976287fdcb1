package org.lineage.model;

import java.util.List;
import org.lineage.diag.SourcePos;

/** What every entity of every kind has: an id, where it was defined, and its former ids. */
public sealed interface Entity
        permits Family, Model, Capability, Method, Claim, Source, Term, Page {
    Kind kind();

    String id();

    /** The YAML file (or, for a free page, its first Markdown file). */
    SourcePos pos();

    /** Former ids whose URLs keep working. */
    List<Ref> movedFrom();

    /** The display name in {@code lang}. */
    String title(String lang, String fallback);

    /** Every reference this entity makes, each with its expected kind. */
    List<TypedRef> references();

    /** A reference together with the kind it must resolve to. */
    record TypedRef(Kind kind, Ref ref) {}
}
