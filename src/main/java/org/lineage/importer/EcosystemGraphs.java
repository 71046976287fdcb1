package org.lineage.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lineage.content.ContentFile;
import org.lineage.content.YNode;
import org.lineage.content.YNode.YMap;
import org.lineage.content.YNode.YScalar;
import org.lineage.content.YNode.YSeq;
import org.lineage.content.YamlTree;

/**
 * Reads Stanford CRFM's ecosystem-graphs assets: YAML files, each a list of assets with a {@code
 * type} ({@code model}, {@code dataset}, {@code application}), a {@code name}, an {@code
 * organization}, a {@code created_date}, {@code dependencies} by name, {@code size}, {@code
 * access}, {@code license}, {@code url} and {@code model_card}. Any value may be written plainly or
 * as {@code {value: ..., explanation: ...}}.
 */
final class EcosystemGraphs {
    static final String FORMAT = "ecosystem-graphs";
    static final String METHOD = "unspecified-derivation";

    private EcosystemGraphs() {}

    static List<Asset> read(Path dir, String display, Map<String, String> ids, Notes notes) {
        List<Asset> out = new ArrayList<>();
        for (Path p : SourceFiles.list(dir, ".yaml", ".yml")) {
            String rel = SourceFiles.relative(dir, p);
            Optional<ContentFile> file = SourceFiles.read(p, display + rel, rel, notes.diags);
            Optional<YNode> root = file.flatMap(f -> YamlTree.parse(f, notes.diags));
            if (root.isEmpty()) {
                continue;
            }
            if (!(root.get() instanceof YSeq list)) {
                notes.warn(
                        "import-unmapped",
                        root.get().pos().at(0, 0),
                        "not a list of assets: the file is skipped",
                        "an ecosystem-graphs asset file is a YAML list of maps with 'type:' and"
                                + " 'name:'");
                continue;
            }
            for (YNode item : list.items()) {
                if (item instanceof YMap m) {
                    asset(m, rel, ids, notes).ifPresent(out::add);
                } else {
                    notes.warn(
                            "import-unmapped",
                            item.pos(),
                            "an asset is a map of keys, found " + item.describe(),
                            "");
                }
            }
        }
        return out;
    }

    /** Where each key's value was written. */
    static Map<String, org.lineage.diag.SourcePos> positions(YMap m) {
        Map<String, org.lineage.diag.SourcePos> out = new java.util.HashMap<>();
        m.entries().forEach(e -> out.put(e.key(), e.value().pos()));
        return out;
    }

    private static Optional<Asset> asset(YMap m, String rel, Map<String, String> ids, Notes notes) {
        Optional<String> name = SourceFiles.text(SourceFiles.get(m, "name"));
        if (name.isEmpty()) {
            notes.warn(
                    "import-unmapped",
                    m.pos(),
                    "an asset without a name is not imported",
                    "give it 'name:' in the source");
            return Optional.empty();
        }
        String type =
                SourceFiles.text(SourceFiles.get(m, "type"))
                        .map(t -> t.toLowerCase(Locale.ROOT))
                        .orElse("");
        if (type.isEmpty()) {
            notes.warn(
                    "import-unmapped",
                    m.pos(),
                    "asset '" + name.get() + "' has no type and is not imported",
                    "give it 'type: model' in the source if it is a model");
            return Optional.empty();
        }
        if (type.equals("model")) {
            for (String unused : List.of("license", "modality")) {
                if (SourceFiles.text(SourceFiles.get(m, unused)).isPresent()) {
                    notes.count(unused + ": not imported (the content format has no such field)");
                }
            }
        }
        List<Asset.Dependency> deps = new ArrayList<>();
        for (YScalar d : SourceFiles.scalars(SourceFiles.get(m, "dependencies"))) {
            if (!Values.unknown(d.value())) {
                deps.add(new Asset.Dependency(d.value().strip(), METHOD, "", d.pos()));
            }
        }
        List<Asset.Link> links = new ArrayList<>();
        for (String role : List.of("url", "model_card")) {
            Optional<YNode> node = SourceFiles.get(m, role);
            SourceFiles.text(node)
                    .filter(u -> !Values.unknown(u))
                    .ifPresent(u -> links.add(new Asset.Link(u, role, node.get().pos())));
        }
        Optional<String> description =
                SourceFiles.text(SourceFiles.get(m, "description")).map(Values::summary);
        return Optional.of(
                new Asset(
                        name.get(),
                        name.get(),
                        type,
                        SourceFiles.text(SourceFiles.get(m, "organization")),
                        m.pos(),
                        rel,
                        SourceFiles.text(SourceFiles.get(m, "created_date")),
                        SourceFiles.text(SourceFiles.get(m, "size")),
                        SourceFiles.text(SourceFiles.get(m, "access")),
                        description
                                .filter(d -> !d.isBlank())
                                .map(d -> Map.of("en", d))
                                .orElse(Map.of()),
                        deps,
                        links,
                        Optional.ofNullable(ids.get(name.get())),
                        positions(m)));
    }
}
