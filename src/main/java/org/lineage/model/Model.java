package org.lineage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * One language model, API endpoint or product, with its lineage edges and capability changes.
 *
 * @param released the date the site shows and sorts by
 * @param releasedSource the source that gives {@code released}, when the date is sourced
 * @param releasedEstimate another source's estimate of the date, shown beside it
 */
public record Model(
        String id,
        SourcePos pos,
        Text name,
        List<String> aliases,
        Optional<Ref> family,
        Text organization,
        Optional<DateSpec> released,
        Optional<Ref> releasedSource,
        Optional<ReleaseEstimate> releasedEstimate,
        Optional<String> parameters,
        Optional<Integer> contextWindow,
        Optional<Access> access,
        Optional<String> apiName,
        Text summary,
        List<ParentEdge> parents,
        List<CapabilityChange> capabilities,
        List<Ref> analogues,
        List<Ref> sources,
        List<Ref> movedFrom)
        implements Entity {
    public Model {
        aliases = List.copyOf(aliases);
        parents = List.copyOf(parents);
        capabilities = List.copyOf(capabilities);
        analogues = List.copyOf(analogues);
        sources = List.copyOf(sources);
        movedFrom = List.copyOf(movedFrom);
    }

    /** {@code name}, noted as read (see {@link Reads}). */
    @Override
    public Text name() {
        Reads.noteField(Kind.MODEL, "name", id);
        return name;
    }

    /** {@code summary}, noted as read (see {@link Reads}). */
    @Override
    public Text summary() {
        Reads.noteField(Kind.MODEL, "summary", id);
        return summary;
    }

    @Override
    public Kind kind() {
        return Kind.MODEL;
    }

    @Override
    public String title(String lang, String fallback) {
        return name().in(lang, fallback);
    }

    @Override
    public List<TypedRef> references() {
        List<TypedRef> refs = new ArrayList<>();
        family.ifPresent(f -> refs.add(new TypedRef(Kind.FAMILY, f)));
        releasedSource.ifPresent(s -> refs.add(new TypedRef(Kind.SOURCE, s)));
        releasedEstimate.ifPresent(e -> refs.add(new TypedRef(Kind.SOURCE, e.source())));
        for (ParentEdge e : parents) {
            refs.add(new TypedRef(Kind.MODEL, e.model()));
            refs.add(new TypedRef(Kind.METHOD, e.method()));
            e.claim().ifPresent(c -> refs.add(new TypedRef(Kind.CLAIM, c)));
        }
        for (CapabilityChange c : capabilities) {
            refs.add(new TypedRef(Kind.CAPABILITY, c.capability()));
            c.claim().ifPresent(cl -> refs.add(new TypedRef(Kind.CLAIM, cl)));
        }
        analogues.forEach(a -> refs.add(new TypedRef(Kind.MODEL, a)));
        sources.forEach(s -> refs.add(new TypedRef(Kind.SOURCE, s)));
        return refs;
    }
}
