package org.lineage.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * One entry of a source format, read but not yet mapped: the same shape for every format, so that
 * ids, dependencies, cycles and files are worked out in one place ({@link Assembly}).
 *
 * @param key how other entries of the format name this one (an ecosystem-graphs asset's name, a
 *     Hugging Face repository id)
 * @param type {@code model}, or what else the format calls it ({@code dataset}, {@code
 *     application}); only models are imported
 * @param file the source file, relative to the imported folder, named in notes and file headers
 * @param date a release date as the source writes it, when it has one
 * @param size a parameter count as the source writes it
 * @param access an access level as the source writes it
 * @param summary a description per language, already reduced to plain sentences
 * @param parents what the entry is built from
 * @param links addresses that describe the entry
 * @param preferredId an id the importer's user chose for this entry ({@code --id}), if any
 * @param fields where each source field was written, for notes about its value
 */
record Asset(
        String key,
        String name,
        String type,
        Optional<String> organization,
        SourcePos pos,
        String file,
        Optional<String> date,
        Optional<String> size,
        Optional<String> access,
        Map<String, String> summary,
        List<Dependency> parents,
        List<Link> links,
        Optional<String> preferredId,
        Map<String, SourcePos> fields) {
    Asset {
        summary = Map.copyOf(summary);
        fields = Map.copyOf(fields);
        parents = List.copyOf(parents);
        links = List.copyOf(links);
    }

    /** Where {@code field} was written, or the entry's own position. */
    SourcePos at(String field) {
        return fields.getOrDefault(field, pos);
    }

    boolean isModel() {
        return type.equals("model");
    }

    /**
     * A dependency as the source states it.
     *
     * @param target the key of the entry depended on
     * @param method the method id the source's relation maps to
     * @param relation the source's own word for the relation, for notes (empty when it has none)
     */
    record Dependency(String target, String method, String relation, SourcePos pos) {}

    /**
     * An address about the entry.
     *
     * @param role {@code url}, {@code model_card}, {@code arxiv}: what the source calls it
     */
    record Link(String url, String role, SourcePos pos) {}
}
